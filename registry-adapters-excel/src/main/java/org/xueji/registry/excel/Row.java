package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * One row of a sheet: its sheet, its number as the spreadsheet shows it and the cells that hold a
 * value, in column order.
 *
 * <p>Cells without a value are left out of {@link #cells()}; {@link #cell(int)} answers a blank
 * cell for them, so callers can ask for any column.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Row {

    private static final Cell[] NO_CELLS = new Cell[0];

    private final String sheetName;
    private final int rowNumber;
    private final Cell[] cells;

    private Row(String sheetName, int rowNumber, Cell[] cells) {
        this.sheetName = sheetName;
        this.rowNumber = rowNumber;
        this.cells = cells;
    }

    /**
     * Creates a row from its cells.
     *
     * @param sheetName  the name of the sheet, not null
     * @param rowNumber  the 1-based row number
     * @param cells  the cells of this row, each with this row number, in strictly increasing
     *     column order, not null
     * @return the row, not null
     * @throws IllegalArgumentException if a cell belongs to another row or the cells are not in
     *     strictly increasing column order
     */
    public static Row of(String sheetName, int rowNumber, List<Cell> cells) {
        requireNonNull(sheetName, "sheetName");
        Cell[] array = cells.isEmpty() ? NO_CELLS : cells.toArray(NO_CELLS);
        int previous = -1;
        for (Cell cell : array) {
            if (cell.rowNumber() != rowNumber || cell.columnIndex() <= previous) {
                throw new IllegalArgumentException("cell " + cell.reference()
                        + " does not belong at this place in row " + rowNumber);
            }
            previous = cell.columnIndex();
        }
        return new Row(sheetName, rowNumber, array);
    }

    /**
     * Returns the name of the sheet this row belongs to.
     *
     * @return the sheet name, not null
     */
    public String sheetName() {
        return sheetName;
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
     * Returns the cells that hold a value, in column order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Cell> cells() {
        return new AbstractList<>() {
            @Override
            public Cell get(int index) {
                return cells[index];
            }

            @Override
            public int size() {
                return cells.length;
            }
        };
    }

    /**
     * Returns the cell in a column, or a blank cell where the row holds none.
     *
     * @param columnIndex  the 0-based column index
     * @return the cell, not null
     * @throws IllegalArgumentException if the index is negative
     */
    public Cell cell(int columnIndex) {
        if (columnIndex < 0) {
            throw new IllegalArgumentException("columnIndex must not be negative: " + columnIndex);
        }
        if (columnIndex < cells.length && cells[columnIndex].columnIndex() == columnIndex) {
            return cells[columnIndex];
        }
        int found = search(columnIndex);
        return found >= 0 ? cells[found] : Cell.blank(rowNumber, columnIndex);
    }

    /**
     * Returns the number of columns up to the last cell that holds a value.
     *
     * @return the index of the last cell plus one, or 0 for an empty row
     */
    public int width() {
        return cells.length == 0 ? 0 : cells[cells.length - 1].columnIndex() + 1;
    }

    /**
     * Tells whether the row has no cell with anything to read in it.
     *
     * @return true if every cell is blank or white space
     */
    public boolean isBlank() {
        for (Cell cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return sheetName + "!" + rowNumber + Arrays.toString(cells);
    }

    private int search(int columnIndex) {
        int low = 0;
        int high = cells.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int column = cells[middle].columnIndex();
            if (column < columnIndex) {
                low = middle + 1;
            } else if (column > columnIndex) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }
}
