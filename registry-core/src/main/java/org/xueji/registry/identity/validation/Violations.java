package org.xueji.registry.identity.validation;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Reports a constraint violation with the message of the specific problem found.
 */
final class Violations {

    private Violations() {
    }

    /**
     * Replaces the default violation by one whose template is the problem's message key, unless
     * the user gave the constraint a message of their own.
     */
    static boolean report(
            ConstraintValidatorContext context, String template, String defaultTemplate,
            Enum<?> problem) {
        if (template.equals(defaultTemplate)) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(messageKey(problem))
                    .addConstraintViolation();
        }
        return false;
    }

    /** Returns the bundle key of a problem's message, in braces. */
    static String messageKey(Enum<?> problem) {
        return "{" + problem.getDeclaringClass().getName() + "." + problem.name() + "}";
    }

    /** Tells whether a value is null or only white space, which every constraint here lets pass. */
    static boolean isAbsent(CharSequence value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
