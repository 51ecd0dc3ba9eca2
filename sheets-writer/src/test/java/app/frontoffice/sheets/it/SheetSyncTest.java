package app.frontoffice.sheets.it;

import app.frontoffice.events.Topics;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.draft.PickMade;
import app.frontoffice.sheets.PickSync;
import app.frontoffice.sim.sheets.SheetsSimulatorClient;
import app.frontoffice.testkit.FrontOfficeTestResource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static app.frontoffice.sheets.it.Fixtures.callsTo;
import static app.frontoffice.sheets.it.Fixtures.cells;
import static app.frontoffice.sheets.it.Fixtures.discordActions;
import static app.frontoffice.sheets.it.Fixtures.pick;
import static app.frontoffice.sheets.it.Fixtures.publish;
import static app.frontoffice.sheets.it.Fixtures.record;
import static app.frontoffice.sheets.it.Fixtures.requestResync;
import static app.frontoffice.sheets.it.Fixtures.tombstone;
import static app.frontoffice.sheets.it.SheetsSimulatorResource.LEAGUE;
import static app.frontoffice.sheets.it.SheetsSimulatorResource.SEASON_WITHOUT_SHEET;
import static app.frontoffice.sheets.it.SheetsSimulatorResource.sheetKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * sheets-writer end to end: the real embedded broker, the real Google Sheets client, the Sheets
 * simulator. Each test uses its own season (and so its own sheet).
 */
@QuarkusTest
@WithTestResource(FrontOfficeTestResource.class)
@WithTestResource(SheetsSimulatorResource.class)
class SheetSyncTest {

    private static final String TAB = "Ordered List";

    @Inject
    PickSync sync;

    @Inject
    MeterRegistry registry;

    @Inject
    KafkaClientService kafkaClients;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final SheetsSimulatorClient sim = Fixtures.simulator();

    @BeforeEach
    @AfterEach
    void calm() {
        sim.clearFaults();
        sim.setWritesPerMinute(0);
    }

    @Test
    void singlePicksLandInTheirRowsAndTombstonesBlankThem() {
        int season = 13;
        PickMade first = pick(season, 1, "Mike Trout");
        PickMade fifth = pick(season, 5, "Shohei Ohtani");
        PickMade traded = pick(season, 14, "Aaron Judge");
        publish(List.of(record(first)));
        await().atMost(Duration.ofSeconds(15)).until(() -> row(season, 1).equals(cells(first)));

        publish(List.of(record(fifth), record(traded), record(first))); // pick 1 again: the same cells
        await().atMost(Duration.ofSeconds(15)).until(() -> row(season, 14).equals(cells(traded)));
        assertThat(row(season, 1)).isEqualTo(cells(first));
        assertThat(row(season, 5)).isEqualTo(cells(fifth));
        assertThat(cells(traded).get(0)).isNotEqualTo(cells(traded).get(1));
        // The sheet's own labels in A–C are never touched: round 1, pick 5, overall 5.
        assertThat(sim.values(sheetKey(season), TAB + "!A6:G6").get(0))
                .containsExactly("1", "5", "5", "T5", "T5", "Shohei Ohtani", cells(fifth).get(3));

        publish(List.of(tombstone(season, 5)));
        await().atMost(Duration.ofSeconds(15)).until(() -> row(season, 5).isEmpty());
        assertThat(sim.values(sheetKey(season), TAB + "!A6:G6").get(0)).containsExactly("1", "5", "5");
        assertThat(row(season, 1)).isEqualTo(cells(first));
    }

