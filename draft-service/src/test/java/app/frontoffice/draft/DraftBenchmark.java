package app.frontoffice.draft;

import app.frontoffice.draft.state.Draft;
import app.frontoffice.draft.state.DraftListEntryRow;
import app.frontoffice.draft.state.PickRow;
import app.frontoffice.events.EventCodec;
import app.frontoffice.events.Topics;
import app.frontoffice.events.discord.CommandOption;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.league.Player;
import app.frontoffice.testkit.FrontOfficeTestResource;
import app.frontoffice.testkit.Infrastructure;
import app.frontoffice.testkit.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static app.frontoffice.draft.DraftTestSupport.adminCommand;
import static app.frontoffice.draft.DraftTestSupport.ask;
import static app.frontoffice.draft.DraftTestSupport.commandBy;
import static app.frontoffice.draft.DraftTestSupport.publish;

/**
 * Prints figures; asserts nothing. Several leagues draft at once on the real broker and database:
 * commands at 50/s (command → answer latency), and 35-second clocks that run out (how late each
 * auto-draft comes after its deadline, and how many warnings were missed). Commands enter on
 * {@code draft.commands} as the gateway would publish them; the Discord hop is measured by the
 * gateway's own benchmark.
 *
 * <p>Run: {@code ./mvnw -B -pl draft-service verify -Dgroups=benchmark -DexcludedGroups=none -Dtest=DraftBenchmark}
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "draft"))
class DraftBenchmark {

    static final int LEAGUES = 4;
    static final int COMMANDS_PER_SECOND = 50;
    static final Duration COMMAND_LOAD = Duration.ofSeconds(20);
    static final int CLOCK_SECONDS = 35;
    static final int EXPIRIES_PER_LEAGUE = 2;

    @Inject
    EntityManager em;

    @Test
    void printFigures() throws Exception {
        List<TestLeague> leagues = new ArrayList<>();
        for (int i = 0; i < LEAGUES; i++) {
            leagues.add(TestLeague.withRounds(2, false).importIntoDraftService());
        }
        warmUp(leagues);
        commandLatency(leagues);
        clockPrecision(leagues);
    }

    /** A fresh JVM interprets before it compiles: let the service warm up before anything is measured. */
    private void warmUp(List<TestLeague> leagues) {
        for (int i = 0; i < 150; i++) {
            TestLeague league = leagues.get(i % leagues.size());
            ask(commandBy(league.id(), league.gmOf(league.slotTeam(1)), i % 2 == 0 ? "draft-status" : "draft-board"));
        }
    }

    private void commandLatency(List<TestLeague> leagues) throws Exception {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread tail = new Thread(() -> tailReplies(sentAt, latencies, running), "bench-tail");
        tail.start();
        Thread.sleep(2000); // let the tail's consumer get its partitions
        long total = COMMANDS_PER_SECOND * COMMAND_LOAD.toSeconds();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            TestLeague league = leagues.get(i % leagues.size());
            String gm = league.gmOf(league.slotTeam(1 + (i / leagues.size()) % 16));
            SlashCommand command = switch (i % 3) {
                case 0 -> commandBy(league.id(), gm, "draft-status");
                case 1 -> commandBy(league.id(), gm, "draft-board", CommandOption.integer("round_number", 1));
                default -> commandBy(league.id(), gm, "draft-list");
            };
            long due = start + i * 1_000_000_000L / COMMANDS_PER_SECOND;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            sentAt.put(command.interactionId(), System.nanoTime());
            publish(command);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (latencies.size() < total && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        running.set(false);
        tail.join();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%nDRAFT BENCHMARK — %d leagues, %d commands at %d/s: answered %d, latency p50 %d ms, p99 %d ms, max %d ms%n",
                leagues.size(), total, COMMANDS_PER_SECOND, sorted.size(), pct(sorted, 50), pct(sorted, 99),
                sorted.isEmpty() ? -1 : sorted.get(sorted.size() - 1));
    }

    private void clockPrecision(List<TestLeague> leagues) throws Exception {
        for (TestLeague league : leagues) {
            List<Player> pool = league.freeAgents();
            QuarkusTransaction.requiringNew().run(() -> {
                for (int slot = 1; slot <= 16; slot++) {
                    DraftListEntryRow row = new DraftListEntryRow();
                    row.leagueId = league.id();
                    row.season = 13;
                    row.team = league.slotTeam(slot);
                    row.playerId = pool.get(slot).id();
                    row.rank = 1;
                    row.persist();
                }
            });
            ask(adminCommand(league.id(), "draft-admin timer", CommandOption.bool("enabled", true),
                    CommandOption.integer("seconds", CLOCK_SECONDS)));
        }
        Thread.sleep((CLOCK_SECONDS * EXPIRIES_PER_LEAGUE + 5) * 1000L);
        long worstDelayMs = 0;
        int expected30 = 0;
        int sent30 = 0;
        List<Long> warningErrors = new ArrayList<>();
        for (TestLeague league : leagues) {
            for (PickRow pick : QuarkusTransaction.requiringNew().call(() -> PickRow.ofSeason(league.id(), 13))) {
                if (pick.auto && pick.pickedAt != null) {
                    Instant deadline = deadlineOf(league.id(), pick.overall);
                    worstDelayMs = Math.max(worstDelayMs, Duration.between(deadline, pick.pickedAt).toMillis());
                }
            }
            @SuppressWarnings("unchecked")
            List<Object[]> notices = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select kind, extract(epoch from (sent_at - deadline)) * 1000, overall from draft_clock_notice where league_id = :l")
                    .setParameter("l", league.id()).getResultList());
            // Every pick that expired should have had its 30-second warning first.
            for (Object[] expiry : notices) {
                if (!"EXPIRY".equals(expiry[0])) {
                    continue;
                }
                expected30++;
                for (Object[] n : notices) {
                    if ("WARNING_30".equals(n[0]) && n[2].equals(expiry[2])) {
                        sent30++;
                        warningErrors.add(Math.abs(((Number) n[1]).longValue() + 30_000));
                    }
                }
            }
        }
        Collections.sort(warningErrors);
        System.out.printf("DRAFT BENCHMARK — clock: %d-second clocks, %d expiries: worst auto-draft delay after the deadline %d ms; "
                        + "30 s warnings sent %d of %d (missed %d), worst warning timing error %d ms%n%n",
                CLOCK_SECONDS, expected30, worstDelayMs, sent30, expected30, expected30 - sent30,
                warningErrors.isEmpty() ? 0 : warningErrors.get(warningErrors.size() - 1));
    }

    /** The deadline the expiry notice of a pick was recorded for. */
    private Instant deadlineOf(String leagueId, int overall) {
        return QuarkusTransaction.requiringNew().call(() -> (Instant) em.createNativeQuery(
                        "select deadline from draft_clock_notice where league_id = :l and overall = :o and kind = 'EXPIRY'", Instant.class)
                .setParameter("l", leagueId).setParameter("o", overall).getSingleResult());
    }

    private static void tailReplies(Map<String, Long> sentAt, List<Long> latencies, AtomicBoolean running) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(Topics.DISCORD_ACTIONS));
            while (running.get()) {
                for (var record : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    String correlation = EventCodec.decode(record.value()).correlationId();
                    Long sent = correlation == null ? null : sentAt.remove(correlation);
                    if (sent != null) {
                        latencies.add((now - sent) / 1_000_000);
                    }
                }
            }
        }
    }

    private static long pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? -1 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
