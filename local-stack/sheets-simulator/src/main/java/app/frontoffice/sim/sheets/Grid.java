package app.frontoffice.sim.sheets;

import app.frontoffice.sim.sheets.A1Range.Area;
import java.util.ArrayList;
import java.util.List;

/**
 * The cells of one tab. Rows are stored as lists of cells, with null for an empty cell; the grid size
 * ({@link #rowCount()} x {@link #colCount()}) is what {@code spreadsheets.get} reports and starts at the
 * 1000 x 26 of a new Google sheet, growing when a write goes past it.
 *
 * <p>Not thread-safe on its own: {@link Spreadsheet} guards every access with its lock.
 */
final class Grid {

    static final int DEFAULT_ROWS = 1000;
    static final int DEFAULT_COLS = 26;

    private final int sheetId;
    private final String title;
    private final List<List<Cell>> rows = new ArrayList<>();
    private int rowCount = DEFAULT_ROWS;
    private int colCount = DEFAULT_COLS;

    Grid(int sheetId, String title) {
        this.sheetId = sheetId;
        this.title = title;
    }

    int sheetId() {
        return sheetId;
    }

    String title() {
        return title;
    }

    int rowCount() {
        return rowCount;
    }

    int colCount() {
        return colCount;
    }

    Cell get(int row, int col) {
        if (row >= rows.size()) {
            return null;
        }
        List<Cell> r = rows.get(row);
        return col < r.size() ? r.get(col) : null;
    }

    /** Sets or (with null) empties a cell, growing the grid like Sheets does when writing past its edge. */
    void put(int row, int col, Cell cell) {
        if (cell == null && get(row, col) == null) {
            return; // nothing to clear; avoid growing storage for no reason
        }
        while (rows.size() <= row) {
            rows.add(new ArrayList<>());
        }
        List<Cell> r = rows.get(row);
        while (r.size() <= col) {
            r.add(null);
        }
        r.set(col, cell);
        rowCount = Math.max(rowCount, row + 1);
        colCount = Math.max(colCount, col + 1);
    }

    void clear(Area area) {
        Area a = area.boundedBy(rowCount, colCount);
        int lastRow = Math.min(a.endRow(), rows.size() - 1);
        for (int row = a.startRow(); row <= lastRow; row++) {
            List<Cell> r = rows.get(row);
            int lastCol = Math.min(a.endCol(), r.size() - 1);
            for (int col = a.startCol(); col <= lastCol; col++) {
                r.set(col, null);
            }
        }
    }

    /**
     * Reads an area the way the API returns it: trailing empty cells of each row and trailing empty rows
     * are dropped, empty rows in the middle stay as empty lists, and nulls stand for empty cells in between.
     */
    List<List<Cell>> read(Area area) {
        Area a = area.boundedBy(rowCount, colCount);
        List<List<Cell>> out = new ArrayList<>();
        int lastRow = Math.min(a.endRow(), rows.size() - 1);
        for (int row = a.startRow(); row <= lastRow; row++) {
            List<Cell> r = rows.get(row);
            List<Cell> line = new ArrayList<>();
            int lastCol = Math.min(a.endCol(), r.size() - 1);
            for (int col = a.startCol(); col <= lastCol; col++) {
                line.add(r.get(col));
            }
            trimTrailingNulls(line);
            out.add(line);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The 0-based index of the last row in [startRow, endRow] with a value in [startCol, endCol], or -1. */
    int lastUsedRow(Area area) {
        Area a = area.boundedBy(rowCount, colCount);
        for (int row = Math.min(a.endRow(), rows.size() - 1); row >= a.startRow(); row--) {
            for (int col = a.startCol(); col <= a.endCol(); col++) {
                if (get(row, col) != null) {
                    return row;
                }
            }
        }
        return -1;
    }

    /** Number of rows up to the last one holding a value (for the HTML view). */
    int usedRows() {
        for (int row = rows.size() - 1; row >= 0; row--) {
            if (rows.get(row).stream().anyMatch(c -> c != null)) {
                return row + 1;
            }
        }
        return 0;
    }

    /** Number of columns up to the last one holding a value in any row (for the HTML view). */
    int usedCols() {
        int max = 0;
        for (List<Cell> r : rows) {
            for (int col = r.size() - 1; col >= max; col--) {
                if (r.get(col) != null) {
                    max = col + 1;
                    break;
                }
            }
        }
        return max;
    }

    static void trimTrailingNulls(List<Cell> line) {
        while (!line.isEmpty() && line.get(line.size() - 1) == null) {
            line.remove(line.size() - 1);
        }
    }
}
