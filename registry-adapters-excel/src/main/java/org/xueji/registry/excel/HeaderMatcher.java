package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a sheet's header row among its first rows and matches its columns to definitions, in any
 * order and under any of their names.
 *
 * <p>Titles and notes often sit above the header, so every one of the first rows is tried and the
 * row matching the most definitions wins (the first such row on a tie). Header texts are
 * normalised before they are compared: full-width forms become ASCII (NFKC), white space and line
 * breaks anywhere are dropped, required-column marks ({@code *}) are dropped, trailing notes in
 * brackets such as {@code （必填）} or {@code 【格式：2020-09】} are dropped, and letters are
 * compared without case. So {@code *身份证件号\n（必填）} matches 身份证件号. The matcher knows
 * nothing of provinces: what a column may be called is all in the definitions.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HeaderMatcher {

    /** How many rows from the top of a sheet are searched for the header by default. */
    public static final int DEFAULT_SEARCH_ROWS = 20;

    private static final Logger LOG = LoggerFactory.getLogger(HeaderMatcher.class);
    private static final Pattern SPACE_AND_MARKS = Pattern.compile("[\\s*\\u200B\\uFEFF]+");
    private static final Pattern TRAILING_NOTE = Pattern.compile(
            "(?:\\([^()]*\\)|\\[[^\\[\\]]*\\]|【[^【】]*】|〔[^〔〕]*〕)$");

    private final List<ColumnDefinition> definitions;
    private final Map<String, ColumnDefinition> byName;
    private final int searchRows;

    private HeaderMatcher(List<ColumnDefinition> definitions, int searchRows) {
        this.definitions = List.copyOf(definitions);
        this.searchRows = searchRows;
        Map<String, ColumnDefinition> names = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (ColumnDefinition definition : this.definitions) {
            if (keys.put(definition.key(), definition.header()) != null) {
                throw new IllegalArgumentException("two definitions have key " + definition.key());
            }
            List<String> all = new ArrayList<>(definition.aliases());
            all.add(0, definition.header());
            for (String name : all) {
                ColumnDefinition other = names.putIfAbsent(normalise(name), definition);
                if (other != null && other != definition) {
                    throw new IllegalArgumentException("the header " + name + " means both "
                            + other.key() + " and " + definition.key());
                }
            }
        }
        this.byName = names;
    }

    /**
     * Creates a matcher that searches the first {@value #DEFAULT_SEARCH_ROWS} rows.
     *
     * @param definitions  the columns the import knows, not null
     * @return the matcher, not null
     * @throws IllegalArgumentException if two definitions share a key, or a header or alias
     *     names two definitions once normalised
     */
    public static HeaderMatcher of(List<ColumnDefinition> definitions) {
        return new HeaderMatcher(requireNonNull(definitions, "definitions"), DEFAULT_SEARCH_ROWS);
    }

    /**
     * Returns a copy that searches another number of rows from the top.
     *
     * @param rows  the number of rows, positive
     * @return the new matcher, not null
     * @throws IllegalArgumentException if the number is not positive
     */
    public HeaderMatcher withSearchRows(int rows) {
        if (rows <= 0) {
            throw new IllegalArgumentException("rows must be positive: " + rows);
        }
        return new HeaderMatcher(definitions, rows);
    }

    /**
     * Normalises a header text as the class documentation describes.
     *
     * @param header  the header as written, not null
     * @return the normalised header, possibly empty, not null
     */
    public static String normalise(String header) {
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC);
        text = SPACE_AND_MARKS.matcher(text).replaceAll("");
        String previous;
        do {
            previous = text;
            text = TRAILING_NOTE.matcher(text).replaceFirst("");
        } while (!text.equals(previous) && !text.isEmpty());
        return text.isEmpty() ? previous.toLowerCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
    }

    /**
     * Finds the header among rows already read.
     *
     * @param rows  the first rows of a sheet, of which at most the search limit are tried, not
     *     null
     * @param sheetName  the sheet's name, for messages, not null
     * @return the match, not null; {@link HeaderMatch#isFound()} tells whether any row matched
     */
    public HeaderMatch match(List<Row> rows, String sheetName) {
        requireNonNull(sheetName, "sheetName");
        Row best = null;
        int bestCount = 0;
        for (int i = 0; i < Math.min(rows.size(), searchRows); i++) {
            int count = countMatches(rows.get(i));
            if (count > bestCount) {
                best = rows.get(i);
                bestCount = count;
            }
        }
        return best == null ? notFound(sheetName) : matchRow(best, sheetName);
    }

    /**
     * Reads the first rows of a sheet, finds the header among them and returns the match with
     * the rows after the header, so that the caller reads each row of the sheet once.
     *
     * <p>Logs a warning naming the columns no definition knows, once per sheet.
     *
     * @param rows  the sheet's rows, none read yet, not null
     * @return the match and the data rows, not null
     * @throws WorkbookException if the sheet cannot be read
     */
    public LocatedHeader locate(SheetRows rows) {
        List<Row> first = new ArrayList<>();
        while (first.size() < searchRows && rows.hasNext()) {
            first.add(rows.next());
        }
        HeaderMatch match = match(first, rows.sheetName());
        if (!match.unknownColumns().isEmpty()) {
            LOG.warn("Sheet {} header row {}: columns ignored, no definition knows them: {}",
                    match.sheetName(), match.rowNumber(), match.unknownColumns().values());
        }
        LOG.debug("Sheet {}: header in row {}, columns {}", match.sheetName(),
                match.rowNumber(), match.columns());
        int skip = 0;
        while (match.isFound() && skip < first.size()
                && first.get(skip).rowNumber() <= match.rowNumber()) {
            skip++;
        }
        return new LocatedHeader(match, first.subList(match.isFound() ? skip : 0, first.size()),
                rows);
    }

    private int countMatches(Row row) {
        int count = 0;
        for (Cell cell : row.cells()) {
            if (cell.type() == CellType.STRING && byName.containsKey(normalise(cell.text()))) {
                count++;
            }
        }
        return count;
    }

    private HeaderMatch matchRow(Row row, String sheetName) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<Integer, String> headers = new LinkedHashMap<>();
        Map<Integer, String> unknown = new LinkedHashMap<>();
        Map<Integer, String> duplicates = new LinkedHashMap<>();
        for (Cell cell : row.cells()) {
            String text = CellValues.text(cell);
            if (text.isEmpty()) {
                continue;
            }
            headers.put(cell.columnIndex(), text);
            ColumnDefinition definition = byName.get(normalise(text));
            if (definition == null) {
                unknown.put(cell.columnIndex(), text);
            } else if (columns.putIfAbsent(definition.key(), cell.columnIndex()) != null) {
                duplicates.put(cell.columnIndex(), text);
            }
        }
        List<String> missing = new ArrayList<>();
        for (ColumnDefinition definition : definitions) {
            if (definition.isRequired() && !columns.containsKey(definition.key())) {
                missing.add(definition.header());
            }
        }
        return new HeaderMatch(sheetName, row.rowNumber(), searchRows, columns, headers, missing,
                unknown, duplicates);
    }

    private HeaderMatch notFound(String sheetName) {
        List<String> missing = new ArrayList<>();
        for (ColumnDefinition definition : definitions) {
            if (definition.isRequired()) {
                missing.add(definition.header());
            }
        }
        return new HeaderMatch(sheetName, 0, searchRows, Map.of(), Map.of(), missing, Map.of(),
                Map.of());
    }

    /**
     * A sheet's header as found, with the rows that follow it.
     *
     * <p>Instances are not thread-safe: they hold the sheet being read.
     */
    public static final class LocatedHeader {

        private final HeaderMatch match;
        private final List<Row> buffered;
        private final SheetRows rest;

        LocatedHeader(HeaderMatch match, List<Row> buffered, SheetRows rest) {
            this.match = match;
            this.buffered = buffered;
            this.rest = rest;
        }

        /**
         * Returns where the header is and what its columns hold.
         *
         * @return the match, not null
         */
        public HeaderMatch match() {
            return match;
        }

        /**
         * Returns the rows after the header row, read rows first, then the rest of the sheet.
         * Where no header was found these are all the sheet's rows.
         *
         * @return an iterator over the data rows, to be used once, not null
         */
        public Iterator<Row> dataRows() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < buffered.size() || rest.hasNext();
                }

                @Override
                public Row next() {
                    if (next < buffered.size()) {
                        return buffered.get(next++);
                    }
                    if (!rest.hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return rest.next();
                }
            };
        }
    }
}
