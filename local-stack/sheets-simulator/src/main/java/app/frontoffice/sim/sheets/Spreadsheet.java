package app.frontoffice.sim.sheets;

import app.frontoffice.sim.sheets.A1Range.Area;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One spreadsheet: a title and ordered tabs. Every method is synchronized, so a batch call (several ranges)
 * is validated completely before any cell changes, and readers never see half of a batch.
 *
 * <p>Cell edits are passed as {@code List<List<Optional<Cell>>>}: a present value sets the cell, an empty
 * Optional empties it (the API's {@code ""}), and a Java null leaves it unchanged (the API's JSON null).
 */
public final class Spreadsheet {

    /** A range resolved against this spreadsheet: the tab and a grid-bounded area. */
    record Target(Grid grid, Area area) {
        String a1() {
            return A1Range.format(grid.title(), area);
        }
    }

    /** One range to write in a (batch) update. */
    public record Write(A1Range range, List<List<Optional<Cell>>> rows) {
    }

    /** The counts of an {@code UpdateValuesResponse}; {@code updatedRange} covers only what was written. */
    public record UpdateResult(String tab, String updatedRange, int updatedRows, int updatedColumns, int updatedCells) {
    }

    /** The last written or cleared area, which the HTML view highlights. */
    public record Change(String tab, Area area, Instant at) {
    }

    private final String id;
    private final String title;
    private final List<Grid> tabs = new ArrayList<>();
    private int nextSheetId;
    private Change lastChange;

    Spreadsheet(String id, String title, List<String> tabTitles) {
        this.id = id;
        this.title = title;
        for (String t : tabTitles) {
            addTab(t);
        }
        if (tabs.isEmpty()) {
            addTab("Sheet1"); // a spreadsheet always has at least one tab
        }
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public synchronized List<String> tabTitles() {
        return tabs.stream().map(Grid::title).toList();
    }

    public synchronized Change lastChange() {
        return lastChange;
    }

    synchronized void addTab(String tabTitle) {
        if (findTab(tabTitle) != null) {
            throw new IllegalArgumentException("A sheet with the name \"" + tabTitle + "\" already exists.");
        }
        // Google gives the first tab id 0 and later tabs large random ids; sequential ids keep tests stable.
        tabs.add(new Grid(tabs.isEmpty() ? 0 : 1_000_000 + nextSheetId++, tabTitle));
    }

    /** Tab metadata for {@code spreadsheets.get}: title, sheetId, index, grid size. */
    synchronized List<TabInfo> tabInfos() {
        List<TabInfo> out = new ArrayList<>();
        for (int i = 0; i < tabs.size(); i++) {
            Grid g = tabs.get(i);
            out.add(new TabInfo(g.sheetId(), g.title(), i, g.rowCount(), g.colCount()));
        }
        return out;
    }

    record TabInfo(int sheetId, String title, int index, int rowCount, int columnCount) {
    }

    /** Reads a range with empty trailing cells and rows trimmed; nulls mark empty cells in between. */
    public synchronized Read read(A1Range range) {
        Target t = resolve(range);
        return new Read(t.a1(), t.grid().read(t.area()));
    }

    public record Read(String range, List<List<Cell>> rows) {
    }

    /** Applies all writes atomically: any invalid range or overflow fails the whole batch. */
    public synchronized List<UpdateResult> write(List<Write> writes, Instant now) {
        List<Target> targets = new ArrayList<>();
        for (Write w : writes) {
            Target t = resolve(w.range());
            checkFits(w.range(), t, w.rows());
            targets.add(t);
        }
        List<UpdateResult> results = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            results.add(apply(targets.get(i), writes.get(i).rows(), now));
        }
        return results;
    }

    /**
     * Appends rows after the last row that holds data in the range's columns (Sheets' "table" detection,
     * simplified). Returns the table range before the append (null if it was empty) and the update.
     */
    public synchronized Append append(A1Range range, List<List<Optional<Cell>>> rows, Instant now) {
        Target t = resolve(range);
        Area a = t.area();
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        Area columns = new Area(a.startRow(), a.startCol(), Area.OPEN,
                a.colsOpen() ? a.startCol() + Math.max(width, 1) - 1 : a.endCol());
        int last = t.grid().lastUsedRow(columns);
        String tableRange = last < 0 ? null
                : A1Range.format(t.grid().title(), new Area(a.startRow(), columns.startCol(), last, columns.endCol()));
        int startRow = last < 0 ? a.startRow() : last + 1;
        Area dest = new Area(startRow, a.startCol(), Area.OPEN, Area.OPEN);
        UpdateResult update = apply(new Target(t.grid(), dest), rows, now);
        return new Append(tableRange, update);
    }

