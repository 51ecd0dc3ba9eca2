package app.frontoffice.draft;

import app.frontoffice.draft.clock.ClockEvents;
import app.frontoffice.draft.clock.PlannedEvent;
import app.frontoffice.draft.commands.DraftCommandConsumer;
import app.frontoffice.draft.domain.ClockPlan;
import app.frontoffice.draft.state.Draft;
import app.frontoffice.draft.state.DraftListEntryRow;
import app.frontoffice.draft.state.PickRow;
import app.frontoffice.events.Topics;
import app.frontoffice.events.discord.CommandOption;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.league.Player;
import app.frontoffice.testkit.FrontOfficeTestResource;
import app.frontoffice.testkit.TestKafka;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static app.frontoffice.draft.DraftTestSupport.commandBy;
import static app.frontoffice.draft.DraftTestSupport.envelope;
import static app.frontoffice.draft.DraftTestSupport.replyTo;
import static app.frontoffice.draft.DraftTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A manager's pick and the clock's auto-draft arrive at the same moment, again and again: each
 * time exactly one of them takes the pick, and a manager who lost is told the pick was just made.
 */
@QuarkusTest
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "draft"))
class PickRaceTest {

    static final int RACES = 15;

    @Inject
    DraftCommandConsumer consumer;

    @Inject
    ClockEvents clockEvents;

    @Inject
    ControllableClock clock;

    @Test
    void aManualPickAndTheDeadlineNeverBothWin() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int manualWins = 0;
        int autoWins = 0;
        try {
            for (int race = 0; race < RACES; race++) {
                TestLeague league = TestLeague.withRounds(1, false).importIntoDraftService();
                String id = league.id();
                String team = league.slotTeam(1);
                List<Player> pool2 = league.freeAgents();
                Player manualChoice = pool2.get(0);
                Player listChoice = pool2.get(1);
                Instant deadline = clock.instant().minusMillis(1);
                QuarkusTransaction.requiringNew().run(() -> {
                    Draft draft = Draft.currentFor(id).orElseThrow();
                    draft.timerEnabled = true;
                    draft.pickDeadline = deadline;
                    draft.clockStartedAt = deadline.minusSeconds(120);
                    DraftListEntryRow entry = new DraftListEntryRow();
                    entry.leagueId = id;
                    entry.season = 13;
                    entry.team = team;
                    entry.playerId = listChoice.id();
                    entry.rank = 1;
                    entry.persist();
                });
                SlashCommand pick = commandBy(id, league.gmOf(team), "draft", CommandOption.string("player", manualChoice.name()));
                PlannedEvent expiry = new PlannedEvent(id, 13, 1, deadline, ClockPlan.Kind.EXPIRY, deadline);

                CountDownLatch start = new CountDownLatch(1);
                CompletableFuture<Void> manual = CompletableFuture.runAsync(() -> {
                    awaitStart(start);
                    consumer.consume(envelope(pick));
                }, pool);
                CompletableFuture<Void> auto = CompletableFuture.runAsync(() -> {
                    awaitStart(start);
                    clockEvents.fire(expiry);
                }, pool);
                start.countDown();
                CompletableFuture.allOf(manual, auto).get();

                PickRow first = QuarkusTransaction.requiringNew().call(() -> PickRow.ofSeason(id, 13).get(0));
                assertThat(first.playerId).as("race %d: pick #1 is taken", race).isNotNull();
                await().atMost(Duration.ofSeconds(20)).until(() ->
                        !TestKafka.read(Topics.DRAFT_PICK_MADE, r -> r.key().equals(id + ":13:1")).isEmpty());
                assertThat(TestKafka.read(Topics.DRAFT_PICK_MADE, r -> r.key().equals(id + ":13:1")))
                        .as("race %d: one pick-made record", race).hasSize(1);
                assertThat(QuarkusTransaction.requiringNew().call(() -> Draft.currentFor(id).orElseThrow().currentOverall))
                        .as("race %d: the draft moved on exactly once", race).isEqualTo(2);
                String answer = text(await().atMost(Duration.ofSeconds(30)).until(() -> replyTo(pick), r -> r.isPresent())
                        .orElseThrow().message());
                if (first.playerId == manualChoice.id()) {
                    manualWins++;
                    assertThat(first.auto).isFalse();
                    assertThat(answer).contains("select **" + manualChoice.name() + "**");
                } else {
                    autoWins++;
                    assertThat(first.playerId).isEqualTo(listChoice.id());
                    assertThat(first.auto).isTrue();
                    assertThat(answer).contains("That pick was just made");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("Pick races: manual won %d, auto-draft won %d%n", manualWins, autoWins);
        assertThat(manualWins + autoWins).isEqualTo(RACES);
    }

    private static void awaitStart(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
