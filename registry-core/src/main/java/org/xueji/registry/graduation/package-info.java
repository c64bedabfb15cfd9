/**
 * Graduation (毕业, 结业, 肄业) of the final grades at the end of the school year: compulsory
 * schools record it, senior schools submit it for their authority's approval. Start at
 * {@link org.xueji.registry.graduation.Graduations}.
 */
package org.xueji.registry.graduation;
