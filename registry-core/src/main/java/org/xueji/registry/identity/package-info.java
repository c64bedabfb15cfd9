/**
 * Identity and numbering values: the identity number of GB 11643 ({@link
 * org.xueji.registry.identity.IdentityNumber}), identity documents of every type, the registry
 * number (学籍号), the regional student number (地区学号) and administrative division codes.
 *
 * <p>Each number type parses once into an immutable value and offers {@code isValid} and
 * {@code check} that share {@code parse}'s validation routine, so their verdicts cannot differ;
 * {@code check} returns the reason without throwing. Values mask personal digits in
 * {@code toString()} and exception messages never repeat a full identity number.
 */
package org.xueji.registry.identity;
