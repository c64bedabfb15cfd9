/**
 * Registry authorities, schools, branch schools and classes (Articles 4 to 10), their keys, and
 * the use cases of {@link org.xueji.registry.organisation.Organisations}.
 */
package org.xueji.registry.organisation;
