package org.xueji.registry.excel.internal;

import com.fasterxml.aalto.UncheckedStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.typed.TypedValueDecoder;
import org.codehaus.stax2.typed.TypedXMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.excel.Cell;
import org.xueji.registry.excel.ReaderLimits;
import org.xueji.registry.excel.Row;
import org.xueji.registry.excel.SheetRows;

/**
 * The rows of one worksheet part, parsed with StAX one row ahead of the caller. The reader must
 * also offer StAX2's typed access, as {@link SecureXml}'s Aalto readers do.
 *
 * <p>Per row, the parser allocates the row, its cells and their texts, and nothing else: shared
 * strings come from the off-heap table (short ones from its cache), and the list that gathers a
 * row's cells is reused.
 */
final class XlsxSheetRows implements SheetRows {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxSheetRows.class);

    /**
     * The value of a shared-string cell, whose index is decoded straight from the parser's
     * characters into {@link #sharedIndex} rather than made a string first.
     */
    private static final String SHARED_INDEX = "shared";

    private final String sheetName;
    private final String part;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final TypedXMLStreamReader typed;
    private final AttributeDecoder attribute = new AttributeDecoder();
    private final SharedStrings sharedStrings;
    private final Styles styles;
    private final boolean date1904;
    private final MergedAreas merged;
    private final ReaderLimits limits;
    private final List<Cell> cells = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final long started = System.nanoTime();

    private Row next;
    private boolean finished;
    private boolean closed;
    private boolean inRow;
    private int rowNumber;
    private int rowsRead;

    private int column;
    private String type;
    private int style;
    private String value;
    private int sharedIndex;
    private boolean formula;

    XlsxSheetRows(String sheetName, String part, InputStream in, XMLStreamReader xml,
            SharedStrings sharedStrings, Styles styles, boolean date1904, MergedAreas merged,
            ReaderLimits limits) {
        this.sheetName = sheetName;
        this.part = part;
        this.in = in;
        this.xml = xml;
        this.typed = (TypedXMLStreamReader) xml;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
        this.merged = merged;
        this.limits = limits;
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            if (closed) {
                throw new IllegalStateException("sheet " + sheetName + " is closed");
            }
            try {
                next = readRow();
            } catch (XMLStreamException e) {
                close();
                throw SecureXml.failure(part, e);
            } catch (UncheckedStreamException e) {
                close();
                throw SecureXml.failure(part, e);
            } catch (RuntimeException e) {
                close();
                throw e;
            }
            if (next == null) {
                finished = true;
                LOG.debug("Sheet {} read: {} rows in {} ms", sheetName, rowsRead,
                        (System.nanoTime() - started) / 1_000_000);
                close();
            }
        }
        return next != null;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows in sheet " + sheetName);
        }
        Row row = next;
        next = null;
        return row;
    }

    private Row readRow() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                startElement(xml.getLocalName());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("c".equals(name)) {
                    endCell();
                } else if ("row".equals(name)) {
                    return endRow();
                } else if ("sheetData".equals(name)) {
                    return null;
                }
            }
        }
        return null;
    }

    private void startElement(String name) throws XMLStreamException {
        switch (name) {
            case "c":
                startCell();
                break;
            case "v":
                if ("s".equals(type)) {
                    typed.getElementAs(attribute.number());
                    sharedIndex = attribute.result;
                    value = SHARED_INDEX;
                } else {
                    value = readText();
                }
                break;
            case "f":
                formula = true;
                break;
            case "is":
                value = readInline();
                break;
            case "row":
                startRow();
                break;
            default:
                break;
        }
    }

    private void startRow() {
        String ref = xml.getAttributeValue(null, "r");
        int number = ref == null ? rowNumber + 1 : parsePositive(ref);
        if (number <= 0) {
            throw Refusals.malformed(part, "row number " + ref, null);
        }
        if (number > limits.maxRows()) {
            throw Refusals.tooManyRows(sheetName, limits.maxRows());
        }
        rowNumber = number;
        inRow = true;
        column = -1;
        cells.clear();
    }

    /**
     * Reads a cell's reference, type and style, each decoded from the parser's buffer without a
     * string per attribute; as the typed access of StAX2 does, white space around them is
     * ignored. Of two attributes of one name in different namespaces, the first counts.
     */
    private void startCell() throws XMLStreamException {
        if (!inRow) {
            throw Refusals.malformed(part, "a cell outside a row, after row " + rowNumber, null);
        }
        int parsed = -1;
        type = null;
        style = 0;
        boolean ref = false;
        boolean styled = false;
        for (int i = 0, count = xml.getAttributeCount(); i < count; i++) {
            String name = xml.getAttributeLocalName(i);
            if (!ref && "r".equals(name)) {
                ref = true;
                typed.getAttributeAs(i, attribute.column());
                parsed = attribute.result;
            } else if (type == null && "t".equals(name)) {
                typed.getAttributeAs(i, attribute.type());
                type = attribute.text;
            } else if (!styled && "s".equals(name)) {
                styled = true;
                typed.getAttributeAs(i, attribute.number());
                style = attribute.result;
            }
        }
        column = parsed >= 0 ? parsed : column + 1;
        value = null;
        formula = false;
    }

    private void endCell() {
        if (value == null) {
            return;
        }
        cells.add(toCell());
    }

    private Cell toCell() {
        if (type == null || "n".equals(type)) {
            return number();
        }
        switch (type) {
            case "s":
                return Cell.ofString(rowNumber, column, shared(), formula);
            case "inlineStr":
            case "str":
                return Cell.ofString(rowNumber, column, ExcelText.decode(value), formula);
            case "b":
                return Cell.ofBoolean(rowNumber, column,
                        "1".equals(value.trim()) || "true".equalsIgnoreCase(value.trim()),
                        formula);
            case "e":
                return Cell.ofError(rowNumber, column, value, formula);
            case "d":
                return isoDate();
            default:
                throw Refusals.malformed(part, "cell " + Cell.columnName(column) + rowNumber
                        + " has unknown type " + type, null);
        }
    }

    private Cell number() {
        if (styles.isDate(style)) {
            LocalDateTime dateTime = parseSerial(value);
            if (dateTime != null) {
                return Cell.ofDate(rowNumber, column, value, dateTime, formula);
            }
        }
        return Cell.ofNumber(rowNumber, column, value, formula);
    }

    private LocalDateTime parseSerial(String number) {
        try {
            return DateFormats.fromSerial(Double.parseDouble(number), date1904);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Cell isoDate() {
        try {
            String iso = value.trim();
            LocalDateTime dateTime = iso.length() <= 10 ? LocalDate.parse(iso).atStartOfDay()
                    : LocalDateTime.parse(iso.endsWith("Z") ? iso.substring(0, iso.length() - 1)
                            : iso);
            String serial = Double.toString(DateFormats.toSerial(dateTime));
            return Cell.ofDate(rowNumber, column,
                    serial.endsWith(".0") ? serial.substring(0, serial.length() - 2) : serial,
                    dateTime, formula);
        } catch (DateTimeParseException e) {
            return Cell.ofString(rowNumber, column, value, formula);
        }
    }

    private String shared() {
        if (sharedIndex < 0 || sharedIndex >= sharedStrings.size()) {
            throw Refusals.malformed(part, "cell " + Cell.columnName(column) + rowNumber
                    + " refers to shared string " + (sharedIndex < 0 ? "by no number"
                            : String.valueOf(sharedIndex)) + " of "
                    + sharedStrings.size(), null);
        }
        return sharedStrings.get(sharedIndex);
    }

    private Row endRow() {
        rowsRead++;
        inRow = false;
        List<Cell> filled = merged.fill(rowNumber, cells);
        Row row;
        try {
            row = Row.of(sheetName, rowNumber, filled);
        } catch (IllegalArgumentException e) {
            throw Refusals.malformed(part, "the cells of row " + rowNumber
                    + " are not in column order", e);
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("Sheet {} row {} read: {} cells", sheetName, rowNumber, filled.size());
        }
        return row;
    }

    /** Reads the text content of the current element, up to its end. */
    private String readText() throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
            return "";
        }
        String first = isText(event) ? xml.getText() : "";
        event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
            return first;
        }
        text.setLength(0);
        text.append(first);
        while (event != XMLStreamConstants.END_ELEMENT) {
            if (isText(event)) {
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                checkLength();
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw Refusals.malformed(part, "element inside a value", null);
            }
            event = xml.next();
        }
        return text.toString();
    }

    /** Reads an inline string ({@code is}), its runs concatenated and phonetic runs left out. */
    private String readInline() throws XMLStreamException {
        text.setLength(0);
        int depth = 1;
        int phonetic = 0;
        boolean inText = false;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = xml.getLocalName();
                if ("rPh".equals(name)) {
                    phonetic++;
                } else if ("t".equals(name)) {
                    inText = phonetic == 0;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String name = xml.getLocalName();
                if ("rPh".equals(name)) {
                    phonetic--;
                } else if ("t".equals(name)) {
                    inText = false;
                }
            } else if (inText && isText(event)) {
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                checkLength();
            }
        }
        return text.toString();
    }

    private void checkLength() {
        if (text.length() > limits.maxCellChars()) {
            throw Refusals.malformed(part, "cell " + Cell.columnName(column) + rowNumber
                    + " is longer than " + limits.maxCellChars() + " characters", null);
        }
    }

    /**
     * Decodes an attribute straight from the parser's characters: a cell reference to its
     * 0-based column, or digits to a number, -1 where it is neither (as {@link CellRefs#column}
     * and {@link #parsePositive} read them), or a cell type to one of the constant strings of
     * the types a cell may have, a string made only for another type.
     */
    private static final class AttributeDecoder extends TypedValueDecoder {

        private static final String[] TYPES = {"s", "n", "str", "inlineStr", "b", "e", "d"};

        private final CharSequenceView view = new CharSequenceView();
        private int mode;
        private int result;
        private String text;

        AttributeDecoder column() {
            mode = 0;
            return this;
        }

        AttributeDecoder number() {
            mode = 1;
            return this;
        }

        AttributeDecoder type() {
            mode = 2;
            return this;
        }

        @Override
        public void decode(String value) {
            decode(value.toCharArray(), 0, value.length());
        }

        @Override
        public void decode(char[] buffer, int start, int end) {
            view.set(buffer, start, end);
            if (mode == 0) {
                result = CellRefs.column(view);
            } else if (mode == 1) {
                result = parsePositive(view);
            } else {
                text = typeOf(view);
            }
        }

        private static String typeOf(CharSequence value) {
            for (String type : TYPES) {
                if (type.contentEquals(value)) {
                    return type;
                }
            }
            return value.toString();
        }

        @Override
        public void handleEmptyValue() {
            result = -1;
            text = "";
        }
    }

    /** A window on a char array, read as a sequence without copying it. */
    private static final class CharSequenceView implements CharSequence {

        private char[] buffer;
        private int start;
        private int length;

        void set(char[] chars, int from, int to) {
            buffer = chars;
            start = from;
            length = to - from;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public char charAt(int index) {
            return buffer[start + index];
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new String(buffer, start + from, to - from);
        }

        @Override
        public String toString() {
            return new String(buffer, start, length);
        }
    }

    private static boolean isText(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                || event == XMLStreamConstants.SPACE;
    }

    private static int parsePositive(CharSequence digits) {
        if (digits.isEmpty() || digits.length() > 10) {
            return -1;
        }
        long number = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number > Integer.MAX_VALUE ? -1 : (int) number;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            xml.close();
            in.close();
        } catch (XMLStreamException | IOException e) {
            LOG.debug("Closing sheet {} failed", sheetName, e);
        }
    }
}
