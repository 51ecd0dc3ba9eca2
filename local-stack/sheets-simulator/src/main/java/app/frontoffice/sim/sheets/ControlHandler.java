package app.frontoffice.sim.sheets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The test/launcher control API under {@code /sim/}: seed and inspect spreadsheets, inject faults, set the
 * write quota, read the request log. Documented in the module README. Errors are plain
 * {@code {"error":"…"}} JSON: these routes are ours, not Google's.
 */
final class ControlHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ControlHandler.class);

    private final SpreadsheetStore store;
    private final FaultInjector faults;
    private final WriteQuota quota;
    private final RequestLog log;
    private final Clock clock;
    private final Function<Spreadsheet, SpreadsheetSummary> summaries;

    ControlHandler(SpreadsheetStore store, FaultInjector faults, WriteQuota quota, RequestLog log, Clock clock,
                   Function<Spreadsheet, SpreadsheetSummary> summaries) {
        this.store = store;
        this.faults = faults;
        this.quota = quota;
        this.log = log;
        this.clock = clock;
        this.summaries = summaries;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            route(ex);
        } catch (ApiException e) {
            HttpIo.sendJson(ex, e.status(), Map.of("error", e.getMessage()));
        } catch (IllegalArgumentException | JsonProcessingException e) {
            HttpIo.sendJson(ex, 400, Map.of("error", String.valueOf(e.getMessage())));
        } catch (RuntimeException e) {
            LOG.warn("Sheets simulator control call failed: {} {}", ex.getRequestMethod(), ex.getRequestURI(), e);
            HttpIo.sendJson(ex, 500, Map.of("error", String.valueOf(e)));
        }
    }

    private void route(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        // Segments after "/sim/", decoded one by one so an id or tab may hold an encoded '/'.
        List<String> seg = new ArrayList<>();
        for (String s : ex.getRequestURI().getRawPath().substring("/sim/".length()).split("/")) {
            if (!s.isEmpty()) {
                seg.add(HttpIo.decode(s, false));
            }
        }
        // Route on the path's shape, with the spreadsheet id replaced by {id} ("POST sheets/draft" is a verb).
        List<String> shape = new ArrayList<>(seg);
        boolean draftVerb = method.equals("POST") && seg.size() == 2 && seg.get(1).equals("draft");
        if (seg.size() >= 2 && seg.get(0).equals("sheets") && !draftVerb) {
            shape.set(1, "{id}");
        }
        String key = method + " " + String.join("/", shape);
        switch (key) {
            case "GET health" -> HttpIo.sendJson(ex, 200, Map.of("status", "UP"));
            case "GET sheets" -> HttpIo.sendJson(ex, 200, store.list().stream().map(summaries).toList());
            case "DELETE sheets" -> {
                store.deleteAll();
                HttpIo.send(ex, 204, "application/json", new byte[0]);
            }
            case "POST sheets" -> {
                SpreadsheetSpec spec = Json.MAPPER.treeToValue(requireBody(ex), SpreadsheetSpec.class);
                HttpIo.sendJson(ex, 201, summaries.apply(store.create(spec, clock.instant())));
            }
            case "POST sheets/draft" -> {
                JsonNode body = requireBody(ex);
                SpreadsheetSpec spec = DraftSheetLayout.spec(body.path("id").asText(null), body.path("title").asText("Draft"),
                        body.path("rounds").asInt(32), body.path("teams").asInt(16));
                HttpIo.sendJson(ex, 201, summaries.apply(store.create(spec, clock.instant())));
            }
            case "GET sheets/{id}" -> HttpIo.sendJson(ex, 200, dump(sheet(seg.get(1))));
            case "DELETE sheets/{id}" -> {
                if (!store.delete(seg.get(1))) {
                    throw new ApiException(404, "no spreadsheet " + seg.get(1));
                }
                HttpIo.send(ex, 204, "application/json", new byte[0]);
            }
            case "GET sheets/{id}/values" -> {
                Spreadsheet.Read read = sheet(seg.get(1)).read(SheetsApi.parse(requiredRange(ex)));
                HttpIo.sendJson(ex, 200, formatted(read.rows()));
            }
            case "PUT sheets/{id}/values" -> putValues(ex, sheet(seg.get(1)));
            case "GET faults" -> HttpIo.sendJson(ex, 200, faults.pending());
            case "POST faults" -> {
                JsonNode body = requireBody(ex);
                FaultInjector.Fault fault = new FaultInjector.Fault(body.path("status").asInt(0),
                        body.path("delayMillis").asLong(0), body.path("message").asText(null), body.path("count").asInt(1));
                faults.add(fault);
                HttpIo.sendJson(ex, 201, faults.pending());
            }
            case "DELETE faults" -> {
                faults.clear();
                HttpIo.send(ex, 204, "application/json", new byte[0]);
            }
            case "GET quota" -> HttpIo.sendJson(ex, 200, Map.of("writesPerMinute", quota.writesPerMinute()));
            case "POST quota" -> {
                quota.setWritesPerMinute(requireBody(ex).path("writesPerMinute").asInt(0));
                HttpIo.sendJson(ex, 200, Map.of("writesPerMinute", quota.writesPerMinute()));
            }
            case "GET requests" -> HttpIo.sendJson(ex, 200, log.entries());
            case "DELETE requests" -> {
                log.clear();
                HttpIo.send(ex, 204, "application/json", new byte[0]);
            }
            default -> throw new ApiException(404, "no control route " + method + " " + ex.getRequestURI().getPath());
        }
    }

    /** Writes cells without going through the API (no fault, quota or log), USER_ENTERED unless told RAW. */
    private void putValues(HttpExchange ex, Spreadsheet sheet) throws IOException {
        JsonNode body = requireBody(ex);
        ValueInput input = ValueInput.fromParameter(body.path("valueInputOption").asText("USER_ENTERED"));
        List<List<Optional<Cell>>> rows = new ArrayList<>();
        for (JsonNode row : body.path("values")) {
            List<Optional<Cell>> line = new ArrayList<>();
            row.forEach(v -> line.add(v.isNull() ? null : input.toCell(v)));
            rows.add(line);
        }
        Spreadsheet.UpdateResult r = sheet.write(
                List.of(new Spreadsheet.Write(SheetsApi.parse(requiredRange(ex)), rows)), clock.instant()).get(0);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("updatedRange", r.updatedRange());
        out.put("updatedCells", r.updatedCells());
        HttpIo.sendJson(ex, 200, out);
    }

    private SpreadsheetSpec dump(Spreadsheet sheet) {
        List<SpreadsheetSpec.Tab> tabs = new ArrayList<>();
        for (String tab : sheet.tabTitles()) {
            tabs.add(new SpreadsheetSpec.Tab(tab, new ArrayList<>(formatted(sheet.snapshot(tab)))));
        }
        return new SpreadsheetSpec(sheet.id(), sheet.title(), tabs);
    }

    /** Rows of FORMATTED_VALUE strings, the same trimming as the API. */
    static List<List<Object>> formatted(List<List<Cell>> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (List<Cell> row : rows) {
            List<Object> line = new ArrayList<>();
            row.forEach(c -> line.add(c == null ? "" : c.formatted()));
            out.add(line);
        }
        return out;
    }

    private Spreadsheet sheet(String id) {
        return store.find(id).orElseThrow(() -> new ApiException(404, "no spreadsheet " + id));
    }

    private static String requiredRange(HttpExchange ex) {
        String range = HttpIo.first(HttpIo.query(ex), "range");
        if (range == null || range.isBlank()) {
            throw new ApiException(400, "query parameter 'range' is required");
        }
        return range;
    }

    private static JsonNode requireBody(HttpExchange ex) throws IOException {
        JsonNode body = HttpIo.jsonBody(ex);
        if (!body.isObject()) {
            throw new ApiException(400, "a JSON object body is required");
        }
        return body;
    }
}
