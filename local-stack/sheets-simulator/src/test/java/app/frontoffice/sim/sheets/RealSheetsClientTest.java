package app.frontoffice.sim.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.sheets.v4.Sheets;
import com.google.api.services.sheets.v4.model.AppendValuesResponse;
import com.google.api.services.sheets.v4.model.BatchClearValuesRequest;
import com.google.api.services.sheets.v4.model.BatchGetValuesResponse;
import com.google.api.services.sheets.v4.model.BatchUpdateValuesRequest;
import com.google.api.services.sheets.v4.model.BatchUpdateValuesResponse;
import com.google.api.services.sheets.v4.model.ClearValuesRequest;
import com.google.api.services.sheets.v4.model.ClearValuesResponse;
import com.google.api.services.sheets.v4.model.Sheet;
import com.google.api.services.sheets.v4.model.Spreadsheet;
import com.google.api.services.sheets.v4.model.UpdateValuesResponse;
import com.google.api.services.sheets.v4.model.ValueRange;
import com.google.auth.http.HttpCredentialsAdapter;
import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Drives the simulator with the real {@code google-api-services-sheets} client, gzip on (its default), so
 * the tests cover exactly the bytes the sheets-writer will send.
 */
class RealSheetsClientTest {

    private static final String DRAFT = "draft-13";
    private static final String OPS = "ops";
    private static final String TAB = "Ordered List";

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-12-03T12:00:00Z"));
    private static SheetsSimulator sim;
    private static Sheets sheets;

