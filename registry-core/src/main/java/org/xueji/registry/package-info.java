/**
 * Xueji (学籍), the student registry of primary and secondary schools.
 *
 * <p>This package holds what every other package shares: the root exception
 * {@link org.xueji.registry.RegistryException} and its stable {@link org.xueji.registry.ErrorCode}.
 */
package org.xueji.registry;
