package org.xueji.registry.code;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a code table (代码表) in Chinese, as messages about the table show it.
 *
 * <p>Put it on an enum implementing {@link CodeTable}. {@link CodeTables#tableName(Class)} reads
 * it and falls back to the enum's simple class name where it is missing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CodeTableName {

    /**
     * Returns the table's Chinese name, such as {@code 民族}.
     *
     * @return the name, not empty
     */
    String value();
}
