package org.xueji.registry.code.validation;

import jakarta.validation.ConstraintDefinitionException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.xueji.registry.code.CodeTable;
import org.xueji.registry.code.CodeTables;

/**
 * Checks the {@link ValidCode} constraint: a text, if not null, is a code, name or alias of the
 * annotation's code table.
 *
 * <p>Bean Validation providers create and initialise instances; once initialised, an instance is
 * thread-safe.
 */
public final class ValidCodeValidator implements ConstraintValidator<ValidCode, CharSequence> {

    private Class<? extends CodeTable> table;
    private String tableMessage;

    /**
     * Creates a validator; the Bean Validation provider calls this.
     */
    public ValidCodeValidator() {
    }

    /**
     * Reads the table from the annotation and prepares its lookup.
     *
     * @param annotation  the constraint on the validated element, not null
     * @throws ConstraintDefinitionException if the table is not an enum implementing
     *     {@link CodeTable}
     */
    @Override
    public void initialize(ValidCode annotation) {
        table = annotation.table();
        if (!table.isEnum()) {
            throw new ConstraintDefinitionException(
                    "@ValidCode table must be an enum implementing CodeTable: " + table.getName());
        }
        CodeTables.isKnown(table, "");
        tableMessage = ValidCode.DEFAULT_MESSAGE.equals(annotation.message())
                ? "不是" + escape(CodeTables.tableName(table)) + "代码表中的代码或名称"
                : null;
    }

    /**
     * Tells whether a value is null or in the table; for a value outside it, replaces the default
     * message with one naming the table.
     *
     * @param value  the value, may be null
     * @param context  the provider's context, not null
     * @return true if the value is null or in the table
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null || CodeTables.isKnown(table, value)) {
            return true;
        }
        if (tableMessage != null) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(tableMessage).addConstraintViolation();
        }
        return false;
    }

    private static String escape(String text) {
        return text.replaceAll("([\\\\{}$])", "\\\\$1");
    }
}
