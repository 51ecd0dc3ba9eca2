package app.frontoffice.sim.sheets;

import java.util.List;

/** One entry of {@code GET /sim/sheets}; {@code url} is the simulator's HTML page for it. */
public record SpreadsheetSummary(String id, String title, List<String> tabs, String url) {
}
