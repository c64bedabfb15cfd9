package org.xueji.registry.jdbc.internal;

import static java.util.Objects.requireNonNull;

/**
 * Escapes values for the adapter's line-based text forms (the audit trail's changes, the
 * outbox's payload), so that a value never contains a raw line break or tab.
 *
 * <p>A backslash is written {@code \\}, a line feed {@code \n}, a carriage return {@code \r} and
 * a tab {@code \t}; a missing value (null) is written {@code \0}, which no escaped text equals.
 * Every other character, Chinese included, is written as it is.
 */
public final class TextEscapes {

    private static final String NULL = "\\0";

    private TextEscapes() {
    }

    /**
     * Escapes a value.
     *
     * @param value  the value, may be null
     * @return the escaped text, not null
     */
    public static String escape(String value) {
        if (value == null) {
            return NULL;
        }
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\':
                    escaped.append("\\\\");
                    break;
                case '\n':
                    escaped.append("\\n");
                    break;
                case '\r':
                    escaped.append("\\r");
                    break;
                case '\t':
                    escaped.append("\\t");
                    break;
                default:
                    escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Reverses {@link #escape(String)}.
     *
     * @param text  the escaped text, not null
     * @return the value, null if the text is {@code \0}
     * @throws IllegalArgumentException if the text holds an unknown or unfinished escape
     */
    public static String unescape(String text) {
        requireNonNull(text, "text");
        if (NULL.equals(text)) {
            return null;
        }
        StringBuilder value = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (++i == text.length()) {
                throw new IllegalArgumentException("unfinished escape at the end of a value");
            }
            value.append(unescaped(text.charAt(i)));
        }
        return value.toString();
    }

    private static char unescaped(char escape) {
        switch (escape) {
            case '\\':
                return '\\';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            default:
                throw new IllegalArgumentException("unknown escape \\" + escape);
        }
    }
}
