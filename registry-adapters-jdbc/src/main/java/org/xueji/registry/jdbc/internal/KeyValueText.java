package org.xueji.registry.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads the adapter's line-based text columns: lists of values, lists of records of
 * fields, and maps of keys to values. Every value goes through {@link TextEscapes}, so it holds
 * no raw line break or tab, and every line ends with a line feed, so an empty list (the empty
 * text) differs from a list of one empty value (one line feed).
 *
 * <ul>
 *   <li>A list of values is one line per value.
 *   <li>A list of records is one line per record, its fields separated by tabs; a missing field
 *       is {@code \0}.
 *   <li>A map is one line {@code key=value} per entry, in the map's order; an equals sign inside
 *       a key is written {@code \=}, so the first bare equals sign ends the key.
 * </ul>
 */
public final class KeyValueText {

    private KeyValueText() {
    }

    /**
     * Writes a list of values.
     *
     * @param values  the values, not null, none null
     * @return the text, not null
     */
    public static String writeLines(List<String> values) {
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            text.append(TextEscapes.escape(requireNonNull(value, "value"))).append('\n');
        }
        return text.toString();
    }

    /**
     * Reads a list of values written by {@link #writeLines}.
     *
     * @param text  the text, not null
     * @return the values, not null
     */
    public static List<String> readLines(String text) {
        List<String> values = new ArrayList<>();
        for (String line : lines(text)) {
            values.add(TextEscapes.unescape(line));
        }
        return List.copyOf(values);
    }

    /**
     * Writes a list of records, each a list of fields that may be null.
     *
     * @param records  the records, not null
     * @return the text, not null
     */
    public static String writeRecords(List<List<String>> records) {
        StringBuilder text = new StringBuilder();
        for (List<String> record : records) {
            for (int i = 0; i < record.size(); i++) {
                if (i > 0) {
                    text.append('\t');
                }
                text.append(TextEscapes.escape(record.get(i)));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /**
     * Reads a list of records written by {@link #writeRecords}.
     *
     * @param text  the text, not null
     * @return the records, their missing fields null, not null
     */
    public static List<List<String>> readRecords(String text) {
        List<List<String>> records = new ArrayList<>();
        for (String line : lines(text)) {
            List<String> fields = new ArrayList<>();
            for (String field : line.split("\t", -1)) {
                fields.add(TextEscapes.unescape(field));
            }
            records.add(fields);
        }
        return records;
    }

    /**
     * Writes a map.
     *
     * @param values  the map, not null, no key or value null
     * @return the text, not null
     */
    public static String writeMap(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((key, value) -> text.append(TextEscapes.escape(key).replace("=", "\\="))
                .append('=').append(TextEscapes.escape(requireNonNull(value, "value")))
                .append('\n'));
        return text.toString();
    }

    /**
     * Reads a map written by {@link #writeMap}.
     *
     * @param text  the text, not null
     * @return the map, in the written order, not null
     * @throws IllegalArgumentException if a line has no key
     */
    public static Map<String, String> readMap(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines(text)) {
            StringBuilder key = new StringBuilder();
            int i = 0;
            while (i < line.length() && line.charAt(i) != '=') {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    char next = line.charAt(i + 1);
                    if (next != '=') {
                        key.append(c);
                    }
                    key.append(next);
                    i += 2;
                } else {
                    key.append(c);
                    i++;
                }
            }
            if (i == line.length()) {
                throw new IllegalArgumentException("a line of a map has no key");
            }
            values.put(TextEscapes.unescape(key.toString()),
                    TextEscapes.unescape(line.substring(i + 1)));
        }
        return values;
    }

    private static List<String> lines(String text) {
        requireNonNull(text, "text");
        if (text.isEmpty()) {
            return List.of();
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return List.of(body.split("\n", -1));
    }
}
