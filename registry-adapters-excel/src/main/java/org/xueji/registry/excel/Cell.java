package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One cell of a sheet as the workbook stored it: its position and its value, before any
 * interpretation ({@link CellValues} interprets it as a clerk meant it).
 *
 * <p>Every cell has a {@link #text()}: the string of a string cell; the number of a number or
 * date cell exactly as the file wrote it (for example {@code 1.10101200001012E+17} or
 * {@code 43905}); {@code TRUE} or {@code FALSE}; an error's code such as {@code #N/A}; or the
 * empty string for a blank cell. A formula's cell holds the value Excel cached when it last
 * calculated the formula, and {@link #isFormula()} tells that there was a formula. A cell inside a
 * merged area holds the value of the area's top-left cell.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cell {

    private final int rowNumber;
    private final int columnIndex;
    private final CellType type;
    private final String text;
    private final LocalDateTime dateTime;
    private final boolean formula;

    private Cell(int rowNumber, int columnIndex, CellType type, String text,
            LocalDateTime dateTime, boolean formula) {
        if (rowNumber < 1) {
            throw new IllegalArgumentException("rowNumber must be at least 1: " + rowNumber);
        }
        if (columnIndex < 0) {
            throw new IllegalArgumentException("columnIndex must not be negative: " + columnIndex);
        }
        this.rowNumber = rowNumber;
        this.columnIndex = columnIndex;
        this.type = type;
        this.text = requireNonNull(text, "text");
        this.dateTime = dateTime;
        this.formula = formula;
    }

    /**
     * Creates a string cell.
     *
     * @param rowNumber  the 1-based row number
     * @param columnIndex  the 0-based column index (A is 0)
     * @param text  the string, not null
     * @param formula  whether a formula produced the string
     * @return the cell, not null
     * @throws IllegalArgumentException if the row number or column index is out of range
     */
    public static Cell ofString(int rowNumber, int columnIndex, String text, boolean formula) {
        return new Cell(rowNumber, columnIndex, CellType.STRING, text, null, formula);
    }

    /**
     * Creates a number cell from the number's text as the file wrote it.
     *
     * @param rowNumber  the 1-based row number
     * @param columnIndex  the 0-based column index (A is 0)
     * @param number  the number as written, such as {@code 12.5} or {@code 1.2E+17}, not null
     * @param formula  whether a formula produced the number
     * @return the cell, not null
     * @throws IllegalArgumentException if the row number or column index is out of range
     */
    public static Cell ofNumber(int rowNumber, int columnIndex, String number, boolean formula) {
        return new Cell(rowNumber, columnIndex, CellType.NUMBER, number, null, formula);
    }

    /**
     * Creates a date cell: a number in a date format, with the date and time it stands for.
     *
     * @param rowNumber  the 1-based row number
     * @param columnIndex  the 0-based column index (A is 0)
     * @param number  the serial number as written, not null
     * @param dateTime  the date and time in the workbook's date system, not null
     * @param formula  whether a formula produced the date
     * @return the cell, not null
     * @throws IllegalArgumentException if the row number or column index is out of range
     */
    public static Cell ofDate(int rowNumber, int columnIndex, String number,
            LocalDateTime dateTime, boolean formula) {
        requireNonNull(dateTime, "dateTime");
        return new Cell(rowNumber, columnIndex, CellType.DATE, number, dateTime, formula);
    }

    /**
     * Creates a boolean cell.
     *
     * @param rowNumber  the 1-based row number
     * @param columnIndex  the 0-based column index (A is 0)
     * @param value  the value
     * @param formula  whether a formula produced the value
     * @return the cell, not null
     * @throws IllegalArgumentException if the row number or column index is out of range
     */
    public static Cell ofBoolean(int rowNumber, int columnIndex, boolean value, boolean formula) {
        return new Cell(rowNumber, columnIndex, CellType.BOOLEAN, value ? "TRUE" : "FALSE", null,
                formula);
    }

    /**
     * Creates an error cell.
     *
     * @param rowNumber  the 1-based row number
     * @param columnIndex  the 0-based column index (A is 0)
     * @param error  the error code as Excel shows it, such as {@code #N/A}, not null
     * @param formula  whether a formula produced the error
     * @return the cell, not null
     * @throws IllegalArgumentException if the row number or column index is out of range
     */
    public static Cell ofError(int rowNumber, int columnIndex, String error, boolean formula) {
        return new Cell(rowNumber, columnIndex, CellType.ERROR, error, null, formula);
    }

    /**
     * Creates a blank cell.
     *
     * @param rowNumber  the 1-based row number
     * @param columnIndex  the 0-based column index (A is 0)
     * @return the cell, not null
     * @throws IllegalArgumentException if the row number or column index is out of range
     */
    public static Cell blank(int rowNumber, int columnIndex) {
        return new Cell(rowNumber, columnIndex, CellType.BLANK, "", null, false);
    }

    /**
     * Returns a cell at another position holding this cell's value, as a merged area shows the
     * value of its top-left cell in all of its cells.
     *
     * @param rowNumber  the 1-based row number of the copy
     * @param columnIndex  the 0-based column index of the copy
     * @return the copy, not null
     * @throws IllegalArgumentException if the row number or column index is out of range
     */
    public Cell copyTo(int rowNumber, int columnIndex) {
        return new Cell(rowNumber, columnIndex, type, text, dateTime, formula);
    }

    /**
     * Returns the row number as the spreadsheet shows it, starting at 1.
     *
     * @return the row number, at least 1
     */
    public int rowNumber() {
        return rowNumber;
    }

    /**
     * Returns the column's index, starting at 0 for column A.
     *
     * @return the column index, not negative
     */
    public int columnIndex() {
        return columnIndex;
    }

    /**
     * Returns the column's name as the spreadsheet shows it, such as {@code C} or {@code AA}.
     *
     * @return the column name, not null
     */
    public String columnName() {
        return columnName(columnIndex);
    }

    /**
     * Returns the cell's reference as the spreadsheet shows it, such as {@code C17}.
     *
     * @return the reference, not null
     */
    public String reference() {
        return columnName(columnIndex) + rowNumber;
    }

    /**
     * Returns the kind of value the cell holds.
     *
     * @return the type, not null
     */
    public CellType type() {
        return type;
    }

    /**
     * Returns the cell's value as text, as the class documentation describes.
     *
     * @return the text, empty for a blank cell, not null
     */
    public String text() {
        return text;
    }

    /**
     * Tells whether the cell is blank or holds only white space.
     *
     * @return true if there is nothing to read in the cell
     */
    public boolean isBlank() {
        return type == CellType.BLANK || text.isBlank();
    }

    /**
     * Tells whether a formula produced the cell's value.
     *
     * @return true for a formula's cached value
     */
    public boolean isFormula() {
        return formula;
    }

    /**
     * Returns the number a number or date cell holds.
     *
     * @return the number
     * @throws IllegalStateException if the cell is neither a number nor a date
     */
    public double number() {
        if (type != CellType.NUMBER && type != CellType.DATE) {
            throw new IllegalStateException("cell " + reference() + " is " + type);
        }
        return Double.parseDouble(text);
    }

    /**
     * Returns the date and time a date cell holds, in the workbook's date system.
     *
     * @return the date and time, not null
     * @throws IllegalStateException if the cell is not a date
     */
    public LocalDateTime dateTime() {
        if (type != CellType.DATE) {
            throw new IllegalStateException("cell " + reference() + " is " + type);
        }
        return dateTime;
    }

    /**
     * Returns the date a date cell holds, without its time of day.
     *
     * @return the date, not null
     * @throws IllegalStateException if the cell is not a date
     */
    public LocalDate date() {
        return dateTime().toLocalDate();
    }

    /**
     * Returns the name of a column as a spreadsheet shows it.
     *
     * @param columnIndex  the 0-based column index
     * @return the name, such as {@code A} for 0 and {@code AA} for 26, not null
     * @throws IllegalArgumentException if the index is negative
     */
    public static String columnName(int columnIndex) {
        if (columnIndex < 0) {
            throw new IllegalArgumentException("columnIndex must not be negative: " + columnIndex);
        }
        char[] letters = new char[7];
        int position = letters.length;
        int rest = columnIndex + 1;
        while (rest > 0) {
            int digit = (rest - 1) % 26;
            letters[--position] = (char) ('A' + digit);
            rest = (rest - 1) / 26;
        }
        return new String(letters, position, letters.length - position);
    }

    /**
     * Returns whether another object is a cell at the same position with the same value.
     *
     * @param other  the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Cell
                && ((Cell) other).rowNumber == rowNumber
                && ((Cell) other).columnIndex == columnIndex
                && ((Cell) other).type == type
                && ((Cell) other).formula == formula
                && ((Cell) other).text.equals(text)
                && Objects.equals(((Cell) other).dateTime, dateTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowNumber, columnIndex, type, text);
    }

    /**
     * Returns the reference, the type and, for short values, the value; a long value is cut so
     * that an identity number does not travel whole into a log.
     *
     * @return a description for debugging, not null
     */
    @Override
    public String toString() {
        String shown = text.length() <= 6 ? text : text.substring(0, 6) + "…";
        return reference() + ":" + type + (text.isEmpty() ? "" : "[" + shown + "]");
    }
}
