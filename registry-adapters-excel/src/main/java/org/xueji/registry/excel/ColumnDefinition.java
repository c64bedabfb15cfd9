package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One column an import expects: a key the importing code uses, the column's canonical Chinese
 * header as the national form prints it, the other names clerks and provinces give it, and whether
 * a sheet without it is refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ColumnDefinition {

    private final String key;
    private final String header;
    private final List<String> aliases;
    private final boolean required;

    private ColumnDefinition(String key, String header, List<String> aliases, boolean required) {
        this.key = requireNonNull(key, "key");
        this.header = requireNonNull(header, "header");
        this.aliases = List.copyOf(aliases);
        this.required = required;
        if (HeaderMatcher.normalise(header).isEmpty()) {
            throw new IllegalArgumentException("header of " + key + " is empty once normalised");
        }
    }

    /**
     * Defines a column a sheet must have.
     *
     * @param key  the key the importing code uses, not null
     * @param header  the canonical header, such as 身份证件号, not null
     * @param aliases  other headers meaning the same column, such as 身份证号, not null
     * @return the definition, not null
     * @throws IllegalArgumentException if the header is empty once normalised
     */
    public static ColumnDefinition required(String key, String header, String... aliases) {
        return new ColumnDefinition(key, header, List.of(aliases), true);
    }

    /**
     * Defines a column a sheet may have.
     *
     * @param key  the key the importing code uses, not null
     * @param header  the canonical header, not null
     * @param aliases  other headers meaning the same column, not null
     * @return the definition, not null
     * @throws IllegalArgumentException if the header is empty once normalised
     */
    public static ColumnDefinition optional(String key, String header, String... aliases) {
        return new ColumnDefinition(key, header, List.of(aliases), false);
    }

    /**
     * Returns the key the importing code uses for this column.
     *
     * @return the key, not null
     */
    public String key() {
        return key;
    }

    /**
     * Returns the canonical header, as messages name the column.
     *
     * @return the header, not null
     */
    public String header() {
        return header;
    }

    /**
     * Returns the other headers that mean this column.
     *
     * @return an unmodifiable list, not null
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Tells whether a sheet without this column is refused.
     *
     * @return true for a required column
     */
    public boolean isRequired() {
        return required;
    }

    @Override
    public String toString() {
        return key + "(" + header + (required ? ", required" : "") + ")";
    }
}
