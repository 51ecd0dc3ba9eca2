package app.frontoffice.draft.domain;

import static app.frontoffice.draft.domain.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockPlanTest {

    private static ClockPlan.ClockEvent event(ClockPlan.Kind kind, Instant at) {
        return new ClockPlan.ClockEvent(kind, at);
    }

    @Test
    void aTwoMinuteClockWarnsAtSixtyAndThirtySecondsExactly() {
        Instant deadline = NOW.plusSeconds(120);
        assertThat(ClockPlan.plan(NOW, deadline, NOW).events()).containsExactly(
                event(ClockPlan.Kind.WARNING_60, NOW.plusSeconds(60)),
                event(ClockPlan.Kind.WARNING_30, NOW.plusSeconds(90)),
                event(ClockPlan.Kind.EXPIRY, deadline));
    }

    @Test
    void aFortyFiveSecondClockHasNoSixtySecondWarning() {
        Instant deadline = NOW.plusSeconds(45);
        assertThat(ClockPlan.plan(NOW, deadline, NOW).events()).containsExactly(
                event(ClockPlan.Kind.WARNING_30, NOW.plusSeconds(15)),
                event(ClockPlan.Kind.EXPIRY, deadline));
    }

    @Test
    void aSixtySecondClockGetsNoWarningAtTheMomentItStarts() {
        Instant deadline = NOW.plusSeconds(60);
        assertThat(ClockPlan.plan(NOW, deadline, NOW).events()).extracting(ClockPlan.ClockEvent::kind)
                .containsExactly(ClockPlan.Kind.WARNING_30, ClockPlan.Kind.EXPIRY);
    }

    @Test
    void afterARestartPastWarningsAreDropped() {
        Instant started = NOW.minusSeconds(100);
        Instant deadline = started.plusSeconds(600).minusSeconds(480); // 20 s left
        assertThat(ClockPlan.plan(started, deadline, NOW).events())
                .containsExactly(event(ClockPlan.Kind.EXPIRY, deadline));
    }

    @Test
    void anOverduePickStillExpiresAtOnce() {
        Instant deadline = NOW.minusSeconds(5);
        ClockPlan plan = ClockPlan.plan(null, deadline, NOW);
        assertThat(plan.events()).containsExactly(event(ClockPlan.Kind.EXPIRY, deadline));
        assertThat(plan.first().orElseThrow().delayFrom(NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void aWarningDueNowIsKept() {
        Instant deadline = NOW.plusSeconds(60);
        assertThat(ClockPlan.plan(null, deadline, NOW).first().orElseThrow())
                .isEqualTo(event(ClockPlan.Kind.WARNING_60, NOW));
        assertThat(ClockPlan.plan(null, deadline, NOW).expiry().orElseThrow().delayFrom(NOW))
                .isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void nothingIsPlannedWhileTheTimerIsOffPausedOrTheDraftIsComplete() {
        assertThat(ClockPlan.forState(DraftFormat.STANDARD, Fixtures.timerOff(5), NOW).events()).isEmpty();
        assertThat(ClockPlan.forState(DraftFormat.STANDARD, Fixtures.paused(5), NOW).events()).isEmpty();
        assertThat(ClockPlan.forState(DraftFormat.STANDARD, Fixtures.state(513), NOW).events()).isEmpty();
        assertThat(ClockPlan.forState(DraftFormat.STANDARD, Fixtures.state(5), NOW).events()).hasSize(3);
    }
}
