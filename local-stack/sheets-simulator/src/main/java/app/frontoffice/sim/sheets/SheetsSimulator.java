package app.frontoffice.sim.sheets;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stateful Google Sheets API v4 server for tests and the local stack. The real
 * {@code google-api-services-sheets} client talks to it after {@code Sheets.Builder.setRootUrl(sim.rootUrl())}.
 *
 * <pre>{@code
 * try (SheetsSimulator sim = SheetsSimulator.builder().port(0).build().start()) {
 *     sim.createDraftSheet("draft-13", "Season 13 Draft", 32, 16);
 *     // ... point the code under test at sim.rootUrl() ...
 *     sim.values("draft-13", "Ordered List!D2:G513");
 * }
 * }</pre>
 *
 * Routes: {@code /v4/spreadsheets/...} (the API), {@code /sim/...} (control, see README), {@code /} and
 * {@code /sheets/{id}} (HTML).
 */
public final class SheetsSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SheetsSimulator.class);

    private final String host;
    private final int requestedPort;
    private final Clock clock;
    private final List<Path> seeds;
    private final SpreadsheetStore store = new SpreadsheetStore();
    private final FaultInjector faults = new FaultInjector();
    private final WriteQuota quota;
    private final RequestLog requests = new RequestLog();
    private HttpServer server;
    private ExecutorService executor;
    /** Volatile so handler threads can build URLs without taking the lifecycle lock. */
    private volatile int boundPort = -1;

    private SheetsSimulator(Builder b) {
        this.host = b.host;
        this.requestedPort = b.port;
        this.clock = b.clock;
        this.seeds = List.copyOf(b.seeds);
        this.quota = new WriteQuota(clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Loads the seed files, then binds and starts serving. */
    public synchronized SheetsSimulator start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        seeds.forEach(this::load);
        // The JDK server writes response headers and body separately; with Nagle on, the body waits for
        // the client's delayed ACK and every call takes ~40 ms. The flag is read once per JVM, when the
        // first server is created, so set it before that unless someone chose otherwise.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(host, requestedPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind Sheets simulator to " + host + ":" + requestedPort, e);
        }
        // A pool rather than the default single thread: an injected delay must not hold up other callers.
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sheets-sim-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/v4/", new ApiHandler(new SheetsApi(store, clock, this::rootUrl), faults, quota, requests, clock));
        server.createContext("/sim/", new ControlHandler(store, faults, quota, requests, clock, this::summary));
        server.createContext("/", new HtmlView(store));
        server.start();
        boundPort = server.getAddress().getPort();
        LOG.info("Sheets simulator listening on {}", rootUrl());
        return this;
    }

    /** The value for {@code Sheets.Builder.setRootUrl}, e.g. {@code http://127.0.0.1:8701/}. */
    public String rootUrl() {
        return "http://" + host + ":" + port() + "/";
    }

    public int port() {
        if (boundPort < 0) {
            throw new IllegalStateException("not started");
        }
        return boundPort;
    }

    /** Creates (or replaces) an empty spreadsheet with the given tabs. */
    public SpreadsheetSummary createSpreadsheet(String id, String title, List<String> tabs) {
        return summary(store.create(id, title, tabs));
    }

    /** Creates (or replaces) a spreadsheet with contents; see {@link SpreadsheetSpec}. */
    public SpreadsheetSummary createSpreadsheet(SpreadsheetSpec spec) {
        return summary(store.create(spec, clock.instant()));
    }

    /**
     * Creates the league draft sheet: tab "Ordered List" with a header row and round/pick/overall labels in
     * A–C for rounds x teams picks, so pick overall N sits on row N+1 and D–G are free for the bot.
     */
    public SpreadsheetSummary createDraftSheet(String id, String title, int rounds, int teams) {
        return createSpreadsheet(DraftSheetLayout.spec(id, title, rounds, teams));
    }

    /** Loads a JSON seed file, a CSV file or a directory of CSV files (see README). */
    public List<SpreadsheetSummary> load(Path path) {
        List<SpreadsheetSummary> created = new ArrayList<>();
        for (SpreadsheetSpec spec : SheetFiles.read(path)) {
            created.add(createSpreadsheet(spec));
        }
        return created;
    }

    /** FORMATTED_VALUE rows of a range, trimmed like the API; an empty list for an empty range. */
    public List<List<String>> values(String spreadsheetId, String range) {
        Spreadsheet sheet = store.find(spreadsheetId)
                .orElseThrow(() -> new IllegalArgumentException("no spreadsheet " + spreadsheetId));
        List<List<String>> out = new ArrayList<>();
        for (List<Object> row : ControlHandler.formatted(sheet.read(SheetsApi.parse(range)).rows())) {
            out.add(row.stream().map(String::valueOf).toList());
        }
        return out;
    }

    public List<SpreadsheetSummary> spreadsheets() {
        return store.list().stream().map(this::summary).toList();
    }

    public boolean deleteSpreadsheet(String id) {
        return store.delete(id);
    }

    public FaultInjector faults() {
        return faults;
    }

    public WriteQuota quota() {
        return quota;
    }

    public RequestLog requests() {
        return requests;
    }

    private SpreadsheetSummary summary(Spreadsheet s) {
        String url = boundPort < 0 ? null : rootUrl() + "sheets/" + s.id();
        return new SpreadsheetSummary(s.id(), s.title(), s.tabTitles(), url);
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            try {
                executor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server = null;
        }
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private Clock clock = Clock.systemUTC();
        private final List<Path> seeds = new ArrayList<>();

        private Builder() {
        }

        /** 0 (the default) picks a free port; the local-stack launcher uses 8701. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Address to bind; loopback by default so a dev machine does not expose it. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** Clock for the write quota window and timestamps; tests pass a movable one. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** A seed file or directory to load at start; may be called more than once. */
        public Builder load(Path path) {
            seeds.add(path);
            return this;
        }

        public SheetsSimulator build() {
            return new SheetsSimulator(this);
        }
    }
}
