/**
 * The problem queue (问题学籍): duplicate suspects and other records for the authority to look
 * at, listed through {@link org.xueji.registry.problem.Problems}.
 */
package org.xueji.registry.problem;
