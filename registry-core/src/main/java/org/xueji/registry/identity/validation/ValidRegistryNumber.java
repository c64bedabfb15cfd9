package org.xueji.registry.identity.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
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

/**
 * Requires a value to be a valid registry number (学籍号), as {@link
 * org.xueji.registry.identity.RegistryNumber#check} judges it with the validator's clock.
 *
 * <p>Applies to a {@code CharSequence}. A null or blank value is valid, as Bean Validation's
 * convention has it; add {@code @NotBlank} where the value is required. A violation names the
 * specific problem.
 */
@Documented
@Constraint(validatedBy = RegistryNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidRegistryNumber {

    /**
     * Returns the message template; the default one is replaced by the specific problem's message.
     *
     * @return the template
     */
    String message() default "{org.xueji.registry.identity.validation.ValidRegistryNumber.message}";

    /**
     * Returns the groups the constraint belongs to.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload of the constraint.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
