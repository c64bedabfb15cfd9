package org.xueji.cli;

/**
 * Writes the few JSON values the tool prints, by hand: strings escaped as RFC 8259 requires
 * (quotation mark, reverse solidus and every control character; other characters, Chinese
 * included, as they are, since the output is UTF-8).
 */
final class Json {

    private Json() {
    }

    /**
     * Returns a string as a JSON string literal, quotes included.
     *
     * @param text  the string, not null
     * @return the literal, not null
     */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
