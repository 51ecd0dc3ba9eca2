package app.frontoffice.sim.sheets;

import java.util.List;

/**
 * A spreadsheet to create: the body of {@code POST /sim/sheets}, the shape of a JSON seed file, and what
 * {@code GET /sim/sheets/{id}} returns. Cell values in {@code rows} are entered as a user would type them
 * (USER_ENTERED), so {@code "2.5"} and {@code 2.5} both become the number 2.5.
 *
 * @param id    null to mint a Google-shaped id
 * @param tabs  in order; the first tab is the default for ranges without a tab name
 */
public record SpreadsheetSpec(String id, String title, List<Tab> tabs) {

    public SpreadsheetSpec {
        tabs = tabs == null ? List.of() : List.copyOf(tabs);
    }

    /** One tab and its initial rows, from A1 (null or missing rows mean an empty tab). */
    public record Tab(String title, List<List<Object>> rows) {
        public Tab {
            rows = rows == null ? List.of() : rows;
        }
    }
}
