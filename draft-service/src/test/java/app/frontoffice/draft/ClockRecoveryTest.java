package app.frontoffice.draft;

import app.frontoffice.draft.clock.ClockLeadership;
import app.frontoffice.draft.clock.DraftClockService;
import app.frontoffice.draft.state.Draft;
import app.frontoffice.testkit.FrontOfficeTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static app.frontoffice.draft.DraftTestSupport.awaitPosts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The clock survives its replica: it is rebuilt from the database, and only one replica runs it. */
@QuarkusTest
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "draft"))
class ClockRecoveryTest {

    @Inject
    DraftClockService draftClock;

    @Inject
    ControllableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDeadlineThatPassedWhileNoClockRanIsHandledAtOnceOnStartUp() {
        TestLeague league = TestLeague.withRounds(1, false).importIntoDraftService();
        String id = league.id();
        QuarkusTransaction.requiringNew().run(() -> {
            Draft draft = Draft.currentFor(id).orElseThrow();
            draft.timerEnabled = true;
            draft.clockStartedAt = clock.instant();
            draft.pickDeadline = clock.instant().plusSeconds(120);
        });

        // The replica running the clock dies; meanwhile the deadline passes.
        draftClock.stepDown();
        clock.advance(Duration.ofMinutes(5));

        // The next clock to start (here: the same service re-taking the lock) plans from the database
        // and the overdue expiry fires straight away, with no admin command and no waiting.
        draftClock.synchronize();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> Draft.currentFor(id).orElseThrow().currentOverall) == 2);
        awaitPosts(id, "draft-pings", posts -> posts.stream()
                .anyMatch(t -> t.contains(league.slotTeam(1) + " time expired with no draft list - pick skipped")));
    }

    @Test
    void onlyOneReplicaRunsTheClockAndAnotherTakesOverWhenItStops() {
        draftClock.synchronize();
        assertThat(draftClock.isLeader()).isTrue();
        ClockLeadership secondReplica = ClockLeadership.on(dataSource);
        try {
            assertThat(secondReplica.holdOrAcquire()).as("a second replica while the first runs the clock").isFalse();

            draftClock.stepDown();
            assertThat(secondReplica.holdOrAcquire()).as("the second replica once the first is gone").isTrue();
            draftClock.synchronize();
            assertThat(draftClock.isLeader()).as("the first, back, waits its turn").isFalse();
        } finally {
            secondReplica.release();
        }
        draftClock.synchronize();
        assertThat(draftClock.isLeader()).isTrue();
    }
}
