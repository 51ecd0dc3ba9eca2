package app.frontoffice.sheets.domain;

import app.frontoffice.events.draft.PickMade;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Where a pick goes on the draft sheet (reference §2.2): row 1 is a header, pick overall N is on row
 * N+1, and four contiguous columns from the start column (D by default) hold original owner, owner,
 * player and sWAR. Columns left of the start column belong to the sheet's own labels and are never touched.
 */
public final class SheetLayout {

    /** What a cleared or missing pick looks like: four empty cells (an empty string empties a cell). */
    public static final List<Object> BLANK = List.of("", "", "", "");

    private final String worksheet;
    private final char startColumn;
    private final char endColumn;

    public SheetLayout(String worksheet, String startColumn) {
        if (worksheet == null || worksheet.isBlank()) {
            throw new IllegalArgumentException("the worksheet name must not be blank");
        }
        // Single letters only, like the reference: the end column is start + 3, so W is the last start.
        if (startColumn == null || !startColumn.trim().matches("[A-Wa-w]")) {
            throw new IllegalArgumentException("the start column must be one letter from A to W: " + startColumn);
        }
        this.worksheet = worksheet;
        this.startColumn = Character.toUpperCase(startColumn.trim().charAt(0));
        this.endColumn = (char) (this.startColumn + 3);
    }

    public String worksheet() {
        return worksheet;
    }

    public static int rowOf(int overall) {
        return overall + 1;
    }

    /** The A1 range of the picks {@code firstOverall..lastOverall}, e.g. {@code 'Ordered List'!D2:G513}. */
    public String range(int firstOverall, int lastOverall) {
        return quotedTab() + "!" + startColumn + rowOf(firstOverall) + ":" + endColumn + rowOf(lastOverall);
    }

    /** The four cells of a pick; null (a cleared pick) gives blanks. sWAR stays a number so the sheet can sum it. */
    public static List<Object> cells(PickMade pick) {
        if (pick == null) {
            return BLANK;
        }
        String owner = firstPresent(pick.owner(), "???");
        String original = firstPresent(pick.originalOwner(), owner);
        return List.of(original, owner, firstPresent(pick.playerName(), ""), pick.swar());
    }

    /**
     * The fewest blocks that write exactly the given rows: consecutive overalls share one block, so a
     * burst of picks becomes a handful of ranges inside a single batchUpdate. Rows not in the map are
     * not touched.
     */
    public List<RowBlock> blocks(SortedMap<Integer, List<Object>> rowsByOverall) {
        List<RowBlock> blocks = new ArrayList<>();
        int first = -1;
        int previous = -1;
        List<List<Object>> run = new ArrayList<>();
        for (Map.Entry<Integer, List<Object>> e : rowsByOverall.entrySet()) {
            int overall = e.getKey();
            if (!run.isEmpty() && overall != previous + 1) {
                blocks.add(new RowBlock(range(first, previous), run));
                run = new ArrayList<>();
            }
            if (run.isEmpty()) {
                first = overall;
            }
            run.add(e.getValue());
            previous = overall;
        }
        if (!run.isEmpty()) {
            blocks.add(new RowBlock(range(first, previous), run));
        }
        return blocks;
    }

    /**
     * The whole season as one block from pick 1: every pick that stands, blanks everywhere else. Writing
     * it clears and fills the sheet in one call, which is what a resync needs.
     */
    public RowBlock season(Map<Integer, PickMade> picks, int totalPicks) {
        int last = Math.max(totalPicks, picks.isEmpty() ? 0 : Collections.max(picks.keySet()));
        if (last < 1) {
            throw new IllegalArgumentException("a season needs at least one pick");
        }
        List<List<Object>> rows = new ArrayList<>(last);
        for (int overall = 1; overall <= last; overall++) {
            rows.add(cells(picks.get(overall)));
        }
        return new RowBlock(range(1, last), rows);
    }

    private String quotedTab() {
        // Always quoted: valid for every name, and required for ones with spaces like "Ordered List".
        return "'" + worksheet.replace("'", "''") + "'";
    }

    private static String firstPresent(String value, String fallback) {
        return value == null || value.isBlank() ? Objects.requireNonNull(fallback) : value;
    }
}
