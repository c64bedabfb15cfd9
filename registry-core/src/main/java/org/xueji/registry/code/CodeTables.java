package org.xueji.registry.code;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Looks entries of the national code tables up by code, by Chinese name or by alias.
 *
 * <p>Input is normalised before the lookup, so that what clerks type and what spreadsheets hold
 * is accepted: white space anywhere is dropped (including the full-width space), full-width
 * letters, digits and punctuation become their ASCII forms, and ASCII letters become upper case.
 * Where every code of a table is made of digits and all have the same width, a number written
 * with fewer digits is padded with leading zeros and one written with extra leading zeros loses
 * them: spreadsheets drop the leading zero of {@code 01}, so {@code 1} finds 汉族 in
 * {@link Ethnicity}, and {@code 00} finds 无残疾 in the one-digit {@link Disability} table.
 * Tables whose codes differ in width or include letters match codes as normalised, no more.
 *
 * <p>Each table's lookup map is built once, on first use, and cached for the life of the enum
 * class. Building it fails with {@link IllegalStateException} if two entries of a table share a
 * code, a name or an alias, which would make a lookup ambiguous.
 *
 * <p>This class is thread-safe.
 */
public final class CodeTables {

    private static final ClassValue<Index> INDEXES = new ClassValue<>() {
        @Override
        protected Index computeValue(Class<?> type) {
            return Index.of(type);
        }
    };

    private CodeTables() {
    }

    /**
     * Finds the entry of a table that a code, a Chinese name or an alias denotes.
     *
     * @param <E>  the table type
     * @param table  the enum class of the table, not null
     * @param codeOrName  the code, name or alias, normalised as the class documentation says,
     *     not null
     * @return the entry, not null
     * @throws UnknownCodeException if the text denotes no entry of the table
     */
    public static <E extends Enum<E> & CodeTable> E parse(
            Class<E> table, CharSequence codeOrName) {
        requireNonNull(table, "table");
        requireNonNull(codeOrName, "codeOrName");
        E entry = lookup(table, codeOrName);
        if (entry == null) {
            throw new UnknownCodeException(table, codeOrName);
        }
        return entry;
    }

    /**
     * Finds the entry of a table that a code, a Chinese name or an alias denotes, without throwing
     * for text that denotes none.
     *
     * @param <E>  the table type
     * @param table  the enum class of the table, not null
     * @param codeOrName  the code, name or alias; null gives an empty result
     * @return the entry, or empty if the text is null or denotes no entry
     */
    public static <E extends Enum<E> & CodeTable> Optional<E> find(
            Class<E> table, CharSequence codeOrName) {
        requireNonNull(table, "table");
        if (codeOrName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(lookup(table, codeOrName));
    }

    /**
     * Tells whether a text denotes an entry of a table; never throws for any text.
     *
     * @param table  the enum class of the table, not null
     * @param codeOrName  the code, name or alias; null gives false
     * @return true if the text denotes an entry
     * @throws IllegalArgumentException if the class is not an enum
     */
    public static boolean isKnown(Class<? extends CodeTable> table, CharSequence codeOrName) {
        requireNonNull(table, "table");
        return codeOrName != null && INDEXES.get(table).lookup(codeOrName) != null;
    }

    /**
     * Returns the Chinese name of a table from its {@link CodeTableName} annotation, or the enum's
     * simple class name if the annotation is missing.
     *
     * @param table  the enum class of the table, not null
     * @return the name, not null
     */
    public static String tableName(Class<? extends CodeTable> table) {
        CodeTableName name = table.getAnnotation(CodeTableName.class);
        return name == null ? table.getSimpleName() : name.value();
    }

    private static <E extends Enum<E> & CodeTable> E lookup(
            Class<E> table, CharSequence codeOrName) {
        return table.cast(INDEXES.get(table).lookup(codeOrName));
    }

    /**
     * Normalises a text as lookups do: drops white space, folds full-width forms to ASCII and
     * ASCII letters to upper case.
     */
    static String normalize(CharSequence text) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            result.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return result.toString();
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The immutable lookup map of one table. */
    private static final class Index {

        private final ImmutableMap<String, CodeTable> entries;
        private final int numericWidth;

        private Index(ImmutableMap<String, CodeTable> entries, int numericWidth) {
            this.entries = entries;
            this.numericWidth = numericWidth;
        }

        static Index of(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            if (constants == null || !CodeTable.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException(
                        type.getName() + " is not an enum implementing CodeTable");
            }
            Map<String, CodeTable> keys = new HashMap<>();
            int width = -1;
            for (Object constant : constants) {
                CodeTable entry = (CodeTable) constant;
                put(keys, entry.code(), entry, type);
                put(keys, entry.chineseName(), entry, type);
                for (String alias : entry.aliases()) {
                    put(keys, alias, entry, type);
                }
                width = commonWidth(width, entry.code());
            }
            return new Index(ImmutableMap.copyOf(keys), width);
        }

        private static void put(
                Map<String, CodeTable> keys, String key, CodeTable entry, Class<?> type) {
            CodeTable previous = keys.putIfAbsent(normalize(key), entry);
            if (previous != null && previous != entry) {
                throw new IllegalStateException(type.getName() + ": \"" + key
                        + "\" denotes both " + previous + " and " + entry);
            }
        }

        private static int commonWidth(int width, String code) {
            if (width == 0 || !isDigits(code)) {
                return 0;
            }
            return width == -1 || width == code.length() ? code.length() : 0;
        }

        CodeTable lookup(CharSequence codeOrName) {
            if (codeOrName instanceof String) {
                // Every key is normalized and normalizing is idempotent, so a text that is a key
                // as it stands normalizes to itself: the common exact text skips the copy.
                CodeTable exact = entries.get(codeOrName);
                if (exact != null) {
                    return exact;
                }
            }
            String key = normalize(codeOrName);
            CodeTable entry = entries.get(key);
            if (entry != null || numericWidth <= 0 || !isDigits(key)) {
                return entry;
            }
            return entries.get(toWidth(key));
        }

        private String toWidth(String digits) {
            String result = digits;
            while (result.length() > numericWidth && result.charAt(0) == '0') {
                result = result.substring(1);
            }
            if (result.length() < numericWidth) {
                result = "0".repeat(numericWidth - result.length()) + result;
            }
            return result;
        }
    }
}
