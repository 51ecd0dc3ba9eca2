package app.frontoffice.sim.sheets;

import app.frontoffice.sim.sheets.FaultInjector.Fault;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /v4/spreadsheets/...}. Per request, in this order: injected fault (delay and/or error),
 * write quota, the operation itself; then the call goes into the {@link RequestLog}.
 */
final class ApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);

    private final SheetsApi api;
    private final FaultInjector faults;
    private final WriteQuota quota;
    private final RequestLog log;
    private final Clock clock;

    ApiHandler(SheetsApi api, FaultInjector faults, WriteQuota quota, RequestLog log, Clock clock) {
        this.api = api;
        this.faults = faults;
        this.quota = quota;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        long started = System.nanoTime();
        String at = clock.instant().toString();
        String method = ex.getRequestMethod();
        ApiRoute route = ApiRoute.parse(method, ex.getRequestURI().getRawPath());
        Map<String, List<String>> query = HttpIo.query(ex);
        List<String> ranges = null;
        int status;
        Object response;
        try {
            // Read the body up front, even for a request about to fail, so the log can show its ranges.
            JsonNode body = "GET".equals(method) ? NullNode.getInstance() : HttpIo.jsonBody(ex);
            ranges = batchRanges(route, body, query);
            response = answer(route, query, body);
            status = 200;
        } catch (ApiException e) {
            status = e.status();
            // No Retry-After header on 429: Google does not send one for Sheets quota errors.
            response = GoogleErrors.body(status, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Sheets simulator failed on {} {}", method, ex.getRequestURI(), e);
            status = 500;
            response = GoogleErrors.body(status, null);
        }
        // Log before answering: a test that asserts on the log right after the call returns must see it.
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.add(new RequestLog.Entry(method, HttpIo.decode(ex.getRequestURI().getRawPath(), false),
                route.operation(), route.spreadsheetId(), route.range(), ranges, status, millis, at));
        HttpIo.sendJson(ex, status, response);
    }

    private Object answer(ApiRoute route, Map<String, List<String>> query, JsonNode body) {
        Optional<Fault> fault = faults.next();
        if (fault.isPresent()) {
            sleep(fault.get().delayMillis());
            if (fault.get().status() != 0) {
                throw new ApiException(fault.get().status(), fault.get().message());
            }
        }
        if (!route.known()) {
            throw new ApiException(404, "Requested entity was not found.");
        }
        if (route.isWrite() && !quota.tryAcquire()) {
            throw new ApiException(429, GoogleErrors.WRITE_QUOTA_MESSAGE);
        }
        String id = route.spreadsheetId();
        return switch (route.operation()) {
            case "spreadsheets.get" -> api.getSpreadsheet(id);
            case "spreadsheets.batchUpdate" -> api.batchUpdateSpreadsheet(id, body);
            case "values.get" -> api.getValues(id, route.range(), query);
            case "values.batchGet" -> api.batchGet(id, query.getOrDefault("ranges", List.of()), query);
            case "values.update" -> api.update(id, route.range(), query, body);
            case "values.batchUpdate" -> api.batchUpdate(id, body);
            case "values.append" -> api.append(id, route.range(), query, body);
            case "values.clear" -> api.clear(id, route.range());
            case "values.batchClear" -> api.batchClear(id, textList(body.path("ranges")));
            default -> throw new IllegalStateException("unrouted operation " + route.operation());
        };
    }

    /** The ranges a batch call touches, for the request log. */
    private static List<String> batchRanges(ApiRoute route, JsonNode body, Map<String, List<String>> query) {
        if (route.operation() == null) {
            return null;
        }
        return switch (route.operation()) {
            case "values.batchGet" -> query.getOrDefault("ranges", List.of());
            case "values.batchClear" -> textList(body.path("ranges"));
            case "values.batchUpdate" -> {
                List<String> out = new ArrayList<>();
                body.path("data").forEach(d -> out.add(d.path("range").asText()));
                yield out;
            }
            default -> null;
        };
    }

    private static List<String> textList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
