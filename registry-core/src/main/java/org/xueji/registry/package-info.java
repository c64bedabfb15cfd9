/**
 * Xueji (学籍), the student registry of primary and secondary schools.
 *
 * <p>This package holds the entry point, {@link org.xueji.registry.Registry}, and what every other
 * package shares: the root exception {@link org.xueji.registry.RegistryException}, its stable
 * {@link org.xueji.registry.ErrorCode} and the {@link org.xueji.registry.RecordKind}s.
 */
package org.xueji.registry;
