package app.frontoffice.sheets.domain;

import java.util.List;

/** A rectangle of cells to write, in A1 notation with the tab name (e.g. {@code 'Ordered List'!D5:G7}). */
public record RowBlock(String range, List<List<Object>> rows) {

    public RowBlock {
        rows = List.copyOf(rows);
    }
}
