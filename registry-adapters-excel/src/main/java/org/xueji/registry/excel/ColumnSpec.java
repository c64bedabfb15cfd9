package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

/**
 * A column of a sheet being written: its header and its width in characters.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ColumnSpec {

    private static final double MIN_WIDTH = 8;
    private static final double MAX_WIDTH = 60;

    private final String header;
    private final double width;

    private ColumnSpec(String header, double width) {
        this.header = requireNonNull(header, "header");
        if (!(width > 0) || width > 255) {
            throw new IllegalArgumentException("width must be in (0, 255]: " + width);
        }
        this.width = width;
    }

    /**
     * Creates a column wide enough for its header, counting a Chinese character as two.
     *
     * @param header  the header, not null; empty for a column without header
     * @return the column, not null
     */
    public static ColumnSpec of(String header) {
        double width = 2;
        for (int i = 0; i < header.length(); i++) {
            width += header.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return new ColumnSpec(header, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));
    }

    /**
     * Returns a copy with another width.
     *
     * @param width  the width in characters of the default font, in (0, 255]
     * @return the new column, not null
     * @throws IllegalArgumentException if the width is out of range
     */
    public ColumnSpec withWidth(double width) {
        return new ColumnSpec(header, width);
    }

    /**
     * Returns the header.
     *
     * @return the header, empty for none, not null
     */
    public String header() {
        return header;
    }

    /**
     * Returns the width in characters of the default font.
     *
     * @return the width, positive
     */
    public double width() {
        return width;
    }

    @Override
    public String toString() {
        return header + "(" + width + ")";
    }
}
