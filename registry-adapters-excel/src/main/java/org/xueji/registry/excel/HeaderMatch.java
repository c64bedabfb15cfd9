package org.xueji.registry.excel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * Where a sheet's header row is and which column holds which definition, as
 * {@link HeaderMatcher} found it; with the required columns the sheet lacks and the columns no
 * definition knows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HeaderMatch {

    private final String sheetName;
    private final int rowNumber;
    private final int searchedRows;
    private final Map<String, Integer> columns;
    private final Map<Integer, String> headers;
    private final List<String> missing;
    private final Map<Integer, String> unknown;
    private final Map<Integer, String> duplicates;

    HeaderMatch(String sheetName, int rowNumber, int searchedRows, Map<String, Integer> columns,
            Map<Integer, String> headers, List<String> missing, Map<Integer, String> unknown,
            Map<Integer, String> duplicates) {
        this.sheetName = sheetName;
        this.rowNumber = rowNumber;
        this.searchedRows = searchedRows;
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.missing = List.copyOf(missing);
        this.unknown = Collections.unmodifiableMap(new LinkedHashMap<>(unknown));
        this.duplicates = Collections.unmodifiableMap(new LinkedHashMap<>(duplicates));
    }

    /**
     * Returns the name of the sheet the header was looked for in.
     *
     * @return the sheet name, not null
     */
    public String sheetName() {
        return sheetName;
    }

    /**
     * Tells whether a header row was found at all: a row matching at least one definition.
     *
     * @return true if {@link #rowNumber()} is a row of the sheet
     */
    public boolean isFound() {
        return rowNumber > 0;
    }

    /**
     * Returns the header row's number as the spreadsheet shows it.
     *
     * @return the row number, or 0 if no header row was found
     */
    public int rowNumber() {
        return rowNumber;
    }

    /**
     * Returns the column holding a definition.
     *
     * @param key  the definition's key, not null
     * @return the 0-based column index, or empty if the sheet lacks the column
     */
    public OptionalInt columnOf(String key) {
        Integer column = columns.get(key);
        return column == null ? OptionalInt.empty() : OptionalInt.of(column);
    }

    /**
     * Returns the columns found, by definition key, in column order.
     *
     * @return an unmodifiable map from key to 0-based column index, not null
     */
    public Map<String, Integer> columns() {
        return columns;
    }

    /**
     * Returns the header of a column as the sheet wrote it, as reports name the column.
     *
     * @param columnIndex  the 0-based column index
     * @return the header text, or the column's letters where the header row has nothing there
     */
    public String headerOf(int columnIndex) {
        String header = headers.get(columnIndex);
        return header != null ? header : Cell.columnName(columnIndex);
    }

    /**
     * Returns the canonical headers of the required columns the sheet lacks.
     *
     * @return an unmodifiable list in definition order, empty if none is missing, not null
     */
    public List<String> missingRequired() {
        return missing;
    }

    /**
     * Returns the headers of the header row that no definition knows; their columns are ignored.
     *
     * @return an unmodifiable map from 0-based column index to header text, not null
     */
    public Map<Integer, String> unknownColumns() {
        return unknown;
    }

    /**
     * Returns the columns whose header matches a definition an earlier column already matched;
     * the earlier column is used and these are ignored.
     *
     * @return an unmodifiable map from 0-based column index to header text, not null
     */
    public Map<Integer, String> duplicateColumns() {
        return duplicates;
    }

    /**
     * Tells whether a header row was found with every required column.
     *
     * @return true if the sheet can be imported
     */
    public boolean isComplete() {
        return isFound() && missing.isEmpty();
    }

    /**
     * Checks that the sheet can be imported.
     *
     * @return this match, for chaining, not null
     * @throws RegistryException with code {@link ErrorCode#MISSING_COLUMNS} if no header row was
     *     found or a required column is missing; the message lists every missing column
     */
    public HeaderMatch requireComplete() {
        if (!isFound()) {
            throw new RegistryException(ErrorCode.MISSING_COLUMNS,
                    "工作表“" + sheetName + "”的前 " + searchedRows + " 行中没有找到表头行",
                    "no header row found in the first " + searchedRows + " rows of sheet "
                            + sheetName);
        }
        if (!missing.isEmpty()) {
            throw new RegistryException(ErrorCode.MISSING_COLUMNS,
                    "工作表“" + sheetName + "”第 " + rowNumber + " 行的表头缺少必需的列："
                            + String.join("、", missing),
                    "the header in row " + rowNumber + " of sheet " + sheetName
                            + " lacks the required columns: " + String.join(", ", missing));
        }
        return this;
    }

    @Override
    public String toString() {
        return "HeaderMatch[" + sheetName + "!" + rowNumber + ", columns=" + columns
                + ", missing=" + missing + ", unknown=" + unknown.values() + "]";
    }
}
