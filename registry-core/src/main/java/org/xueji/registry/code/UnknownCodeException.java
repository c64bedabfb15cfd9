package org.xueji.registry.code;

import static java.util.Objects.requireNonNull;

import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * Thrown when a value is neither a code, nor a name, nor an alias of the code table it was looked
 * up in; its code is always {@link ErrorCode#UNKNOWN_CODE}.
 *
 * <p>The message names the table by its Chinese name and quotes the rejected value, cut to
 * {@value #MAX_QUOTED_LENGTH} characters so that a misplaced long number does not travel whole
 * into logs.
 */
public final class UnknownCodeException extends RegistryException {

    /** The longest part of a rejected value that a message quotes. */
    public static final int MAX_QUOTED_LENGTH = 20;

    private static final long serialVersionUID = 1L;

    private final Class<? extends CodeTable> table;
    private final String tableName;

    /**
     * Creates an exception for a value missing from a table.
     *
     * @param table  the code table looked in, not null
     * @param rejectedValue  the value as given, not null
     */
    public UnknownCodeException(Class<? extends CodeTable> table, CharSequence rejectedValue) {
        this(table, CodeTables.tableName(table), quote(rejectedValue));
    }

    private UnknownCodeException(
            Class<? extends CodeTable> table, String tableName, String quoted) {
        super(ErrorCode.UNKNOWN_CODE,
                "“" + quoted + "”不是" + tableName + "代码表中的代码或名称",
                "\"" + quoted + "\" is not a code or name in the code table " + tableName
                        + " (" + table.getSimpleName() + ")");
        this.table = table;
        this.tableName = tableName;
    }

    /**
     * Returns the code table the value was looked up in.
     *
     * @return the enum class of the table, not null
     */
    public Class<? extends CodeTable> table() {
        return table;
    }

    /**
     * Returns the Chinese name of the table the value was looked up in.
     *
     * @return the table name, not null
     */
    public String tableName() {
        return tableName;
    }

    private static String quote(CharSequence value) {
        String text = requireNonNull(value, "rejectedValue").toString().strip();
        return text.length() <= MAX_QUOTED_LENGTH
                ? text
                : text.substring(0, MAX_QUOTED_LENGTH) + "…";
    }
}
