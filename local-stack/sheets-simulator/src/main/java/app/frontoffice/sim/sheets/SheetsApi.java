package app.frontoffice.sim.sheets;

import app.frontoffice.sim.sheets.Spreadsheet.UpdateResult;
import app.frontoffice.sim.sheets.Spreadsheet.Write;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Sheets v4 operations, in terms of parsed parameters and JSON bodies; HTTP concerns (routing, faults,
 * quota, logging) stay in {@link ApiHandler}. Every method returns the response body Google would send.
 */
final class SheetsApi {

    private final SpreadsheetStore store;
    private final Clock clock;
    private final Supplier<String> rootUrl;

    SheetsApi(SpreadsheetStore store, Clock clock, Supplier<String> rootUrl) {
        this.store = store;
        this.clock = clock;
        this.rootUrl = rootUrl;
    }

    /** {@code spreadsheets.get}. {@code fields}, {@code ranges} and {@code includeGridData} are ignored: the
     * client parses whatever it gets, and returning everything is a superset of any field mask. */
    ObjectNode getSpreadsheet(String id) {
        Spreadsheet sheet = sheet(id);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("spreadsheetId", sheet.id());
        ObjectNode props = root.putObject("properties");
        props.put("title", sheet.title());
        props.put("locale", "en_US");
        props.put("autoRecalc", "ON_CHANGE");
        props.put("timeZone", "Etc/GMT");
        ArrayNode sheets = root.putArray("sheets");
        for (Spreadsheet.TabInfo tab : sheet.tabInfos()) {
            ObjectNode p = sheets.addObject().putObject("properties");
            p.put("sheetId", tab.sheetId());
            p.put("title", tab.title());
            p.put("index", tab.index());
            p.put("sheetType", "GRID");
            ObjectNode grid = p.putObject("gridProperties");
            grid.put("rowCount", tab.rowCount());
            grid.put("columnCount", tab.columnCount());
        }
        root.put("spreadsheetUrl", rootUrl.get() + "sheets/" + sheet.id());
        return root;
    }

