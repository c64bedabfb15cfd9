/**
 * The review of new students (学籍审核): the school submits, the competent authority approves or
 * returns, through {@link org.xueji.registry.review.Reviews}.
 */
package org.xueji.registry.review;
