/**
 * Statistics of an authority's scope (统计报表), computed by
 * {@link org.xueji.registry.statistics.Statistics} as immutable objects: students by school,
 * grade, sex and status; classes by the national size bands with the classes above their
 * stage's cap; submitted students waiting for review, aged in working days against the review
 * deadline.
 */
package org.xueji.registry.statistics;
