package org.xueji.registry.identity.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.identity.RegistryNumberProblem;

/**
 * Checks {@link ValidRegistryNumber}; Bean Validation creates it, applications need not.
 */
public final class RegistryNumberValidator
        implements ConstraintValidator<ValidRegistryNumber, CharSequence> {

    private static final String DEFAULT_TEMPLATE =
            "{org.xueji.registry.identity.validation.ValidRegistryNumber.message}";

    private String template = DEFAULT_TEMPLATE;

    /**
     * Remembers the constraint's message template.
     *
     * @param constraint  the constraint, not null
     */
    @Override
    public void initialize(ValidRegistryNumber constraint) {
        template = constraint.message();
    }

    /**
     * Tells whether a value is absent or a valid registry number, judged by the context's clock.
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
        Optional<RegistryNumberProblem> problem =
                RegistryNumber.check(value, context.getClockProvider().getClock());
        return problem.isEmpty()
                || Violations.report(context, template, DEFAULT_TEMPLATE, problem.get());
    }
}
