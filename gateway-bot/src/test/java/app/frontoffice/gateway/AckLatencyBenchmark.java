package app.frontoffice.gateway;

import app.frontoffice.testkit.FrontOfficeTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static app.frontoffice.gateway.GatewayTestSupport.sim;
import static org.awaitility.Awaitility.await;

/**
 * Fires interactions through the simulator and prints how fast the gateway acknowledged them
 * (the simulator's {@code ackMillis}: callback arrival minus dispatch). Not part of verify:
 * {@code ./mvnw -B -o -pl gateway-bot test -Dtest=AckLatencyBenchmark -Dgroups=benchmark -DexcludedGroups=none}
 */
@Tag("benchmark")
@QuarkusTest
@TestProfile(AckLatencyBenchmark.NoTimeoutNotes.class)
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "gateway"))
@WithTestResource(DiscordSimulatorResource.class)
class AckLatencyBenchmark {

    /** Nobody answers these commands; keep the timeout notes out of the measurement. */
    public static class NoTimeoutNotes implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.answer-timeout", "10m");
        }
    }

    private static final int WARM_UP = 30;
    private static final int MEASURED = 200;

    @Test
    void ackLatency() {
        GatewayTestSupport.awaitBotReady();
        String[] paths = {"draft-status", "draft-on-clock", "draft-list", "draft-board"};
        for (int i = 0; i < WARM_UP; i++) {
            sim().invoke("jordan", "general", paths[i % paths.length], Map.of());
        }
        List<String> ids = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            ids.add(sim().invoke(i % 2 == 0 ? "jordan" : "sam", "general", paths[i % paths.length], Map.of()));
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        List<Long> acks = new ArrayList<>();
        for (String id : ids) {
            acks.add(await().until(() -> sim().interaction(id).ackMillis(), a -> a != null));
        }
        Collections.sort(acks);
        System.out.printf("%nACK LATENCY over %d interactions (fired in %d ms): p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n%n",
                acks.size(), elapsedMs, percentile(acks, 50), percentile(acks, 90), percentile(acks, 99), acks.get(acks.size() - 1));
    }

    private static long percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