    /** {@code spreadsheets.batchUpdate}: only {@code addSheet} is modelled; other kinds are refused loudly. */
    ObjectNode batchUpdateSpreadsheet(String id, JsonNode body) {
        Spreadsheet sheet = sheet(id);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("spreadsheetId", sheet.id());
        ArrayNode replies = root.putArray("replies");
        for (JsonNode request : body.path("requests")) {
            JsonNode add = request.get("addSheet");
            if (add == null) {
                throw new ApiException(501, "The Sheets simulator supports only addSheet in spreadsheets.batchUpdate, got "
                        + request.fieldNames().next());
            }
            String title = add.path("properties").path("title").asText("Sheet" + (sheet.tabTitles().size() + 1));
            try {
                sheet.addTab(title);
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "Invalid requests[0].addSheet: " + e.getMessage());
            }
            Spreadsheet.TabInfo info = sheet.tabInfos().get(sheet.tabTitles().size() - 1);
            ObjectNode props = replies.addObject().putObject("addSheet").putObject("properties");
            props.put("sheetId", info.sheetId());
            props.put("title", info.title());
            props.put("index", info.index());
            props.put("sheetType", "GRID");
        }
        return root;
    }

    ObjectNode getValues(String id, String range, Map<String, List<String>> query) {
        Spreadsheet sheet = sheet(id);
        return valueRange(sheet.read(parse(range)), HttpIo.first(query, "majorDimension"),
                HttpIo.first(query, "valueRenderOption"));
    }

    ObjectNode batchGet(String id, List<String> ranges, Map<String, List<String>> query) {
        Spreadsheet sheet = sheet(id);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("spreadsheetId", sheet.id());
        ArrayNode out = root.putArray("valueRanges");
        for (String r : ranges) {
            out.add(valueRange(sheet.read(parse(r)), HttpIo.first(query, "majorDimension"),
                    HttpIo.first(query, "valueRenderOption")));
        }
        return root;
    }

    ObjectNode update(String id, String range, Map<String, List<String>> query, JsonNode body) {
        Spreadsheet sheet = sheet(id);
        ValueInput input = ValueInput.fromParameter(HttpIo.first(query, "valueInputOption"));
        checkBodyRange(range, body);
        UpdateResult result = sheet.write(List.of(new Write(parse(range), cells(body, input))), clock.instant()).get(0);
        return updateResponse(sheet, result, query);
    }

    ObjectNode batchUpdate(String id, JsonNode body) {
        Spreadsheet sheet = sheet(id);
        ValueInput input = ValueInput.fromParameter(body.path("valueInputOption").asText(null));
        List<Write> writes = new ArrayList<>();
        for (JsonNode data : body.path("data")) {
            writes.add(new Write(parse(data.path("range").asText("")), cells(data, input)));
        }
        List<UpdateResult> results = sheet.write(writes, clock.instant());
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("spreadsheetId", sheet.id());
        int rows = 0;
        int cols = 0;
        int cells = 0;
        ArrayNode responses = Json.MAPPER.createArrayNode();
        for (UpdateResult r : results) {
            rows += r.updatedRows();
            cols += r.updatedColumns();
            cells += r.updatedCells();
            responses.add(updateResponse(sheet, r, Map.of()));
        }
        root.put("totalUpdatedRows", rows);
        root.put("totalUpdatedColumns", cols);
        root.put("totalUpdatedCells", cells);
        root.put("totalUpdatedSheets", (int) results.stream().map(UpdateResult::tab).distinct().count());
        root.set("responses", responses);
        return root;
    }

    ObjectNode append(String id, String range, Map<String, List<String>> query, JsonNode body) {
        Spreadsheet sheet = sheet(id);
        ValueInput input = ValueInput.fromParameter(HttpIo.first(query, "valueInputOption"));
        Spreadsheet.Append result = sheet.append(parse(range), cells(body, input), clock.instant());
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("spreadsheetId", sheet.id());
        if (result.tableRange() != null) {
            root.put("tableRange", result.tableRange());
        }
        root.set("updates", updateResponse(sheet, result.update(), query));
        return root;
    }

    ObjectNode clear(String id, String range) {
        Spreadsheet sheet = sheet(id);
        String cleared = sheet.clear(List.of(parse(range)), clock.instant()).get(0);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("spreadsheetId", sheet.id());
        root.put("clearedRange", cleared);
        return root;
    }

    ObjectNode batchClear(String id, List<String> ranges) {
        Spreadsheet sheet = sheet(id);
        List<A1Range> parsed = ranges.stream().map(SheetsApi::parse).toList();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("spreadsheetId", sheet.id());
        ArrayNode out = root.putArray("clearedRanges");
        sheet.clear(parsed, clock.instant()).forEach(out::add);
        return root;
    }

    private ObjectNode updateResponse(Spreadsheet sheet, UpdateResult r, Map<String, List<String>> query) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("spreadsheetId", sheet.id());
        node.put("updatedRange", r.updatedRange());
        if (r.updatedCells() > 0) { // Google leaves the counts out when nothing was written
            node.put("updatedRows", r.updatedRows());
            node.put("updatedColumns", r.updatedColumns());
            node.put("updatedCells", r.updatedCells());
        }
        if (Boolean.parseBoolean(HttpIo.first(query, "includeValuesInResponse"))) {
            node.set("updatedData", valueRange(sheet.read(parse(r.updatedRange())), "ROWS",
                    HttpIo.first(query, "responseValueRenderOption")));
        }
        return node;
    }

    /** Builds a ValueRange; {@code values} is left out entirely when the range is empty, as Google does. */
    static ObjectNode valueRange(Spreadsheet.Read read, String majorDimension, String renderOption) {
        boolean columns = "COLUMNS".equalsIgnoreCase(majorDimension);
        String render = renderOption == null ? "FORMATTED_VALUE" : renderOption.toUpperCase(Locale.ROOT);
        List<List<Cell>> rows = columns ? transpose(read.rows()) : read.rows();
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("range", read.range());
        node.put("majorDimension", columns ? "COLUMNS" : "ROWS");
        if (!rows.isEmpty()) {
            ArrayNode values = node.putArray("values");
            for (List<Cell> row : rows) {
                ArrayNode line = values.addArray();
                for (Cell c : row) {
                    line.add(Json.MAPPER.valueToTree(render(c, render)));
                }
            }
        }
        return node;
    }

    private static Object render(Cell c, String option) {
        if (c == null) {
            return "";
        }
        return switch (option) {
            case "UNFORMATTED_VALUE" -> c.unformatted();
            case "FORMULA" -> c.formulaOrValue();
            case "FORMATTED_VALUE" -> c.formatted();
            default -> throw new ApiException(400, "Invalid value at 'value_render_option', \"" + option + "\"");
        };
    }

    /** Rows to columns, with the same trimming of trailing empties per column. */
    private static List<List<Cell>> transpose(List<List<Cell>> rows) {
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        List<List<Cell>> cols = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            List<Cell> col = new ArrayList<>();
            for (List<Cell> row : rows) {
                col.add(c < row.size() ? row.get(c) : null);
            }
            Grid.trimTrailingNulls(col);
            cols.add(col);
        }
        return cols;
    }

    /** Converts a ValueRange body's {@code values} to cell edits (see {@link Spreadsheet} for the encoding). */
    private static List<List<Optional<Cell>>> cells(JsonNode valueRange, ValueInput input) {
        JsonNode values = valueRange.path("values");
        List<List<Optional<Cell>>> rows = new ArrayList<>();
        for (JsonNode row : values) {
            if (!row.isArray()) {
                throw new ApiException(400, "Invalid values: each row must be a list");
            }
            List<Optional<Cell>> line = new ArrayList<>();
            for (JsonNode v : row) {
                line.add(v.isNull() ? null : input.toCell(v));
            }
            rows.add(line);
        }
        if ("COLUMNS".equalsIgnoreCase(valueRange.path("majorDimension").asText())) {
            return transposeEdits(rows);
        }
        return rows;
    }

    private static List<List<Optional<Cell>>> transposeEdits(List<List<Optional<Cell>>> cols) {
        int height = cols.stream().mapToInt(List::size).max().orElse(0);
        List<List<Optional<Cell>>> rows = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            List<Optional<Cell>> row = new ArrayList<>();
            for (List<Optional<Cell>> col : cols) {
                row.add(r < col.size() ? col.get(r) : null);
            }
            rows.add(row);
        }
        return rows;
    }

    /** Google rejects a body whose {@code range} disagrees with the URL's. */
    private static void checkBodyRange(String urlRange, JsonNode body) {
        String bodyRange = body.path("range").asText(null);
        if (bodyRange != null && !bodyRange.equals(urlRange)) {
            A1Range a = parse(urlRange);
            A1Range b = parse(bodyRange);
            if (!a.areaOrWhole().equals(b.areaOrWhole()) || !String.valueOf(a.sheetName()).equalsIgnoreCase(String.valueOf(b.sheetName()))) {
                throw new ApiException(400, "Requested range [" + urlRange + "] and data range [" + bodyRange
                        + "] are not the same.");
            }
        }
    }

    static A1Range parse(String range) {
        try {
            return A1Range.parse(range);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage());
        }
    }

    private Spreadsheet sheet(String id) {
        return store.find(id).orElseThrow(() -> new ApiException(404, "Requested entity was not found."));
    }
}
