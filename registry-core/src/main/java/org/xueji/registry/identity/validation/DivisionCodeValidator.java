package org.xueji.registry.identity.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.xueji.registry.RegistryException;
import org.xueji.registry.identity.DivisionCode;

/**
 * Checks {@link ValidDivisionCode}; Bean Validation creates it, applications need not.
 */
public final class DivisionCodeValidator
        implements ConstraintValidator<ValidDivisionCode, CharSequence> {

    /**
     * Tells whether a value is absent or a division code of valid shape.
     *
     * @param value  the value, may be null
     * @param context  the validation context, not null
     * @return true if the value is null, blank or valid
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (Violations.isAbsent(value)) {
            return true;
        }
        try {
            DivisionCode.parse(value);
            return true;
        } catch (RegistryException e) {
            return false;
        }
    }
}
