package org.xueji.registry.excel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.excel.internal.DateFormats;
import org.xueji.registry.excel.internal.ExcelText;

/**
 * Writes an .xlsx workbook row by row, holding no more than one row in memory.
 *
 * <p>Sheets are written one after the other: opening a sheet finishes the one before. Each sheet
 * starts with its header row (bold, shaded, frozen while scrolling), below the bold title rows a
 * report may give it, and has the column widths its {@link ColumnSpec}s give. Values are written
 * by their Java type: text as text, numbers as numbers, booleans, and {@link LocalDate} and
 * {@link LocalDateTime} as dates; {@code null} leaves the cell empty; any other object is written
 * as its {@code toString()}. A whole number of more than 15 digits is written as text, since a
 * spreadsheet keeps 15 significant digits of a number.
 *
 * <p><b>Formula injection.</b> Every text is written as an inline string ({@code t="inlineStr"}),
 * and an inline-string cell is never a formula: no spreadsheet program evaluates it, whatever it
 * starts with. The writer writes no formula at all. A text that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return also gets a style with {@code quotePrefix}, the
 * mark Excel itself gives text that looks like a formula, so that editing the cell later does not
 * turn it into one either. The text itself is written unchanged.
 *
 * <p>Characters XML cannot hold (control characters, unpaired surrogates) and carriage returns
 * are written with Excel's {@code _xHHHH_} escape, which Excel and this library's reader decode.
 *
 * <p>Instances are not thread-safe.
 */
public final class XlsxWriter implements AutoCloseable {

    /** The longest text a cell may hold, as Excel defines it. */
    public static final int MAX_CELL_CHARS = 32_767;

    private static final Logger LOG = LoggerFactory.getLogger(XlsxWriter.class);
    private static final String MAIN_NS =
            "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS =
            "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_DECLARATION =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final int MAX_EXACT_DIGITS = 15;

    private static final int STYLE_HEADER = 1;
    private static final int STYLE_TITLE = 10;
    private static final int KIND_PLAIN = 0;
    private static final int KIND_DATE = 1;
    private static final int KIND_DATE_TIME = 2;
    private static final int KIND_QUOTED = 3;
    private static final LocalDate FIRST_SERIAL_DATE = LocalDate.of(1900, 3, 1);

    private final ZipOutputStream zip;
    private final Writer xml;
    private final List<String> sheetNames = new ArrayList<>();
    private final Set<String> lowerNames = new HashSet<>();
    private SheetWriter current;
    private boolean closed;

    private XlsxWriter(OutputStream target) {
        this.zip = new ZipOutputStream(target, UTF_8);
        OutputStream entries = new FilterOutputStream(zip) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                zip.write(bytes, offset, length);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        this.xml = new BufferedWriter(new OutputStreamWriter(entries, UTF_8), 1 << 16);
    }

    /**
     * Starts a workbook on a stream; closing the writer finishes the workbook and closes the
     * stream.
     *
     * @param out  the stream, not null
     * @return the writer, not null
     */
    public static XlsxWriter create(OutputStream out) {
        return new XlsxWriter(requireNonNull(out, "out"));
    }

