/**
 * The rules a province sets, held by {@link org.xueji.registry.policy.RegistryPolicy}, with
 * Anhui's as the shipped default.
 */
package org.xueji.registry.policy;
