package app.frontoffice.sim.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control API through {@link SheetsSimulatorClient}, seed files, and the HTML pages. */
class ControlApiTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private SheetsSimulator sim;
    private SheetsSimulatorClient client;

    @BeforeEach
    void start() {
        sim = SheetsSimulator.builder().port(0).build().start();
        client = new SheetsSimulatorClient(sim.rootUrl());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    @DisplayName("create with rows, list, read, write, dump and delete through the control API")
    void seedAndInspect() {
        SpreadsheetSummary created = client.createSpreadsheet(new SpreadsheetSpec("score-1", "Game 1", List.of(
                new SpreadsheetSpec.Tab("Scorebug", List.of(List.of("", "Away @ Home"), List.of("", 7, "2.5"))),
                new SpreadsheetSpec.Tab("Setup", null))));
        assertThat(created.tabs()).containsExactly("Scorebug", "Setup");
        assertThat(created.url()).isEqualTo(sim.rootUrl() + "sheets/score-1");

        assertThat(client.values("score-1", "Scorebug!B1:C2")).containsExactly(List.of("Away @ Home"), List.of("7", "2.5"));
        client.setValues("score-1", "Scorebug!B5:D5", List.of(List.of(3, "", "Top")));
        assertThat(sim.values("score-1", "Scorebug!B5:D5")).containsExactly(List.of("3", "", "Top"));
        assertThat(client.spreadsheet("score-1").tabs().get(0).rows()).hasSize(5);
        assertThat(client.spreadsheets()).extracting(SpreadsheetSummary::id).containsExactly("score-1");
        assertThat(client.requests()).as("control calls are not logged").isEmpty();

        client.deleteSpreadsheet("score-1");
        assertThat(client.spreadsheets()).isEmpty();
        assertThatThrownBy(() -> client.values("score-1", "A1")).hasMessageContaining("404");
    }

    @Test
    @DisplayName("bad control requests are 400s with a message, not dropped connections")
    void badControlRequests() throws Exception {
        assertThatThrownBy(() -> client.createSpreadsheet(new SpreadsheetSpec("x", "X",
                List.of(new SpreadsheetSpec.Tab("A", null), new SpreadsheetSpec.Tab("A", null)))))
                .hasMessageContaining("400").hasMessageContaining("already exists");
        assertThatThrownBy(() -> client.failNext(200, 1)).hasMessageContaining("400");
        HttpResponse<String> wrongShape = http.send(HttpRequest.newBuilder(URI.create(sim.rootUrl() + "sim/sheets"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"tabs\":\"not a list\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrongShape.statusCode()).isEqualTo(400);
        assertThat(get("/sim/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void draftSheetThroughTheWire() {
        SpreadsheetSummary s = client.createDraftSheet(null, "Season 13 Draft", 2, 4);
        assertThat(s.id()).hasSize(44);
        assertThat(s.tabs()).containsExactly("Ordered List");
        assertThat(client.values(s.id(), "'Ordered List'!A1:C9")).hasSize(9).endsWith(List.of("2", "4", "8"));
    }

    @Test
    @DisplayName("faults, quota and the request log can be driven over HTTP")
    void faultsQuotaAndLog() throws Exception {
        sim.createSpreadsheet("s", "S", List.of("Queue"));
        client.failNext(503, 1);
        assertThat(apiGet("/v4/spreadsheets/s").statusCode()).isEqualTo(503);
        HttpResponse<String> ok = apiGet("/v4/spreadsheets/s");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"title\":\"Queue\"");

        client.setWritesPerMinute(1);
        assertThat(apiPost("/v4/spreadsheets/s/values/Queue!A1:clear").statusCode()).isEqualTo(200);
        HttpResponse<String> refused = apiPost("/v4/spreadsheets/s/values/Queue!A1:clear");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("\"status\":\"RESOURCE_EXHAUSTED\"");
        assertThat(refused.headers().firstValue("Retry-After")).isEmpty();
        client.setWritesPerMinute(0);

        assertThat(client.requests()).extracting(RequestLog.Entry::status).containsExactly(503, 200, 200, 429);
        assertThat(client.requests().get(2).range()).isEqualTo("Queue!A1");
        client.clearRequests();
        assertThat(client.requests()).isEmpty();

        client.delayNext(10, 1);
        client.clearFaults();
        assertThat(sim.faults().pending()).isEmpty();
    }

    @Test
    @DisplayName("seed files: a JSON spreadsheet list and a directory of CSV tabs")
    void loadsSeedFiles(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("sheets.json");
        Files.writeString(json, """
                [{"id":"j1","title":"From JSON","tabs":[{"title":"Queue","rows":[["a",1],["b",2.5]]}]}]
                """);
        Path csvDir = Files.createDirectory(dir.resolve("draft-12"));
        Files.writeString(csvDir.resolve("Ordered List.csv"), "Round,Pick,Overall\n1,1,1\n\"1\",\"2, two\",2\n");
        Files.writeString(csvDir.resolve("Notes.csv"), "hello\r\n");
        sim.close();

        sim = SheetsSimulator.builder().port(0).load(json).load(csvDir).build().start();

        assertThat(sim.values("j1", "Queue")).containsExactly(List.of("a", "1"), List.of("b", "2.5"));
        assertThat(sim.spreadsheets()).filteredOn(s -> s.id().equals("draft-12")).singleElement()
                .satisfies(s -> assertThat(s.tabs()).containsExactly("Notes", "Ordered List"));
        assertThat(sim.values("draft-12", "'Ordered List'!A3:C3")).containsExactly(List.of("1", "2, two", "2"));
    }

    @Test
    @DisplayName("HTML: index lists spreadsheets, the sheet page shows a lettered grid and polls its fragment")
    void htmlPages() throws Exception {
        sim.createDraftSheet("d1", "Season 13 <Draft>", 2, 2);
        sim.createSpreadsheet("o1", "Ops", List.of("Queue", "My Sheet"));

        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("href=\"/sheets/d1\"", "Season 13 &lt;Draft&gt;", "Ops");

        HttpResponse<String> page = get("/sheets/d1");
        assertThat(page.body()).contains("<th>A</th>", "<th>G</th>", "<th class=\"r\">5</th>", "Orig Owner", "setInterval(tick, 1000)");

        assertThat(get("/sheets/o1?tab=My%20Sheet").body()).contains("class=\"on\">My Sheet<");
        assertThat(get("/sheets/d1/table").body()).startsWith("<").contains("<table>").doesNotContain("<html>");
        assertThat(get("/sheets/missing").statusCode()).isEqualTo(404);
        assertThat(sim.requests().entries()).as("HTML views are not API calls").isEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sim.rootUrl()).resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> apiGet(String path) throws Exception {
        return get(path);
    }

    private HttpResponse<String> apiPost(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sim.rootUrl()).resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
