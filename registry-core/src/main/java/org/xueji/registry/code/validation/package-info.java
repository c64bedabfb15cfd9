/**
 * Bean Validation support for the national code tables: the {@link
 * org.xueji.registry.code.validation.ValidCode} constraint and its validator.
 *
 * <p>The core compiles against the Bean Validation API only; the provider, such as Hibernate
 * Validator, comes from the application.
 */
package org.xueji.registry.code.validation;
