/**
 * The problem queue (问题学籍): duplicate suspects and other records for the authority to look
 * at, listed, scanned for and resolved by proof, correction or deletion through {@link
 * org.xueji.registry.problem.Problems}.
 */
package org.xueji.registry.problem;