    public record Append(String tableRange, UpdateResult update) {
    }

    /** Empties every cell of each range, atomically; returns the cleared ranges as Sheets echoes them. */
    public synchronized List<String> clear(List<A1Range> ranges, Instant now) {
        List<Target> targets = ranges.stream().map(this::resolve).toList();
        List<String> cleared = new ArrayList<>();
        for (Target t : targets) {
            t.grid().clear(t.area());
            lastChange = new Change(t.grid().title(), t.area(), now);
            cleared.add(t.a1());
        }
        return cleared;
    }

    /** Copies a tab's used cells for the HTML view, so rendering happens outside the lock. */
    public synchronized List<List<Cell>> snapshot(String tabTitle) {
        Grid g = findTab(tabTitle);
        if (g == null) {
            return null;
        }
        return g.read(new Area(0, 0, Math.max(g.usedRows(), 1) - 1, Math.max(g.usedCols(), 1) - 1));
    }

    private UpdateResult apply(Target t, List<List<Optional<Cell>>> rows, Instant now) {
        Area a = t.area();
        int cells = 0;
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            List<Optional<Cell>> line = rows.get(r);
            for (int c = 0; c < line.size(); c++) {
                Optional<Cell> edit = line.get(c);
                if (edit != null) {
                    t.grid().put(a.startRow() + r, a.startCol() + c, edit.orElse(null));
                }
                cells++;
            }
            width = Math.max(width, line.size());
        }
        if (rows.isEmpty() || width == 0) {
            return new UpdateResult(t.grid().title(), A1Range.format(t.grid().title(), new Area(a.startRow(), a.startCol(),
                    a.startRow(), a.startCol())), 0, 0, 0);
        }
        Area written = new Area(a.startRow(), a.startCol(), a.startRow() + rows.size() - 1, a.startCol() + width - 1);
        lastChange = new Change(t.grid().title(), written, now);
        return new UpdateResult(t.grid().title(), A1Range.format(t.grid().title(), written), rows.size(), width, cells);
    }

    /** Sheets refuses data that does not fit the requested range, naming the first row/column outside. */
    private static void checkFits(A1Range range, Target t, List<List<Optional<Cell>>> rows) {
        Area requested = range.areaOrWhole();
        if (range.area() == null || requested.rowsOpen() && requested.colsOpen()) {
            return; // a whole tab or an open-ended range takes any amount of data
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        String within = "Requested writing within range [" + t.a1() + "], but tried writing to ";
        if (!requested.rowsOpen() && requested.startRow() + rows.size() - 1 > requested.endRow()) {
            throw new ApiException(400, within + "row [" + (requested.endRow() + 2) + "]");
        }
        if (!requested.colsOpen() && requested.startCol() + width - 1 > requested.endCol()) {
            throw new ApiException(400, within + "column [" + A1Range.columnName(requested.endCol() + 1) + "]");
        }
    }

    /**
     * Finds the tab a range refers to. Tab names match case-insensitively (as in Sheets); a range without a
     * tab means the first tab, unless its text is itself the name of a tab.
     */
    Target resolve(A1Range range) {
        Grid grid;
        Area area;
        if (range.sheetName() == null) {
            Grid named = findTab(range.text().trim());
            grid = named != null ? named : tabs.get(0);
            area = named != null ? Area.whole() : range.area();
        } else {
            grid = findTab(range.sheetName());
            area = range.areaOrWhole();
        }
        if (grid == null) {
            throw new ApiException(400, "Unable to parse range: " + range.text());
        }
        return new Target(grid, area.boundedBy(grid.rowCount(), grid.colCount()));
    }

    private Grid findTab(String name) {
        for (Grid g : tabs) {
            if (g.title().equals(name)) {
                return g;
            }
        }
        for (Grid g : tabs) {
            if (g.title().equalsIgnoreCase(name)) {
                return g;
            }
        }
        return null;
    }
}