    @Test
    void aWholeSeasonBurstIsWrittenInAtMostThreeCalls() {
        int season = 14;
        List<PickMade> picks = new ArrayList<>();
        List<Map.Entry<String, String>> records = new ArrayList<>();
        for (int overall = 1; overall <= 512; overall++) {
            PickMade p = pick(season, overall, "Player " + overall);
            picks.add(p);
            records.add(record(p));
        }
        long before = callsTo(sheetKey(season));
        publish(records);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> sheet(season).equals(picks.stream().map(Fixtures::cells).toList()));
        long calls = callsTo(sheetKey(season)) - before;
        System.out.printf("512 picks written with %d Sheets API call(s)%n", calls);
        assertThat(calls).isBetween(1L, 3L);
        await().atMost(Duration.ofSeconds(5)).until(() -> sync.pendingCount() == 0);
    }

    @Test
    void aStormOf429And500ConvergesWithExactlyOneNotice() throws InterruptedException {
        int season = 15;
        sim.failNext(500, 3);
        sim.failNext(429, 10_000);
        PickMade a = pick(season, 40, "Storm Starter");
        PickMade b = pick(season, 41, "Storm Closer");
        publish(List.of(record(a), record(b)));

        // The threshold is 1.5 s in the test profile; the storm lasts longer and the writer keeps trying.
        await().atMost(Duration.ofSeconds(20)).until(() -> failureNotices("Storm Starter").size() == 1);
        PickMade c = pick(season, 42, "Storm Reliever"); // a pick during the incident: no second notice
        publish(List.of(record(c)));
        Thread.sleep(2_000);
        assertThat(row(season, 40)).isEmpty();
        sim.clearFaults();

        await().atMost(Duration.ofSeconds(20)).until(() -> row(season, 42).equals(cells(c)));
        assertThat(row(season, 40)).isEqualTo(cells(a));
        assertThat(row(season, 41)).isEqualTo(cells(b));
        assertThat(Fixtures.requestsTo(sheetKey(season))).anyMatch(e -> e.status() == 429)
                .anyMatch(e -> e.status() == 500);

        List<Fixtures.Published> notices = failureNotices("Storm");
        assertThat(notices).hasSize(1);
        Fixtures.Published notice = notices.get(0);
        assertThat(notice.key()).isEqualTo(LEAGUE);
        DiscordAction.PostToChannel post = (DiscordAction.PostToChannel) notice.action();
        assertThat(post.channel().name()).isEqualTo("draft-pings");
        assertThat(post.message().content())
                .startsWith("⚠️ **Sheet Sync Failed** - 2 picks (#40 (Storm Starter), #41 (Storm Closer)) were not "
                        + "written to the draft sheet. Use `/draft-admin resync-sheet` to manually sync.");
        await().atMost(Duration.ofSeconds(10)).until(() -> discordActions().stream()
                .anyMatch(p -> p.text().contains("Sheet sync recovered - the season 15")));
    }

    @Test
    void picksUnwrittenWhenTheInstanceGoesAwayAreWrittenByItsSuccessor() throws Exception {
        int season = 16;
        sim.failNext(503, 100_000); // nothing can be written while the burst arrives
        List<Map.Entry<String, String>> records = new ArrayList<>();
        List<PickMade> picks = new ArrayList<>();
        for (int overall = 1; overall <= 30; overall++) {
            PickMade p = pick(season, overall, "Crash " + overall);
            picks.add(p);
            records.add(record(p));
        }
        List<Long> offsets = publish(records);
        await().atMost(Duration.ofSeconds(15)).until(() -> sync.pendingCount() >= 30);
        Thread.sleep(1_500); // longer than the commit interval: a wrong commit would have happened by now

        // Nothing unwritten was acknowledged, so nothing past the burst's first record is committed.
        assertThat(committedOffset()).isLessThanOrEqualTo(offsets.get(0));

        // "Kill": the partition is taken from this instance (as when its pod dies and the group rebalances):
        // its in-memory picks are dropped unacknowledged, and the consumer resumes from the committed offset,
        // exactly where a freshly started instance of the same group would begin.
        double releasedBefore = released();
        kafkaClients.getConsumer("pick-made").runOnPollingThread(c -> {
            c.enforceRebalance();
            return null;
        }).await().atMost(Duration.ofSeconds(10));
        await().atMost(Duration.ofSeconds(20)).until(() -> released() - releasedBefore >= 30);

        sim.clearFaults();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<List<String>> rows = sim.values(sheetKey(season), TAB + "!D2:G31");
            return rows.equals(picks.stream().map(Fixtures::cells).toList());
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> committedOffset() > offsets.get(offsets.size() - 1));
    }

    @Test
    void resyncRepairsAVandalisedSheetAndRebuildsANewEmptyOne() {
        int season = 17;
        List<Map.Entry<String, String>> records = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        for (int overall = 1; overall <= 20; overall++) {
            PickMade p = pick(season, overall, "Resync " + overall);
            records.add(record(overall == 3 ? pick(season, 3, "Resync 3 (first version)") : p));
            expected.add(overall == 7 ? List.of() : cells(p));
        }
        records.add(record(pick(season, 3, "Resync 3"))); // pick 3 changed: the last state stands
        records.add(tombstone(season, 7));                 // pick 7 was cleared
        publish(records);
        await().atMost(Duration.ofSeconds(15)).until(() -> sheet(season, 20).equals(expected));

        // Vandalism: wrong values in real rows, junk in an empty row far below.
        sim.setValues(sheetKey(season), TAB + "!D2:G3",
                List.of(List.<Object>of("XX", "XX", "Nobody", 99), List.<Object>of("", "", "", "")));
        sim.setValues(sheetKey(season), TAB + "!D300:G300", List.of(List.<Object>of("junk", "junk", "junk", "junk")));
        long before = callsTo(sheetKey(season));
        requestResync(season, "resync-17-a");
        Fixtures.Published reply = awaitReply("resync-17-a");
        assertThat(reply.text()).contains("Resync Complete", "Successfully synced **19** picks",
                "View Draft Sheet", "https://docs.google.com/spreadsheets/d/" + sheetKey(season));
        assertThat(((DiscordAction.ReplyToInteraction) reply.action()).interaction().token()).isEqualTo("token-resync-17-a");
        assertThat(sheet(season, 512).subList(0, 20)).isEqualTo(expected);
        assertThat(sim.values(sheetKey(season), TAB + "!D300:G300")).isEmpty();
        assertThat(callsTo(sheetKey(season)) - before).isBetween(1L, 3L);

        // The season's key now names a brand-new empty sheet: the same replay fills it from scratch.
        sim.deleteSpreadsheet(sheetKey(season));
        sim.createDraftSheet(sheetKey(season), "Season 17 Draft (new)", 32, 16);
        assertThat(sheet(season, 20)).isEmpty();
        requestResync(season, "resync-17-b");
        assertThat(awaitReply("resync-17-b").text()).contains("Successfully synced **19** picks");
        assertThat(sheet(season, 20)).isEqualTo(expected);
    }

    @Test
    void aSeasonWithoutASheetGetsAClearAnswerAndNoApiCall() throws InterruptedException {
        long before = sim.requests().size();
        publish(List.of(record(pick(SEASON_WITHOUT_SHEET, 1, "Nobody Writes Me"))));
        requestResync(SEASON_WITHOUT_SHEET, "resync-19");
        assertThat(awaitReply("resync-19").text())
                .contains("No draft sheet is configured for season " + SEASON_WITHOUT_SHEET);
        Thread.sleep(500);
        assertThat(sim.requests()).hasSize((int) before);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private List<String> row(int season, int overall) {
        List<List<String>> rows = sim.values(sheetKey(season), TAB + "!D" + (overall + 1) + ":G" + (overall + 1));
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    private List<List<String>> sheet(int season) {
        return sheet(season, 512);
    }

    private List<List<String>> sheet(int season, int picks) {
        return sim.values(sheetKey(season), TAB + "!D2:G" + (picks + 1));
    }

    private static List<Fixtures.Published> failureNotices(String marker) {
        return discordActions().stream()
                .filter(p -> p.text().contains("Sheet Sync Failed") && p.text().contains(marker)).toList();
    }

    private static Fixtures.Published awaitReply(String interactionId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> discordActions().stream()
                .filter(p -> interactionId.equals(p.envelope().correlationId())).findFirst().orElse(null),
                p -> p != null);
    }

    private double released() {
        return registry.counter("sheets.writer.picks.released").count();
    }

    private long committedOffset() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets("sheets-writer")
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                    .get(new TopicPartition(Topics.DRAFT_PICK_MADE, 0));
            return committed == null ? 0 : committed.offset();
        }
    }
}
