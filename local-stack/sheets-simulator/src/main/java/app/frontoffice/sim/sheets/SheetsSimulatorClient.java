package app.frontoffice.sim.sheets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls the simulator's control API ({@code /sim/...}) over HTTP, for tests that run the simulator in
 * another process (the local stack) or just prefer the wire. Each method mirrors one route in the README.
 * Any non-2xx answer becomes an {@link IllegalStateException} carrying the status and body.
 */
public final class SheetsSimulatorClient {

    private final URI root;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param rootUrl the simulator root, e.g. {@code http://127.0.0.1:8701/} */
    public SheetsSimulatorClient(String rootUrl) {
        this.root = URI.create(rootUrl.endsWith("/") ? rootUrl : rootUrl + "/");
    }

    public SpreadsheetSummary createSpreadsheet(SpreadsheetSpec spec) {
        return call("POST", "sim/sheets", spec, new TypeReference<>() { });
    }

    public SpreadsheetSummary createDraftSheet(String id, String title, int rounds, int teams) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("title", title);
        body.put("rounds", rounds);
        body.put("teams", teams);
        return call("POST", "sim/sheets/draft", body, new TypeReference<>() { });
    }

    public List<SpreadsheetSummary> spreadsheets() {
        return call("GET", "sim/sheets", null, new TypeReference<>() { });
    }

    /** The whole spreadsheet as FORMATTED_VALUE rows per tab. */
    public SpreadsheetSpec spreadsheet(String id) {
        return call("GET", "sim/sheets/" + enc(id), null, new TypeReference<>() { });
    }

    public List<List<String>> values(String id, String range) {
        return call("GET", "sim/sheets/" + enc(id) + "/values?range=" + enc(range), null, new TypeReference<>() { });
    }

    /** Writes cells directly (USER_ENTERED, no fault/quota/log), e.g. to stage a scorebug tab. */
    public void setValues(String id, String range, List<List<Object>> values) {
        call("PUT", "sim/sheets/" + enc(id) + "/values?range=" + enc(range), Map.of("values", values),
                new TypeReference<JsonNode>() { });
    }

    public void deleteSpreadsheet(String id) {
        call("DELETE", "sim/sheets/" + enc(id), null, null);
    }

    public void deleteAllSpreadsheets() {
        call("DELETE", "sim/sheets", null, null);
    }

    /** The next {@code count} API calls answer {@code status} with Google's error JSON. */
    public void failNext(int status, int count) {
        call("POST", "sim/faults", Map.of("status", status, "count", count), new TypeReference<JsonNode>() { });
    }

    /** The next {@code count} API calls wait {@code millis} before answering normally. */
    public void delayNext(long millis, int count) {
        call("POST", "sim/faults", Map.of("delayMillis", millis, "count", count), new TypeReference<JsonNode>() { });
    }

    public void clearFaults() {
        call("DELETE", "sim/faults", null, null);
    }

    /** Limits writes per rolling minute; 0 turns the quota off. */
    public void setWritesPerMinute(int writesPerMinute) {
        call("POST", "sim/quota", Map.of("writesPerMinute", writesPerMinute), new TypeReference<JsonNode>() { });
    }

    public List<RequestLog.Entry> requests() {
        return call("GET", "sim/requests", null, new TypeReference<>() { });
    }

    public void clearRequests() {
        call("DELETE", "sim/requests", null, null);
    }

    private <T> T call(String method, String path, Object body, TypeReference<T> type) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(body));
            HttpRequest request = HttpRequest.newBuilder(root.resolve(path))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .method(method, publisher)
                    .build();
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return type == null || response.body().length == 0 ? null : Json.MAPPER.readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + path, e);
        }
    }

    /** Percent-encodes for a path segment or query value (spaces as %20, which the simulator decodes). */
    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
