/**
 * The collection of new students (新生信息采集): the national form, the rules it is checked
 * against, the refusals they give and the {@link org.xueji.registry.enrollment.Enrollment} use
 * cases.
 */
package org.xueji.registry.enrollment;