    /**
     * Starts a workbook in a file, replacing the file if it exists.
     *
     * @param file  the file, not null
     * @return the writer, not null
     * @throws UncheckedIOException if the file cannot be created
     */
    public static XlsxWriter create(Path file) {
        try {
            return new XlsxWriter(Files.newOutputStream(requireNonNull(file, "file")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Finishes the sheet being written, if any, and starts another with its header row.
     *
     * @param name  the sheet's name: 1 to 31 characters, none of {@code []:*?/\}, not used
     *     before in this workbook ignoring case, not null
     * @param columns  the columns; a header row is written if any has a header, not null
     * @return the writer of the new sheet, valid until the next sheet is started, not null
     * @throws IllegalArgumentException if the name is not a valid, new sheet name
     * @throws IllegalStateException if the workbook is closed
     * @throws UncheckedIOException if writing fails
     */
    public SheetWriter sheet(String name, List<ColumnSpec> columns) {
        return sheet(name, List.of(), columns);
    }

    /**
     * Finishes the sheet being written, if any, and starts another with title rows above its
     * header row, as a report heads its table with its name, scope and date. Each title is one
     * bold text in column A of its own row; the header row follows them, and the view stays
     * frozen below the header.
     *
     * @param name  the sheet's name, as {@link #sheet(String, List)} requires it, not null
     * @param titles  the titles, one row each, in order; may be empty, not null
     * @param columns  the columns; a header row is written if any has a header, not null
     * @return the writer of the new sheet, valid until the next sheet is started, not null
     * @throws IllegalArgumentException if the name is not a valid, new sheet name, or a title is
     *     longer than {@value #MAX_CELL_CHARS} characters
     * @throws IllegalStateException if the workbook is closed
     * @throws UncheckedIOException if writing fails
     */
    public SheetWriter sheet(String name, List<String> titles, List<ColumnSpec> columns) {
        checkName(requireNonNull(name, "name"));
        List<String> titleRows = List.copyOf(titles);
        List<ColumnSpec> specs = List.copyOf(columns);
        if (closed) {
            throw new IllegalStateException("the workbook is closed");
        }
        finishSheet();
        sheetNames.add(name);
        lowerNames.add(name.toLowerCase(Locale.ROOT));
        try {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + sheetNames.size() + ".xml"));
            current = new SheetWriter(name, titleRows, specs);
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkName(String name) {
        if (name.isEmpty() || name.length() > 31 || name.chars().anyMatch(c -> "[]:*?/\\"
                .indexOf(c) >= 0) || name.startsWith("'") || name.endsWith("'")) {
            throw new IllegalArgumentException("not a valid sheet name: " + name);
        }
        if (lowerNames.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("sheet name used twice: " + name);
        }
    }

    private void finishSheet() {
        if (current == null) {
            return;
        }
        try {
            xml.write("</sheetData></worksheet>");
            xml.flush();
            zip.closeEntry();
            LOG.debug("Sheet {} written: {} rows", current.name, current.rowNumber);
            current.finished = true;
            current = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Finishes the last sheet and the workbook and closes the stream; a workbook without sheets
     * gets one empty sheet, as a workbook must have one. Calling it again does nothing.
     *
     * @throws UncheckedIOException if writing fails
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (sheetNames.isEmpty()) {
            sheet("Sheet1", List.of());
        }
        finishSheet();
        closed = true;
        try {
            entry("[Content_Types].xml", contentTypes());
            entry("_rels/.rels", "<Relationships xmlns=\"" + PKG_REL_NS + "\"><Relationship"
                    + " Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\""
                    + " Target=\"xl/workbook.xml\"/></Relationships>");
            entry("xl/workbook.xml", workbook());
            entry("xl/_rels/workbook.xml.rels", workbookRels());
            entry("xl/styles.xml", styles());
            xml.close();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void entry(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(XML_DECLARATION);
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    private String contentTypes() {
        StringBuilder types = new StringBuilder("<Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension="
                + "\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\""
                + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                + "sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 1; i <= sheetNames.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(
                    ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.worksheet+xml\"/>");
        }
        return types.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder workbook = new StringBuilder("<workbook xmlns=\"" + MAIN_NS
                + "\" xmlns:r=\"" + REL_NS + "\"><sheets>");
        for (int i = 1; i <= sheetNames.size(); i++) {
            workbook.append("<sheet name=\"");
            escape(workbook, sheetNames.get(i - 1), true);
            workbook.append("\" sheetId=\"").append(i).append("\" r:id=\"rId").append(i)
                    .append("\"/>");
        }
        return workbook.append("</sheets></workbook>").toString();
    }

    private String workbookRels() {
        StringBuilder rels = new StringBuilder("<Relationships xmlns=\"" + PKG_REL_NS + "\">");
        for (int i = 1; i <= sheetNames.size(); i++) {
            rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i)
                    .append(".xml\"/>");
        }
        return rels.append("<Relationship Id=\"rIdStyles\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/></Relationships>").toString();
    }

    private static String styles() {
        String font = "<sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/>"
                + "<charset val=\"134\"/></font>";
        StringBuilder styles = new StringBuilder("<styleSheet xmlns=\"" + MAIN_NS + "\">"
                + "<fonts count=\"2\"><font>" + font + "<font><b/>" + font + "</fonts>"
                + "<fills count=\"4\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill>"
                + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFD9D9D9\"/>"
                + "<bgColor indexed=\"64\"/></patternFill></fill>"
                + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFFC7CE\"/>"
                + "<bgColor indexed=\"64\"/></patternFill></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/>"
                + "</border></borders><cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\""
                + " fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"11\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"2\" borderId=\"0\" xfId=\"0\""
                + " applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\"><alignment"
                + " horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>");
        int[] formats = {0, 14, 22, 49};
        for (int kind = 0; kind < formats.length; kind++) {
            for (int marked = 0; marked <= 1; marked++) {
                styles.append("<xf numFmtId=\"").append(formats[kind])
                        .append("\" fontId=\"0\" fillId=\"").append(marked == 1 ? 3 : 0)
                        .append("\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"")
                        .append(marked == 1 ? " applyFill=\"1\"" : "")
                        .append(kind == KIND_QUOTED ? " quotePrefix=\"1\"" : "").append("/>");
            }
        }
        styles.append("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
                + " applyFont=\"1\"/>");
        return styles.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\""
                + " xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>").toString();
    }

    private static int style(int kind, boolean marked) {
        return 2 + kind * 2 + (marked ? 1 : 0);
    }

    /**
     * Tells whether a text starts the way a formula does, and so gets the quote-prefix style.
     *
     * @param text  the text, not null
     * @return true if it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
     *     carriage return
     */
    public static boolean looksLikeFormula(CharSequence text) {
        if (text.length() == 0) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
    }

    private static void escape(StringBuilder out, CharSequence text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '"' && attribute) {
                out.append("&quot;");
            } else if (c == '\r' || !ExcelText.isXmlChar(text, i)) {
                out.append(String.format(Locale.ROOT, "_x%04X_", (int) c));
            } else if (c == '_' && ExcelText.isEscape(text, i)) {
                out.append("_x005F_");
            } else {
                out.append(c);
            }
        }
    }

    /**
     * Writes the rows of one sheet; obtained from {@link XlsxWriter#sheet(String, List)}.
     *
     * <p>Instances are not thread-safe.
     */
    public final class SheetWriter {

        private final String name;
        private final int columnCount;
        private final StringBuilder buffer = new StringBuilder(1024);
        private int rowNumber;
        private boolean finished;

        private SheetWriter(String name, List<String> titles, List<ColumnSpec> columns)
                throws IOException {
            this.name = name;
            this.columnCount = columns.size();
            boolean header = columns.stream().anyMatch(column -> !column.header().isEmpty());
            buffer.append(XML_DECLARATION).append("<worksheet xmlns=\"").append(MAIN_NS)
                    .append("\" xmlns:r=\"").append(REL_NS).append("\">");
            if (header) {
                int frozen = titles.size() + 1;
                buffer.append("<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"")
                        .append(frozen).append("\" topLeftCell=\"A").append(frozen + 1)
                        .append("\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                        + "</sheetView></sheetViews>");
            }
            if (!columns.isEmpty()) {
                buffer.append("<cols>");
                for (int i = 0; i < columns.size(); i++) {
                    buffer.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1)
                            .append("\" width=\"").append(columns.get(i).width())
                            .append("\" customWidth=\"1\"/>");
                }
                buffer.append("</cols>");
            }
            buffer.append("<sheetData>");
            for (String title : titles) {
                buffer.append("<row r=\"").append(rowNumber + 1).append("\">");
                text(0, requireNonNull(title, "title"), STYLE_TITLE);
                buffer.append("</row>");
                rowNumber++;
            }
            if (header) {
                buffer.append("<row r=\"").append(rowNumber + 1).append("\">");
                for (int i = 0; i < columns.size(); i++) {
                    text(i, columns.get(i).header(), STYLE_HEADER);
                }
                buffer.append("</row>");
                rowNumber++;
            }
            flushBuffer();
        }

        /**
         * Returns the sheet's name.
         *
         * @return the name, not null
         */
        public String name() {
            return name;
        }

        /**
         * Returns the number of the last row written, the header row included.
         *
         * @return the row number, 0 if nothing was written
         */
        public int rowNumber() {
            return rowNumber;
        }

        /**
         * Writes a row of values in column order.
         *
         * @param values  the values, as the writer's documentation describes; may hold nulls,
         *     not null
         * @throws IllegalArgumentException if a text is longer than {@value #MAX_CELL_CHARS}
         *     characters; the row is then not written
         * @throws IllegalStateException if the sheet is finished
         * @throws UncheckedIOException if writing fails
         */
        public void row(List<?> values) {
            row(values, Set.of());
        }

        /**
         * Writes a row of values in column order, with some cells marked by a red fill, as an
         * error report marks the faulty cells of a row.
         *
         * @param values  the values, as the writer's documentation describes; may hold nulls,
         *     not null
         * @param markedColumns  the 0-based columns to mark, not null
         * @throws IllegalArgumentException if a text is longer than {@value #MAX_CELL_CHARS}
         *     characters; the row is then not written
         * @throws IllegalStateException if the sheet is finished
         * @throws UncheckedIOException if writing fails
         */
        public void row(List<?> values, Set<Integer> markedColumns) {
            if (finished) {
                throw new IllegalStateException("sheet " + name + " is finished");
            }
            requireNonNull(markedColumns, "markedColumns");
            int number = rowNumber + 1;
            buffer.setLength(0);
            buffer.append("<row r=\"").append(number).append("\">");
            int width = Math.max(values.size(), markedColumns.isEmpty() ? 0
                    : markedColumns.stream().mapToInt(Integer::intValue).max().getAsInt() + 1);
            for (int i = 0; i < width; i++) {
                Object value = i < values.size() ? values.get(i) : null;
                cell(i, value, markedColumns.contains(i));
            }
            buffer.append("</row>");
            rowNumber = number;
            flushBuffer();
            if (LOG.isTraceEnabled()) {
                LOG.trace("Sheet {} row {} written: {} values", name, number, values.size());
            }
        }

        private void cell(int column, Object value, boolean marked) {
            if (value == null) {
                if (marked) {
                    buffer.append("<c r=\"").append(Cell.columnName(column)).append(rowNumber + 1)
                            .append("\" s=\"").append(style(KIND_PLAIN, true)).append("\"/>");
                }
            } else if (value instanceof CharSequence) {
                CharSequence text = (CharSequence) value;
                text(column, text, style(looksLikeFormula(text) ? KIND_QUOTED : KIND_PLAIN,
                        marked));
            } else if (value instanceof Boolean) {
                number(column, ((Boolean) value) ? "1" : "0", style(KIND_PLAIN, marked), "b");
            } else if (value instanceof LocalDateTime) {
                date(column, (LocalDateTime) value, KIND_DATE_TIME, marked);
            } else if (value instanceof LocalDate) {
                date(column, ((LocalDate) value).atStartOfDay(), KIND_DATE, marked);
            } else if (value instanceof Number) {
                number(column, (Number) value, marked);
            } else {
                String text = value.toString();
                text(column, text, style(looksLikeFormula(text) ? KIND_QUOTED : KIND_PLAIN,
                        marked));
            }
        }

        private void number(int column, Number value, boolean marked) {
            String text = exactNumber(value);
            if (text == null) {
                String shown = value.toString();
                text(column, shown, style(looksLikeFormula(shown) ? KIND_QUOTED : KIND_PLAIN,
                        marked));
            } else {
                number(column, text, style(KIND_PLAIN, marked), null);
            }
        }

        private void date(int column, LocalDateTime value, int kind, boolean marked) {
            if (value.toLocalDate().isBefore(FIRST_SERIAL_DATE)) {
                text(column, value.toLocalDate().toString(), style(KIND_PLAIN, marked));
                return;
            }
            double serial = DateFormats.toSerial(value);
            String text = serial == Math.rint(serial) ? Long.toString((long) serial)
                    : Double.toString(serial);
            number(column, text, style(kind, marked), null);
        }

        private void number(int column, String text, int style, String type) {
            buffer.append("<c r=\"").append(Cell.columnName(column)).append(rowNumber + 1)
                    .append('"');
            if (style != 0 && style != style(KIND_PLAIN, false)) {
                buffer.append(" s=\"").append(style).append('"');
            }
            if (type != null) {
                buffer.append(" t=\"").append(type).append('"');
            }
            buffer.append("><v>").append(text).append("</v></c>");
        }

        private void text(int column, CharSequence text, int style) {
            if (text.length() > MAX_CELL_CHARS) {
                throw new IllegalArgumentException("a cell's text is " + text.length()
                        + " characters long; a cell holds at most " + MAX_CELL_CHARS);
            }
            buffer.append("<c r=\"").append(Cell.columnName(column)).append(rowNumber + 1)
                    .append('"');
            if (style != style(KIND_PLAIN, false)) {
                buffer.append(" s=\"").append(style).append('"');
            }
            buffer.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            escape(buffer, text, false);
            buffer.append("</t></is></c>");
        }

        private void flushBuffer() {
            try {
                xml.append(buffer);
                buffer.setLength(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return "SheetWriter[" + name + ", " + rowNumber + " rows, " + columnCount
                    + " columns]";
        }
    }

    /** Returns the number as XML text if a spreadsheet keeps it exactly, else null. */
    private static String exactNumber(Number value) {
        if (value instanceof Double || value instanceof Float) {
            double d = value.doubleValue();
            return Double.isFinite(d) ? Double.toString(d) : null;
        }
        BigDecimal decimal;
        if (value instanceof BigDecimal) {
            decimal = (BigDecimal) value;
        } else if (value instanceof BigInteger) {
            decimal = new BigDecimal((BigInteger) value);
        } else {
            decimal = BigDecimal.valueOf(value.longValue());
        }
        decimal = decimal.stripTrailingZeros();
        return decimal.precision() > MAX_EXACT_DIGITS && decimal.scale() <= 0
                ? null : decimal.toPlainString();
    }
}
