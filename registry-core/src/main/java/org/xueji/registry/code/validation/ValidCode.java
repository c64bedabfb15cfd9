package org.xueji.registry.code.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.xueji.registry.code.CodeTable;
import org.xueji.registry.code.CodeTables;

/**
 * Requires a text to be a code, a Chinese name or an alias of a national code table, as
 * {@link CodeTables#find} accepts it; null is valid, so combine with {@code @NotNull} or
 * {@code @NotBlank} where the field is required.
 *
 * <p>Put it on a {@link CharSequence}, for example {@code @ValidCode(table = Ethnicity.class)
 * String ethnicity}. The default message names the table in Chinese, such as
 * {@code 不是民族代码表中的代码或名称}; a message given on the annotation replaces it.
 */
@Documented
@Constraint(validatedBy = ValidCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidCode {

    /** The default message; the validator replaces it with one naming the table. */
    String DEFAULT_MESSAGE = "不是代码表中的代码或名称";

    /**
     * Returns the code table, an enum implementing {@link CodeTable}, that the value must be in.
     *
     * @return the enum class of the table
     */
    Class<? extends CodeTable> table();

    /**
     * Returns the message template for a value outside the table.
     *
     * @return the template, {@link #DEFAULT_MESSAGE} unless given
     */
    String message() default DEFAULT_MESSAGE;

    /**
     * Returns the validation groups this constraint belongs to.
     *
     * @return the groups, empty for the default group
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload a client attaches to this constraint.
     *
     * @return the payload types, empty by default
     */
    Class<? extends Payload>[] payload() default {};
}
