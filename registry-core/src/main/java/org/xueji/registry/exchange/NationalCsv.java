package org.xueji.registry.exchange;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * The line-oriented exchange format: CSV (RFC 4180) in UTF-8 with a byte-order mark, a header
 * row of the {@link NationalField} headers, then one {@link NationalRecord} per row.
 *
 * <p>Writing: the mark {@code U+FEFF} first, so that Excel opens the file as UTF-8; rows end in
 * CR LF; a value holding a comma, a double quote, CR or LF is enclosed in double quotes, with its
 * double quotes doubled; other values are written bare. Codes keep their leading zeros because
 * they are text; a consumer that opens the file in a spreadsheet must read the columns as text.
 *
 * <p>Reading: a leading mark is skipped; rows may end in CR LF or LF; quoted values may hold
 * line breaks; the header must be exactly the national headers in order. A malformed file fails
 * with {@link ErrorCode#INVALID_EXCHANGE_FILE}, naming the line.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class NationalCsv {

    /** The byte-order mark written first. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final String LINE_END = "\r\n";

    private NationalCsv() {
    }

    /**
     * Writes the byte-order mark and the header row.
     *
     * @param out  where to write, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeHeader(Appendable out) {
        requireNonNull(out, "out");
        append(out, BYTE_ORDER_MARK + line(headers()));
    }

    /**
     * Writes one record as a row.
     *
     * @param out  where to write, not null
     * @param record  the record, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void writeRow(Appendable out, NationalRecord record) {
        requireNonNull(out, "out");
        append(out, line(record.row()));
    }

    /**
     * Writes a whole file: the mark, the header and the records.
     *
     * @param out  where to write, not null
     * @param records  the records, not null
     * @throws UncheckedIOException if writing fails
     */
    public static void write(Appendable out, Iterable<NationalRecord> records) {
        writeHeader(out);
        for (NationalRecord record : records) {
            writeRow(out, record);
        }
    }

    /**
     * Reads a whole file.
     *
     * @param in  the file's characters, read to the end and not closed, not null
     * @return the records, in file order, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_EXCHANGE_FILE} if the header is
     *     not the national one or a row is malformed
     * @throws UncheckedIOException if reading fails
     */
    public static List<NationalRecord> read(Reader in) {
        requireNonNull(in, "in");
        List<List<String>> rows = parse(in);
        if (rows.isEmpty() || !rows.get(0).equals(headers())) {
            throw new RegistryException(ErrorCode.INVALID_EXCHANGE_FILE,
                    "第1行不是全国学籍交换文件的表头", "Line 1 is not the national header");
        }
        List<NationalRecord> records = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            try {
                records.add(NationalRecord.ofRow(rows.get(i)));
            } catch (RegistryException ex) {
                throw new RegistryException(ErrorCode.INVALID_EXCHANGE_FILE,
                        "第" + (i + 1) + "行：" + ex.chineseMessage(),
                        "Row " + (i + 1) + ": " + ex.englishMessage(), ex);
            }
        }
        return records;
    }

    /**
     * Returns the header row.
     *
     * @return the headers in column order, not null
     */
    public static List<String> headers() {
        return Arrays.stream(NationalField.values()).map(NationalField::header).toList();
    }

    private static String line(List<String> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quoted(values.get(i)));
        }
        return line.append(LINE_END).toString();
    }

    private static String quoted(String value) {
        boolean needsQuotes = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static List<List<String>> parse(Reader in) {
        String text = readAll(in);
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    line += c == '\n' ? 1 : 0;
                    value.append(c);
                }
            } else if (c == ',') {
                row.add(value.toString());
                value.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(value.toString());
                rows.add(row);
                row = new ArrayList<>();
                value.setLength(0);
                afterQuote = false;
                line++;
            } else if (c == '"' && value.length() == 0 && !afterQuote) {
                quoted = true;
            } else if (c == '"' || afterQuote) {
                throw malformed(line);
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw malformed(line);
        }
        if (value.length() > 0 || !row.isEmpty() || afterQuote) {
            row.add(value.toString());
            rows.add(row);
        }
        return rows;
    }

    private static RegistryException malformed(int line) {
        return new RegistryException(ErrorCode.INVALID_EXCHANGE_FILE,
                "第" + line + "行的引号不成对或位置错误",
                "Line " + line + " has a stray or unclosed double quote");
    }

    private static String readAll(Reader in) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            int read;
            while ((read = in.read(buffer)) != -1) {
                text.append(buffer, 0, read);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return text.toString();
    }

    private static void append(Appendable out, String text) {
        try {
            out.append(text);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
