/**
 * Helpers shared by the core's packages. Not API: anything here may change in any release.
 */
package org.xueji.registry.internal;
