/**
 * Students' registry records (学籍): the {@link org.xueji.registry.student.Student} aggregate,
 * its uniqueness key, registration status, personal data, guardians and photo.
 */
package org.xueji.registry.student;
