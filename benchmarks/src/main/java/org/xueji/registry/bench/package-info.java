/**
 * Performance harness for the registry: workbook generation and reader comparisons. Never part of
 * the test run; see the module's README.
 */
package org.xueji.registry.bench;
