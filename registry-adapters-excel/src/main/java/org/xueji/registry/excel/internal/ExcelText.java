package org.xueji.registry.excel.internal;

/**
 * Excel's escape for characters XML 1.0 cannot hold: {@code _xHHHH_} stands for the UTF-16 unit
 * HHHH, and {@code _x005F_} for an underscore that would otherwise start such an escape.
 */
public final class ExcelText {

    private ExcelText() {
    }

    /**
     * Replaces the escapes in a text by the characters they stand for.
     *
     * @param text  the text as stored, not null
     * @return the text as meant, the same instance if it holds no escape
     */
    public static String decode(String text) {
        int start = text.indexOf("_x");
        if (start < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (int i = start; i >= 0; i = text.indexOf("_x", i + 1)) {
            if (i < copied || !isEscape(text, i)) {
                continue;
            }
            out.append(text, copied, i).append((char) Integer.parseInt(text, i + 2, i + 6, 16));
            copied = i + 7;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * Tells whether a character may stand as itself in the XML of a workbook.
     *
     * @param text  the text, not null
     * @param index  the position of the character
     * @return false for control characters other than tab, line feed and carriage return, for
     *     the two non-characters U+FFFE and U+FFFF, and for a surrogate without its pair
     */
    public static boolean isXmlChar(CharSequence text, int index) {
        char c = text.charAt(index);
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }

    /**
     * Tells whether an escape starts at a position.
     *
     * @param text  the text, not null
     * @param index  the position of the underscore
     * @return true if {@code _xHHHH_} starts there
     */
    public static boolean isEscape(CharSequence text, int index) {
        if (index + 7 > text.length() || text.charAt(index) != '_'
                || text.charAt(index + 1) != 'x' || text.charAt(index + 6) != '_') {
            return false;
        }
        for (int i = index + 2; i < index + 6; i++) {
            char c = text.charAt(i);
            boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!hex) {
                return false;
            }
        }
        return true;
    }
}
