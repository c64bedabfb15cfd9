/**
 * The records a school keeps for its students without review (Article 17), through
 * {@link org.xueji.registry.records.StudentRecords}.
 */
package org.xueji.registry.records;
