package app.frontoffice.sim.sheets;

import app.frontoffice.sim.sheets.A1Range.Area;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Read-only pages for people watching a local run: {@code /} lists spreadsheets, {@code /sheets/{id}}
 * (optionally {@code ?tab=}) shows one tab as a grid with row numbers and column letters. The grid is
 * re-fetched from {@code /sheets/{id}/table} every second by a few lines of inline JS, so picks appear as
 * the services write them; the last written range is highlighted.
 */
final class HtmlView implements HttpHandler {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final int MIN_ROWS = 20;
    private static final int MIN_COLS = 8;

    private static final String STYLE = """
            body{font-family:system-ui,Arial,sans-serif;margin:16px;color:#202124}
            h1{font-size:20px;margin:0 0 8px} .meta{color:#5f6368;font-size:13px;margin-bottom:8px}
            .tabs a{display:inline-block;padding:4px 12px;margin-right:4px;border:1px solid #dadce0;border-radius:4px 4px 0 0;
              text-decoration:none;color:#202124;background:#f1f3f4} .tabs a.on{background:#fff;border-bottom-color:#fff;font-weight:600;color:#188038}
            table{border-collapse:collapse;font-size:13px} td,th{border:1px solid #e0e0e0;padding:2px 6px;min-width:60px;height:18px;white-space:nowrap}
            th{background:#f8f9fa;color:#5f6368;font-weight:normal;position:sticky;top:0} th.r{position:static;text-align:center;min-width:32px}
            td.n{text-align:right} td.recent{background:#fef7e0;outline:1px solid #f9ab00}
            ul{line-height:1.8}
            """;

    private final SpreadsheetStore store;

    HtmlView(SpreadsheetStore store) {
        this.store = store;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (!"GET".equals(ex.getRequestMethod())) {
            HttpIo.sendHtml(ex, 405, page("Method not allowed", "<p>Only GET is served here.</p>", ""));
            return;
        }
        if (path.equals("/")) {
            HttpIo.sendHtml(ex, 200, index());
            return;
        }
        if (path.startsWith("/sheets/")) {
            String rest = path.substring("/sheets/".length());
            boolean fragment = rest.endsWith("/table");
            String id = fragment ? rest.substring(0, rest.length() - "/table".length()) : rest;
            Optional<Spreadsheet> sheet = store.find(id);
            if (sheet.isPresent()) {
                String tab = tabParam(ex, sheet.get());
                HttpIo.sendHtml(ex, 200, fragment ? table(sheet.get(), tab) : sheetPage(sheet.get(), tab));
                return;
            }
        }
        HttpIo.sendHtml(ex, 404, page("Not found", "<p>No such page or spreadsheet. <a href=\"/\">All spreadsheets</a></p>", ""));
    }

    private String index() {
        StringBuilder body = new StringBuilder("<h1>Sheets simulator</h1><div class=\"meta\">Spreadsheets held in memory. "
                + "API root: <code>/v4/spreadsheets/</code>, control API: <code>/sim/</code>.</div><ul>");
        List<Spreadsheet> sheets = store.list();
        for (Spreadsheet s : sheets) {
            body.append("<li><a href=\"/sheets/").append(esc(s.id())).append("\">").append(esc(s.title())).append("</a> <code>")
                    .append(esc(s.id())).append("</code> &middot; ").append(esc(String.join(", ", s.tabTitles()))).append("</li>");
        }
        if (sheets.isEmpty()) {
            body.append("<li><em>none yet</em> &mdash; create one with <code>POST /sim/sheets</code></li>");
        }
        body.append("</ul>");
        // The index changes rarely; a plain meta refresh is enough there.
        return page("Sheets simulator", body.toString(), "").replace("<head>", "<head><meta http-equiv=\"refresh\" content=\"3\">");
    }

    private String sheetPage(Spreadsheet sheet, String tab) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(esc(sheet.title())).append("</h1><div class=\"meta\"><a href=\"/\">All spreadsheets</a> &middot; id <code>")
                .append(esc(sheet.id())).append("</code> &middot; <span id=\"status\">live</span></div><div class=\"tabs\">");
        for (String t : sheet.tabTitles()) {
            body.append("<a href=\"?tab=").append(esc(urlEncode(t))).append("\"").append(t.equals(tab) ? " class=\"on\"" : "")
                    .append(">").append(esc(t)).append("</a>");
        }
        body.append("</div><div id=\"grid\">").append(table(sheet, tab)).append("</div>");
        // Poll the fragment route; swap the grid only when it changed so scrolling and selection survive.
        String script = """
                <script>
                const src = location.pathname + '/table' + location.search; let last = null;
                async function tick() {
                  const status = document.getElementById('status');
                  try {
                    const r = await fetch(src, {cache: 'no-store'});
                    if (!r.ok) { status.textContent = 'spreadsheet deleted'; return; }
                    const html = await r.text();
                    if (html !== last) { if (last !== null) document.getElementById('grid').innerHTML = html; last = html; }
                    status.textContent = 'live, checked ' + new Date().toLocaleTimeString();
                  } catch (e) { status.textContent = 'simulator not reachable'; }
                }
                setInterval(tick, 1000); tick();
                </script>""";
        return page(sheet.title() + " - " + tab, body.toString(), script);
    }

    /** The grid of one tab; also served alone at /sheets/{id}/table so the page can refresh it. */
    private static String table(Spreadsheet sheet, String tab) {
        List<List<Cell>> rows = sheet.snapshot(tab);
        Spreadsheet.Change change = sheet.lastChange();
        Area recent = change != null && change.tab().equals(tab) ? change.area() : null;
        int width = Math.max(MIN_COLS, rows.stream().mapToInt(List::size).max().orElse(0) + 1);
        int height = Math.max(MIN_ROWS, rows.size() + 1);
        StringBuilder sb = new StringBuilder();
        if (change != null) {
            sb.append("<div class=\"meta\">Last change: <code>").append(esc(A1Range.format(change.tab(), change.area())))
                    .append("</code> at ").append(TIME.format(change.at())).append(" UTC</div>");
        }
        sb.append("<table><thead><tr><th class=\"r\"></th>");
        for (int c = 0; c < width; c++) {
            sb.append("<th>").append(A1Range.columnName(c)).append("</th>");
        }
        sb.append("</tr></thead><tbody>");
        for (int r = 0; r < height; r++) {
            List<Cell> row = r < rows.size() ? rows.get(r) : List.of();
            sb.append("<tr><th class=\"r\">").append(r + 1).append("</th>");
            for (int c = 0; c < width; c++) {
                Cell cell = c < row.size() ? row.get(c) : null;
                boolean hot = recent != null && r >= recent.startRow() && r <= recent.endRow()
                        && c >= recent.startCol() && c <= recent.endCol();
                String cls = (cell != null && cell.value() instanceof Double ? "n" : "") + (hot ? " recent" : "");
                sb.append(cls.isBlank() ? "<td>" : "<td class=\"" + cls.trim() + "\">")
                        .append(cell == null ? "" : esc(cell.formatted())).append("</td>");
            }
            sb.append("</tr>");
        }
        return sb.append("</tbody></table>").toString();
    }

    private static String tabParam(HttpExchange ex, Spreadsheet sheet) {
        String wanted = HttpIo.first(HttpIo.query(ex), "tab");
        List<String> tabs = sheet.tabTitles();
        return wanted != null && tabs.contains(wanted) ? wanted : tabs.get(0);
    }

    private static String page(String title, String body, String script) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + esc(title) + "</title><style>" + STYLE
                + "</style></head><body>" + body + script + "</body></html>";
    }

    private static String urlEncode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
