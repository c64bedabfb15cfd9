package org.xueji.registry.identity.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import org.xueji.registry.identity.AnhuiRegionalNumberScheme;
import org.xueji.registry.identity.RegionalNumberProblem;

/**
 * Checks {@link ValidRegionalStudentNumber}; Bean Validation creates it, applications need not.
 */
public final class RegionalStudentNumberValidator
        implements ConstraintValidator<ValidRegionalStudentNumber, CharSequence> {

    private static final String DEFAULT_TEMPLATE =
            "{org.xueji.registry.identity.validation.ValidRegionalStudentNumber.message}";

    private String template = DEFAULT_TEMPLATE;

    /**
     * Remembers the constraint's message template.
     *
     * @param constraint  the constraint, not null
     */
    @Override
    public void initialize(ValidRegionalStudentNumber constraint) {
        template = constraint.message();
    }

    /**
     * Tells whether a value is absent or a valid regional student number of the Anhui layout.
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
        Optional<RegionalNumberProblem> problem =
                AnhuiRegionalNumberScheme.instance().check(value);
        return problem.isEmpty()
                || Violations.report(context, template, DEFAULT_TEMPLATE, problem.get());
    }
}
