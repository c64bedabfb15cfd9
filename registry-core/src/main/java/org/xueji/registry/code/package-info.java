/**
 * The national code tables (代码表) of the student registry, as enums implementing
 * {@link org.xueji.registry.code.CodeTable}, and {@link org.xueji.registry.code.CodeTables} to
 * look their entries up by code, name or alias.
 */
package org.xueji.registry.code;
