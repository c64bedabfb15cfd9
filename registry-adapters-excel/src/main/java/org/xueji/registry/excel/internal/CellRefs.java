package org.xueji.registry.excel.internal;

/** Parses cell references such as {@code C17} into a column index and a row number. */
final class CellRefs {

    private static final int MAX_COLUMN = 16_383;

    private CellRefs() {
    }

    /** Returns the 0-based column of a reference, or -1 if it does not start with letters. */
    static int column(CharSequence ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length()) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (column > MAX_COLUMN + 1) {
                return -1;
            }
            i++;
        }
        return i == 0 ? -1 : column - 1;
    }

    /** Returns the row number of a reference, or -1 if it has no digits after the letters. */
    static int row(CharSequence ref) {
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            i++;
        }
        if (i == ref.length()) {
            return -1;
        }
        long row = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            row = row * 10 + (c - '0');
            if (row > Integer.MAX_VALUE) {
                return -1;
            }
        }
        return (int) row;
    }
}
