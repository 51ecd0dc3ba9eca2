package app.frontoffice.sim.sheets;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed A1-notation range such as {@code 'Ordered List'!D2:G513}, {@code Queue!A:A}, {@code Queue!A2:Z},
 * a bare tab name ({@code Queue}) or a range without a tab ({@code A1:C3}, meaning the first tab).
 *
 * <p>Text without {@code !} is ambiguous: {@code A1} may be a cell or a tab called "A1". Parsing keeps both
 * readings ({@link #sheetName()} is null, {@link #area()} is set, {@link #text()} is the whole input) and
 * {@link Spreadsheet} decides, preferring an existing tab of that name, which is what Sheets does.
 *
 * @param text      the range as the caller wrote it (after URL decoding), used in error messages
 * @param sheetName the tab name with quoting removed, or null when the range names no tab
 * @param area      the cell area, or null for "the whole tab"
 */
public record A1Range(String text, String sheetName, Area area) {

    /** Columns "A".."ZZZ" and rows 1..10,000,000 cover anything a real sheet can hold. */
    private static final Pattern ENDPOINT = Pattern.compile("\\$?([A-Za-z]{0,3})\\$?([0-9]{0,8})");

    /**
     * A rectangle of cells, 0-based and inclusive. An end of {@link #OPEN} means "to the edge of the grid",
     * as in {@code A:A} (open rows) or {@code 2:5} (open columns).
     */
    public record Area(int startRow, int startCol, int endRow, int endCol) {
        public static final int OPEN = -1;

        public static Area whole() {
            return new Area(0, 0, OPEN, OPEN);
        }

        public boolean rowsOpen() {
            return endRow == OPEN;
        }

        public boolean colsOpen() {
            return endCol == OPEN;
        }

        /** Replaces open ends with the last row/column of a grid of the given size. */
        public Area boundedBy(int rowCount, int colCount) {
            return new Area(startRow, startCol,
                    rowsOpen() ? Math.max(startRow, rowCount - 1) : endRow,
                    colsOpen() ? Math.max(startCol, colCount - 1) : endCol);
        }

        /** A1 text of a bounded area, e.g. {@code D2:G513}; a single cell prints as {@code D5}. */
        public String toA1() {
            String start = columnName(startCol) + (startRow + 1);
            String end = (colsOpen() ? "" : columnName(endCol)) + (rowsOpen() ? "" : String.valueOf(endRow + 1));
            return start.equals(end) ? start : start + ":" + end;
        }
    }

    public A1Range {
        Objects.requireNonNull(text, "text");
    }

    /**
     * Parses A1 notation.
     *
     * @throws IllegalArgumentException with Google's "Unable to parse range: …" message
     */
    public static A1Range parse(String text) {
        if (text == null || text.isBlank()) {
            throw unparseable(String.valueOf(text));
        }
        String trimmed = text.trim();
        if (trimmed.startsWith("'")) {
            int close = closingQuote(trimmed);
            String name = trimmed.substring(1, close).replace("''", "'");
            String rest = trimmed.substring(close + 1);
            if (rest.isEmpty()) {
                return new A1Range(text, name, null);
            }
            if (!rest.startsWith("!") || name.isEmpty()) {
                throw unparseable(text);
            }
            return new A1Range(text, name, parseArea(rest.substring(1), text));
        }
        int bang = trimmed.lastIndexOf('!');
        if (bang >= 0) {
            String name = trimmed.substring(0, bang);
            if (name.isEmpty()) {
                throw unparseable(text);
            }
            return new A1Range(text, name, parseArea(trimmed.substring(bang + 1), text));
        }
        // No tab part: a cell area on the first tab, or a bare tab name.
        Area area = tryParseArea(trimmed);
        return area != null ? new A1Range(text, null, area) : new A1Range(text, trimmed, null);
    }

    /** The area, or the whole tab when the range named only a tab. */
    public Area areaOrWhole() {
        return area == null ? Area.whole() : area;
    }

    /** Formats a tab plus a bounded area the way Sheets echoes ranges back, e.g. {@code 'Ordered List'!D5:G5}. */
    public static String format(String sheetTitle, Area area) {
        return quoteSheetName(sheetTitle) + "!" + area.toA1();
    }

    /**
     * Sheets quotes a tab name in responses unless it is a plain identifier; names that look like a cell
     * ({@code A1}) must be quoted too, or they would read back as a cell reference.
     */
    public static String quoteSheetName(String title) {
        boolean plain = title.matches("[A-Za-z_][A-Za-z0-9_]*") && tryParseArea(title) == null;
        return plain ? title : "'" + title.replace("'", "''") + "'";
    }

    /** Converts a 0-based column index to letters: 0 → A, 25 → Z, 26 → AA. */
    public static String columnName(int index) {
        StringBuilder sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            sb.append((char) ('A' + (n - 1) % 26));
        }
        return sb.reverse().toString();
    }

    /** Converts column letters to a 0-based index: A → 0, AA → 26. */
    public static int columnIndex(String letters) {
        int n = 0;
        for (char c : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    private static int closingQuote(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    i++; // an escaped quote inside the name
                } else {
                    return i;
                }
            }
        }
        throw unparseable(s);
    }

    private static Area parseArea(String cells, String wholeText) {
        Area area = tryParseArea(cells);
        if (area == null) {
            throw unparseable(wholeText);
        }
        return area;
    }

    /** Returns null instead of throwing so the bare-name case can fall back to "it is a tab name". */
    private static Area tryParseArea(String cells) {
        String[] parts = cells.split(":", -1);
        if (parts.length > 2) {
            return null;
        }
        int[] start = endpoint(parts[0]);
        if (start == null) {
            return null;
        }
        if (parts.length == 1) {
            // A single endpoint must be a full cell: "A" or "5" alone is not a range in Sheets.
            if (start[0] < 0 || start[1] < 0) {
                return null;
            }
            return new Area(start[1], start[0], start[1], start[0]);
        }
        int[] end = endpoint(parts[1]);
        if (end == null) {
            return null;
        }
        // A partial start ("A" or "2") only pairs with the same kind of end ("A:C", "2:5");
        // a full start cell may end anywhere ("A2:Z", "A2:5", "A2:C9").
        boolean startFull = start[0] >= 0 && start[1] >= 0;
        boolean sameKind = (start[0] < 0) == (end[0] < 0) && (start[1] < 0) == (end[1] < 0);
        if (!startFull && !sameKind) {
            return null;
        }
        int startCol = start[0] < 0 ? 0 : start[0];
        int startRow = start[1] < 0 ? 0 : start[1];
        int endCol = end[0] < 0 ? Area.OPEN : end[0];
        int endRow = end[1] < 0 ? Area.OPEN : end[1];
        // Reversed corners (C10:A1) mean the same rectangle.
        if (endCol != Area.OPEN && endCol < startCol) {
            int t = startCol; startCol = endCol; endCol = t;
        }
        if (endRow != Area.OPEN && endRow < startRow) {
            int t = startRow; startRow = endRow; endRow = t;
        }
        return new Area(startRow, startCol, endRow, endCol);
    }

    /** Returns {col, row} (0-based, -1 when absent) or null when the text is not an A1 endpoint. */
    private static int[] endpoint(String text) {
        Matcher m = ENDPOINT.matcher(text.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        int col = m.group(1).isEmpty() ? -1 : columnIndex(m.group(1));
        int row = -1;
        if (!m.group(2).isEmpty()) {
            row = Integer.parseInt(m.group(2)) - 1;
            if (row < 0) {
                return null; // row 0 does not exist
            }
        }
        return new int[] {col, row};
    }

    static IllegalArgumentException unparseable(String text) {
        return new IllegalArgumentException("Unable to parse range: " + text);
    }
}
