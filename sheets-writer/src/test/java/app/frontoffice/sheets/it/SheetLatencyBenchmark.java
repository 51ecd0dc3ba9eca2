package app.frontoffice.sheets.it;

import app.frontoffice.events.draft.PickMade;
import app.frontoffice.sim.sheets.SheetsSimulatorClient;
import app.frontoffice.testkit.FrontOfficeTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static app.frontoffice.sheets.it.Fixtures.cells;
import static app.frontoffice.sheets.it.Fixtures.pick;
import static app.frontoffice.sheets.it.Fixtures.record;
import static app.frontoffice.sheets.it.SheetsSimulatorResource.sheetKey;
import static org.awaitility.Awaitility.await;

/**
 * Prints pick → visible-on-sheet latency and Sheets API calls per 100 picks, with the simulator's
 * Google-like write quota (60/min) on and the production flush and retry settings. Not part of
 * {@code verify}: run it with {@code -Dgroups=benchmark -DexcludedGroups=none -Dtest=SheetLatencyBenchmark}.
 * Visibility is sampled by reading the sheet every 25 ms, so figures are ±25 ms.
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(SheetLatencyBenchmark.ProductionTiming.class)
@WithTestResource(FrontOfficeTestResource.class)
@WithTestResource(SheetsSimulatorResource.class)
class SheetLatencyBenchmark {

    private static final int SEASON = 20;

    /** The defaults of DraftSheetConfig (the test profile shortens them). */
    public static class ProductionTiming implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("draft-sheet.flush.min-interval", "1100ms",
                    "draft-sheet.retry.initial-delay", "1s",
                    "draft-sheet.retry.max-delay", "30s",
                    "draft-sheet.failure-notice-after", "60s");
        }
    }

    @Test
    void latencyAndCallsPerHundredPicks() throws Exception {
        SheetsSimulatorClient sim = Fixtures.simulator();
        sim.setWritesPerMinute(60);
        try {
            // A live draft with the clock running fast: one pick every 1.5 s.
            run(sim, "steady, 1 pick / 1.5 s", 1, 40, 1500);
            // Auto-draft catching up after a pause: 200 picks at 20 per second.
            run(sim, "burst, 20 picks / s", 41, 240, 50);
        } finally {
            sim.setWritesPerMinute(0);
        }
    }

    private void run(SheetsSimulatorClient sim, String label, int from, int to, long gapMillis) throws Exception {
        long callsBefore = Fixtures.callsTo(sheetKey(SEASON));
        long rejectedBefore = Fixtures.requestsTo(sheetKey(SEASON)).stream().filter(e -> e.status() == 429).count();
        Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
        Map<Integer, Long> seenAt = new ConcurrentHashMap<>();
        Map<Integer, List<String>> expected = new ConcurrentHashMap<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> watch(sim, from, to, expected, seenAt, watching), "sheet-watcher");
        watcher.start();
        try (KafkaProducer<String, String> producer = Fixtures.producer()) {
            for (int overall = from; overall <= to; overall++) {
                PickMade p = pick(SEASON, overall, "Bench " + overall);
                expected.put(overall, cells(p));
                Map.Entry<String, String> r = record(p);
                sentAt.put(overall, System.nanoTime());
                producer.send(new ProducerRecord<>("draft.pick-made", r.getKey(), r.getValue()));
                producer.flush();
                Thread.sleep(gapMillis);
            }
        }
        await().atMost(Duration.ofMinutes(3)).until(() -> seenAt.size() == to - from + 1);
        watching.set(false);
        watcher.join();

        List<Long> latencies = new ArrayList<>();
        sentAt.forEach((overall, sent) -> latencies.add((seenAt.get(overall) - sent) / 1_000_000));
        latencies.sort(Long::compare);
        long calls = Fixtures.callsTo(sheetKey(SEASON)) - callsBefore;
        long rejected = Fixtures.requestsTo(sheetKey(SEASON)).stream().filter(e -> e.status() == 429).count()
                - rejectedBefore;
        int picks = to - from + 1;
        System.out.printf("BENCHMARK %-24s picks=%d  latency p50=%d ms  p99=%d ms  max=%d ms  "
                        + "API calls=%d (%.1f per 100 picks, %d refused by quota)%n",
                label, picks, percentile(latencies, 50), percentile(latencies, 99), latencies.get(latencies.size() - 1),
                calls, calls * 100.0 / picks, rejected);
    }

    private static void watch(SheetsSimulatorClient sim, int from, int to, Map<Integer, List<String>> expected,
                              Map<Integer, Long> seenAt, AtomicBoolean watching) {
        while (watching.get()) {
            List<List<String>> rows = sim.values(sheetKey(SEASON), "Ordered List!D" + (from + 1) + ":G" + (to + 1));
            long now = System.nanoTime();
            for (int i = 0; i < rows.size(); i++) {
                int overall = from + i;
                if (!seenAt.containsKey(overall) && rows.get(i).equals(expected.get(overall))) {
                    seenAt.put(overall, now);
                }
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
