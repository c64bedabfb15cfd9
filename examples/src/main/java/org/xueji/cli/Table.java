package org.xueji.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal, its columns aligned by display width (a Chinese character
 * takes two columns), numbers right-aligned.
 */
final class Table {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    Table(List<String> header) {
        this.header = List.copyOf(header);
    }

    void add(List<?> row) {
        rows.add(row.stream().map(String::valueOf).toList());
    }

    int size() {
        return rows.size();
    }

    void print(PrintStream out) {
        int[] widths = new int[header.size()];
        for (List<String> row : all()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (List<String> row : all()) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - width(cell));
                boolean number = !cell.isEmpty() && cell.chars().allMatch(Character::isDigit);
                line.append(number ? pad + cell : cell + pad).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private List<List<String>> all() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += c >= 0x1100 && (c <= 0x115F || c >= 0x2E80) ? 2 : 1;
        }
        return width;
    }
}
