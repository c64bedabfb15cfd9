package org.xueji.registry.excel.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.xueji.registry.excel.Cell;

/**
 * The merged areas of a sheet, and the filling of their cells with the value of the area's
 * top-left cell as rows pass by in increasing order.
 *
 * <p>An instance remembers the top-left values of the areas it has passed, so it serves one pass
 * over one sheet.
 */
final class MergedAreas {

    private static final int MAX_COLUMN = 16_383;

    private final int[][] areas;
    private final Cell[] topLeft;
    private final List<Integer> active = new ArrayList<>();
    private int next;

    private MergedAreas(List<int[]> areas) {
        this.areas = areas.toArray(new int[0][]);
        Arrays.sort(this.areas, Comparator.comparingInt(area -> area[0]));
        this.topLeft = new Cell[this.areas.length];
    }

    static MergedAreas none() {
        return new MergedAreas(List.of());
    }

    /**
     * Parses areas such as {@code A1:C3}; references that do not parse are left out.
     *
     * @param refs  the areas' references
     */
    static MergedAreas of(List<String> refs) {
        List<int[]> areas = new ArrayList<>(refs.size());
        for (String ref : refs) {
            int colon = ref.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String first = ref.substring(0, colon);
            String last = ref.substring(colon + 1);
            int[] area = {CellRefs.row(first), CellRefs.row(last), CellRefs.column(first),
                Math.min(CellRefs.column(last), MAX_COLUMN)};
            if (area[0] > 0 && area[1] >= area[0] && area[2] >= 0 && area[3] >= area[2]) {
                areas.add(area);
            }
        }
        return new MergedAreas(areas);
    }

    int size() {
        return areas.length;
    }

    /**
     * Returns the cells of a row with the merged areas filled in: each cell of an area takes the
     * value of the area's top-left cell, or is left out where that cell is blank.
     *
     * @param rowNumber  the row, not less than any row passed before
     * @param cells  the row's cells as read, in column order
     * @return the cells with the areas filled, in column order; the given list if no area covers
     *     the row
     */
    List<Cell> fill(int rowNumber, List<Cell> cells) {
        advance(rowNumber);
        if (active.isEmpty()) {
            return cells;
        }
        TreeMap<Integer, Cell> byColumn = new TreeMap<>();
        for (Cell cell : cells) {
            byColumn.put(cell.columnIndex(), cell);
        }
        for (int index : active) {
            int[] area = areas[index];
            if (area[0] == rowNumber) {
                topLeft[index] = byColumn.get(area[2]);
            }
            Cell value = topLeft[index];
            for (int column = area[2]; column <= area[3]; column++) {
                if (rowNumber == area[0] && column == area[2]) {
                    continue;
                }
                if (value == null) {
                    byColumn.remove(column);
                } else {
                    byColumn.put(column, value.copyTo(rowNumber, column));
                }
            }
        }
        return new ArrayList<>(byColumn.values());
    }

    private void advance(int rowNumber) {
        active.removeIf(index -> areas[index][1] < rowNumber);
        while (next < areas.length && areas[next][0] <= rowNumber) {
            if (areas[next][1] >= rowNumber) {
                active.add(next);
            }
            next++;
        }
    }
}