    @BeforeAll
    static void start() {
        sim = SheetsSimulator.builder().port(0).clock(CLOCK).build().start();
        sheets = new Sheets.Builder(new NetHttpTransport(), GsonFactory.getDefaultInstance(),
                new HttpCredentialsAdapter(GoogleCredentials.create(new AccessToken("fake-access-token", null))))
                .setRootUrl(sim.rootUrl())
                .setApplicationName("front-office-test")
                .build();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @BeforeEach
    void freshState() {
        sim.createDraftSheet(DRAFT, "Season 13 Draft", 32, 16);
        sim.createSpreadsheet(OPS, "Ops", List.of("Queue", "Log", "My Sheet", "Bob's Tab"));
        sim.faults().clear();
        sim.quota().setWritesPerMinute(0);
        sim.requests().clear();
    }

    @Test
    @DisplayName("spreadsheets.get lists the tabs with ids and grid sizes; a field mask is accepted")
    void spreadsheetsGetListsTabs() throws Exception {
        Spreadsheet s = sheets.spreadsheets().get(OPS).setFields("sheets.properties.title").setRanges(List.of("Queue!A1")).execute();

        assertThat(s.getSheets()).extracting(sh -> sh.getProperties().getTitle())
                .containsExactly("Queue", "Log", "My Sheet", "Bob's Tab");
        Sheet first = s.getSheets().get(0);
        assertThat(first.getProperties().getSheetId()).isZero();
        assertThat(first.getProperties().getGridProperties().getRowCount()).isEqualTo(1000);
        assertThat(s.getProperties().getTitle()).isEqualTo("Ops");
        assertThat(s.getSpreadsheetUrl()).isEqualTo(sim.rootUrl() + "sheets/" + OPS);
    }

    @Test
    @DisplayName("the draft sheet has a header and A–C labels: pick overall N is on row N+1")
    void draftSheetLayout() throws Exception {
        ValueRange header = sheets.spreadsheets().values().get(DRAFT, "'Ordered List'!A1:G1").execute();
        assertThat(header.getValues()).containsExactly(
                List.of("Round", "Pick", "Overall", "Orig Owner", "Owner", "Player", "sWAR"));
        ValueRange last = sheets.spreadsheets().values().get(DRAFT, "'Ordered List'!A513:G513").execute();
        assertThat(last.getValues()).containsExactly(List.of("32", "16", "512"));
    }

    @Test
    @DisplayName("update one pick row, then values.get returns it as formatted strings")
    void updateSinglePickRow() throws Exception {
        UpdateValuesResponse r = sheets.spreadsheets().values()
                .update(DRAFT, "'Ordered List'!D5:G5", rows(List.of("WV", "NYY", "Mike Trout", 2.5)))
                .setValueInputOption("RAW").execute();

        assertThat(r.getUpdatedRange()).isEqualTo("'Ordered List'!D5:G5");
        assertThat(r.getUpdatedCells()).isEqualTo(4);
        assertThat(r.getUpdatedRows()).isEqualTo(1);
        assertThat(sheets.spreadsheets().values().get(DRAFT, "'Ordered List'!D5:G5").execute().getValues())
                .containsExactly(List.of("WV", "NYY", "Mike Trout", "2.5"));
        assertThat(sim.values(DRAFT, "Ordered List!A5:G5")).containsExactly(List.of("1", "4", "4", "WV", "NYY", "Mike Trout", "2.5"));

        ValueRange unformatted = sheets.spreadsheets().values().get(DRAFT, "'Ordered List'!G5")
                .setValueRenderOption("UNFORMATTED_VALUE").execute();
        assertThat(unformatted.getValues().get(0).get(0)).isEqualTo(new BigDecimal("2.5"));
    }

    @Test
    @DisplayName("a batchUpdate of 512 pick rows is one call, one log entry and one quota unit")
    void batchUpdate512Rows() throws Exception {
        sim.quota().setWritesPerMinute(1);
        List<ValueRange> data = new ArrayList<>();
        for (int overall = 1; overall <= 512; overall++) {
            data.add(rows(List.of("T" + overall % 16, "T" + overall % 16, "Player " + overall, overall / 100.0))
                    .setRange("'Ordered List'!D" + (overall + 1) + ":G" + (overall + 1)));
        }
        BatchUpdateValuesResponse r = sheets.spreadsheets().values()
                .batchUpdate(DRAFT, new BatchUpdateValuesRequest().setValueInputOption("RAW").setData(data)).execute();

        assertThat(r.getTotalUpdatedRows()).isEqualTo(512);
        assertThat(r.getTotalUpdatedCells()).isEqualTo(2048);
        assertThat(r.getTotalUpdatedSheets()).isEqualTo(1);
        assertThat(r.getResponses()).hasSize(512);
        List<List<String>> all = sim.values(DRAFT, "Ordered List!D2:G513");
        assertThat(all).hasSize(512);
        assertThat(all.get(0)).containsExactly("T1", "T1", "Player 1", "0.01");
        assertThat(all.get(511)).containsExactly("T0", "T0", "Player 512", "5.12");
        assertThat(sim.requests().entries()).singleElement()
                .satisfies(e -> assertThat(e.ranges()).hasSize(512).startsWith("'Ordered List'!D2:G2"));
    }

    @Test
    @DisplayName("one dense block (the batch shape of write_picks_batch), sWAR sent as strings")
    void denseBlockUpdate() throws Exception {
        List<List<Object>> block = new ArrayList<>();
        for (int overall = 1; overall <= 512; overall++) {
            block.add(List.of("A", "B", "P" + overall, "1.5"));
        }
        sheets.spreadsheets().values().update(DRAFT, "Ordered List!D2:G513", new ValueRange().setValues(block))
                .setValueInputOption("USER_ENTERED").execute();
        assertThat(sim.values(DRAFT, "'Ordered List'!D513:G513")).containsExactly(List.of("A", "B", "P512", "1.5"));
    }

    @Test
    @DisplayName("data larger than the requested range is refused with 400, like Sheets")
    void overflowingTheRangeIsRefused() {
        assertThatThrownBy(() -> sheets.spreadsheets().values()
                .update(DRAFT, "'Ordered List'!D5:G5", new ValueRange().setValues(List.of(List.of("a"), List.of("b"))))
                .setValueInputOption("RAW").execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getDetails().getMessage()).contains("tried writing to row [6]");
                });
    }

    @Test
    void clearAndBatchClear() throws Exception {
        put(OPS, "Queue!A1:C3", List.of(List.of("h1", "h2", "h3"), List.of("a", "b", "c"), List.of("d", "e", "f")));
        put(OPS, "Log!A1:B2", List.of(List.of("x", "y"), List.of("z", "w")));
        put(DRAFT, "'Ordered List'!D2:G3", List.of(List.of("a", "b", "c", "1"), List.of("a", "b", "c", "2")));

        ClearValuesResponse cleared = sheets.spreadsheets().values()
                .clear(DRAFT, "'Ordered List'!D2:G3", new ClearValuesRequest()).execute();
        assertThat(cleared.getClearedRange()).isEqualTo("'Ordered List'!D2:G3");
        assertThat(sheets.spreadsheets().values().get(DRAFT, "'Ordered List'!D2:G3").execute().getValues()).isNull();
        assertThat(sim.values(DRAFT, "Ordered List!A2:C2")).containsExactly(List.of("1", "1", "1"));

        var batch = sheets.spreadsheets().values()
                .batchClear(OPS, new BatchClearValuesRequest().setRanges(List.of("Queue!A2:Z", "Log!A:A"))).execute();
        assertThat(batch.getClearedRanges()).containsExactly("Queue!A2:Z1000", "Log!A1:A1000");
        assertThat(sim.values(OPS, "Queue")).containsExactly(List.of("h1", "h2", "h3"));
        assertThat(sim.values(OPS, "Log")).containsExactly(List.of("", "y"), List.of("", "w"));
        assertThat(sim.requests().entries()).extracting(RequestLog.Entry::operation)
                .filteredOn(op -> op.contains("lear")).containsExactly("values.clear", "values.batchClear");
    }

    @Test
    @DisplayName("tab names with spaces and quotes work in both directions; the log shows the decoded range")
    void quotedTabNames() throws Exception {
        UpdateValuesResponse r = sheets.spreadsheets().values()
                .update(OPS, "'My Sheet'!A1:B2", new ValueRange().setValues(List.of(List.of("a", "b"), List.of("c", "d"))))
                .setValueInputOption("RAW").execute();
        assertThat(r.getUpdatedRange()).isEqualTo("'My Sheet'!A1:B2");
        put(OPS, "'Bob''s Tab'!A1", List.of(List.of("quote")));

        assertThat(sheets.spreadsheets().values().get(OPS, "'My Sheet'!A1:B2").execute().getValues())
                .containsExactly(List.of("a", "b"), List.of("c", "d"));
        ValueRange bobs = sheets.spreadsheets().values().get(OPS, "'Bob''s Tab'!A1").execute();
        assertThat(bobs.getRange()).isEqualTo("'Bob''s Tab'!A1");
        assertThat(bobs.getValues()).containsExactly(List.of("quote"));
        assertThat(sim.requests().entries()).first().satisfies(e -> {
            assertThat(e.range()).isEqualTo("'My Sheet'!A1:B2");
            assertThat(e.path()).isEqualTo("/v4/spreadsheets/ops/values/'My Sheet'!A1:B2");
        });
    }

    @Test
    @DisplayName("RAW stores a formula string as text; USER_ENTERED evaluates it and parses numbers")
    void rawVersusUserEntered() throws Exception {
        sheets.spreadsheets().values().update(OPS, "Queue!A1:B1", rows(List.of("=1+1", "2.50")))
                .setValueInputOption("RAW").execute();
        sheets.spreadsheets().values().update(OPS, "Queue!A2:B2", rows(List.of("=1+1", "2.50")))
                .setValueInputOption("USER_ENTERED").execute();

        assertThat(sheets.spreadsheets().values().get(OPS, "Queue!A1:B2").execute().getValues())
                .containsExactly(List.of("=1+1", "2.50"), List.of("2", "2.5"));
        assertThat(sheets.spreadsheets().values().get(OPS, "Queue!A2").setValueRenderOption("FORMULA").execute().getValues())
                .containsExactly(List.of("=1+1"));
    }

    @Test
    @DisplayName("a write without valueInputOption is a 400, as at Google")
    void valueInputOptionRequired() {
        assertThatThrownBy(() -> sheets.spreadsheets().values().update(OPS, "Queue!A1", rows(List.of("x"))).execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getDetails().getMessage()).contains("valueInputOption");
                });
    }

    @Test
    @DisplayName("trailing empty cells and rows are trimmed, and an empty range has no values at all")
    void trimmingAndEmptyRanges() throws Exception {
        put(OPS, "Queue!A1:C3", List.of(List.of("a", "b", ""), List.of("", "", ""), List.of("c")));

        ValueRange r = sheets.spreadsheets().values().get(OPS, "Queue!A1:E10").execute();
        assertThat(r.getValues()).containsExactly(List.of("a", "b"), List.of(), List.of("c"));
        assertThat(r.getRange()).isEqualTo("Queue!A1:E10");
        assertThat(r.getMajorDimension()).isEqualTo("ROWS");

        ValueRange empty = sheets.spreadsheets().values().get(OPS, "Queue!H1:H5").execute();
        assertThat(empty.getValues()).isNull();
        assertThat(empty.getRange()).isEqualTo("Queue!H1:H5");

        ValueRange columns = sheets.spreadsheets().values().get(OPS, "Queue!A1:C3").setMajorDimension("COLUMNS").execute();
        assertThat(columns.getValues()).containsExactly(List.of("a", "", "c"), List.of("b"));
    }

    @Test
    @DisplayName("A1 forms: whole columns, open rows, a bare tab name, and no tab (the first tab)")
    void rangeForms() throws Exception {
        put(OPS, "Queue!A1:B3", List.of(List.of("1", "x"), List.of("2", "y"), List.of("3", "z")));

        assertThat(get(OPS, "Queue!A:A")).containsExactly(List.of("1"), List.of("2"), List.of("3"));
        assertThat(get(OPS, "Queue!A2:Z")).containsExactly(List.of("2", "y"), List.of("3", "z"));
        assertThat(get(OPS, "Queue")).hasSize(3);
        assertThat(get(OPS, "B1:B2")).containsExactly(List.of("x"), List.of("y"));
        assertThat(sheets.spreadsheets().values().get(OPS, "Queue!A:A").execute().getRange()).isEqualTo("Queue!A1:A1000");
    }

    @Test
    void appendAddsRowsAfterTheTable() throws Exception {
        put(OPS, "Log!A1:B1", List.of(List.of("when", "what")));
        AppendValuesResponse r = sheets.spreadsheets().values().append(OPS, "Log!A:B", rows(List.of("t1", "pick 1")))
                .setValueInputOption("RAW").setInsertDataOption("INSERT_ROWS").execute();
        assertThat(r.getTableRange()).isEqualTo("Log!A1:B1");
        assertThat(r.getUpdates().getUpdatedRange()).isEqualTo("Log!A2:B2");
        sheets.spreadsheets().values().append(OPS, "Log!A:B", rows(List.of("t2", "pick 2"))).setValueInputOption("RAW").execute();
        assertThat(sim.values(OPS, "Log")).containsExactly(List.of("when", "what"), List.of("t1", "pick 1"), List.of("t2", "pick 2"));
    }

    @Test
    void batchGetReturnsEveryRange() throws Exception {
        put(OPS, "Queue!A1", List.of(List.of("q")));
        BatchGetValuesResponse r = sheets.spreadsheets().values().batchGet(OPS)
                .setRanges(List.of("Queue!A1:B2", "'My Sheet'!A1")).execute();
        assertThat(r.getValueRanges()).hasSize(2);
        assertThat(r.getValueRanges().get(0).getValues()).containsExactly(List.of("q"));
        assertThat(r.getValueRanges().get(1).getValues()).isNull();
        assertThat(sim.requests().entries()).singleElement()
                .satisfies(e -> assertThat(e.ranges()).containsExactly("Queue!A1:B2", "'My Sheet'!A1"));
    }

    @Test
    @DisplayName("injected 429 and 500 reach the client as GoogleJsonResponseException; then calls succeed")
    void faultInjection() throws Exception {
        sim.faults().add(new FaultInjector.Fault(429, 0, null, 2));
        sim.faults().add(new FaultInjector.Fault(500, 0, null, 1));
        var update = sheets.spreadsheets().values().update(DRAFT, "'Ordered List'!D2:G2", rows(List.of("a", "b", "c", 1)))
                .setValueInputOption("RAW");

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(update::execute).isInstanceOfSatisfying(GoogleJsonResponseException.class, e -> {
                assertThat(e.getStatusCode()).isEqualTo(429);
                assertThat(e.getDetails().getMessage()).startsWith("Quota exceeded for quota metric 'Write requests'");
                assertThat(e.getDetails().getErrors().get(0).getReason()).isEqualTo("rateLimitExceeded");
                assertThat(e.getHeaders().get("retry-after")).isNull();
            });
        }
        assertThatThrownBy(update::execute).isInstanceOfSatisfying(GoogleJsonResponseException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(500));
        assertThat(sim.values(DRAFT, "Ordered List!D2:G2")).isEmpty();

        update.execute();
        assertThat(sim.values(DRAFT, "Ordered List!D2:G2")).containsExactly(List.of("a", "b", "c", "1"));
        assertThat(sim.requests().entries()).extracting(RequestLog.Entry::status).containsExactly(429, 429, 500, 200);
    }

    @Test
    void injectedDelaySlowsOnlyTheNextCalls() throws Exception {
        sim.faults().add(new FaultInjector.Fault(0, 400, null, 1));
        long t0 = System.nanoTime();
        sheets.spreadsheets().values().get(DRAFT, "'Ordered List'!A1").execute();
        long slow = (System.nanoTime() - t0) / 1_000_000;
        long t1 = System.nanoTime();
        sheets.spreadsheets().values().get(DRAFT, "'Ordered List'!A1").execute();
        long fast = (System.nanoTime() - t1) / 1_000_000;

        assertThat(slow).isGreaterThanOrEqualTo(400);
        assertThat(fast).isLessThan(400);
        assertThat(sim.requests().entries().get(0).millis()).isGreaterThanOrEqualTo(400);
    }

    @Test
    @DisplayName("with 60 writes per minute the 61st write gets 429, reads are not limited, and time heals it")
    void writeQuota() throws Exception {
        sim.quota().setWritesPerMinute(60);
        var write = sheets.spreadsheets().values().update(DRAFT, "'Ordered List'!D2:G2", rows(List.of("a", "b", "c", 1)))
                .setValueInputOption("RAW");
        for (int i = 0; i < 60; i++) {
            write.execute();
        }
        assertThatThrownBy(write::execute).isInstanceOfSatisfying(GoogleJsonResponseException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(429);
            assertThat(e.getDetails().getMessage()).contains("Quota exceeded for quota metric 'Write requests'");
        });
        sheets.spreadsheets().values().get(DRAFT, "'Ordered List'!D2").execute(); // reads are fine

        CLOCK.advance(Duration.ofSeconds(61));
        write.execute();
    }

    @Test
    @DisplayName("the request log records operation, decoded range, status and timing for API calls only")
    void requestLog() throws Exception {
        sheets.spreadsheets().get(DRAFT).execute();
        sheets.spreadsheets().values().update(DRAFT, "'Ordered List'!D5:G5", rows(List.of("a", "b", "c", 1)))
                .setValueInputOption("RAW").execute();
        sheets.spreadsheets().values().get(DRAFT, "'Ordered List'!D5:G5").execute();
        sim.values(DRAFT, "Ordered List!D5"); // embedding API: not an API call, not logged

        List<RequestLog.Entry> log = sim.requests().entries();
        assertThat(log).extracting(RequestLog.Entry::operation).containsExactly("spreadsheets.get", "values.update", "values.get");
        assertThat(log).extracting(RequestLog.Entry::method).containsExactly("GET", "PUT", "GET");
        assertThat(log.get(1).range()).isEqualTo("'Ordered List'!D5:G5");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.spreadsheetId()).isEqualTo(DRAFT);
            assertThat(e.status()).isEqualTo(200);
            assertThat(Instant.parse(e.at())).isEqualTo(CLOCK.instant());
        });
        sim.requests().clear();
        assertThat(sim.requests().entries()).isEmpty();
    }

    @Test
    void unknownSpreadsheetIs404AndUnknownTabIs400() {
        assertThatThrownBy(() -> sheets.spreadsheets().get("nope").execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getDetails().getMessage()).isEqualTo("Requested entity was not found.");
                });
        assertThatThrownBy(() -> sheets.spreadsheets().values().get("nope", "A1").execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, e -> assertThat(e.getStatusCode()).isEqualTo(404));
        assertThatThrownBy(() -> sheets.spreadsheets().values().get(OPS, "Nope!A1").execute())
                .isInstanceOfSatisfying(GoogleJsonResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(400);
                    assertThat(e.getDetails().getMessage()).isEqualTo("Unable to parse range: Nope!A1");
                });
        assertThat(sim.requests().entries()).extracting(RequestLog.Entry::status).containsExactly(404, 404, 400);
    }

    @Test
    @DisplayName("concurrent writers to different rows all land (store is thread-safe)")
    void concurrentWrites() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int overall = 1; overall <= 64; overall++) {
                int row = overall + 1;
                futures.add(pool.submit(() -> sheets.spreadsheets().values()
                        .update(DRAFT, "'Ordered List'!D" + row + ":G" + row, rows(List.of("o", "w", "p" + row, row)))
                        .setValueInputOption("RAW").execute()));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<List<String>> picks = sim.values(DRAFT, "Ordered List!D2:G65");
        assertThat(picks).hasSize(64).allSatisfy(r -> assertThat(r).hasSize(4));
        assertThat(Double.parseDouble(picks.get(63).get(3))).isCloseTo(65, within(0.0));
    }

    private static ValueRange rows(List<Object> row) {
        return new ValueRange().setValues(List.of(row));
    }

    private static void put(String id, String range, List<List<Object>> values) throws Exception {
        sheets.spreadsheets().values().update(id, range, new ValueRange().setValues(values)).setValueInputOption("RAW").execute();
        sim.requests().clear();
    }

    private static List<List<Object>> get(String id, String range) throws Exception {
        return sheets.spreadsheets().values().get(id, range).execute().getValues();
    }
}
