package app.frontoffice.draft.domain;

import static app.frontoffice.draft.domain.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DraftClockTest {

    private static final DraftStateView OFF = Fixtures.timerOff(5);
    private static final DraftStateView ON = Fixtures.state(5);

    @Test
    void timerOnWithMinutesStoresThemAndStartsAFullClock() {
        assertThat(DraftClock.timerOn(OFF, 3, null, NOW)).isEqualTo(
                new DraftClock.Setting(true, false, Duration.ofMinutes(3), NOW, NOW.plusSeconds(180)));
    }

    @Test
    void timerOnWithSecondsAllowsShortClocks() {
        assertThat(DraftClock.timerOn(OFF, 0, 45, NOW)).isEqualTo(
                new DraftClock.Setting(true, false, Duration.ofSeconds(45), NOW, NOW.plusSeconds(45)));
        assertThat(DraftClock.timerOn(OFF, 1, 30, NOW)).isEqualTo(
                new DraftClock.Setting(true, false, Duration.ofSeconds(90), NOW, NOW.plusSeconds(90)));
    }

    @Test
    void timerOnWithoutDurationUsesTheStoredClockOrTwoMinutes() {
        assertThat(DraftClock.timerOn(OFF, null, null, NOW)).isEqualTo(
                new DraftClock.Setting(true, false, Duration.ofMinutes(10), NOW, NOW.plusSeconds(600)));
        assertThat(DraftClock.timerOn(OFF, 0, 0, NOW)).isEqualTo(
                new DraftClock.Setting(true, false, Duration.ofMinutes(10), NOW, NOW.plusSeconds(600)));
        DraftStateView noClock = new DraftStateView(5, false, false, null, null, null, null, null);
        assertThat(DraftClock.timerOn(noClock, null, null, NOW)).isEqualTo(
                new DraftClock.Setting(true, false, Duration.ofMinutes(2), NOW, NOW.plusSeconds(120)));
    }

    @Test
    void invalidDurationsAreRefused() {
        assertThat(DraftClock.timerOn(OFF, -1, null, NOW)).isInstanceOf(DraftClock.Refused.class);
        assertThat(DraftClock.timerOn(OFF, 1, 60, NOW)).isInstanceOf(DraftClock.Refused.class);
    }

    @Test
    void timerOffClearsTheDeadline() {
        assertThat(DraftClock.timerOff(ON)).isEqualTo(
                new DraftClock.Setting(false, false, Duration.ofMinutes(10), null, null));
    }

    @Test
    void advancingRestartsTheClockOnlyWhenTheTimerRuns() {
        assertThat(DraftClock.advanced(ON, NOW)).isEqualTo(
                new DraftClock.Setting(true, false, Duration.ofMinutes(10), NOW, NOW.plusSeconds(600)));
        assertThat(DraftClock.advanced(OFF, NOW)).isEqualTo(
                new DraftClock.Setting(false, false, Duration.ofMinutes(10), null, null));
    }

    @Test
    void resetDeadlineExtendsOnceAndIsRefusedWhileTheTimerIsOff() {
        assertThat(DraftClock.resetDeadline(ON, 5, null, NOW)).isEqualTo(
                new DraftClock.Setting(true, false, Duration.ofMinutes(10), NOW, NOW.plusSeconds(300)));
        assertThat(DraftClock.resetDeadline(ON, null, null, NOW)).isEqualTo(
                new DraftClock.Setting(true, false, Duration.ofMinutes(10), NOW, NOW.plusSeconds(600)));
        assertThat(DraftClock.resetDeadline(OFF, 5, null, NOW)).isEqualTo(new DraftClock.Refused("Timer Inactive",
                "Draft timer is currently disabled. Enable it with `/draft-admin timer on` first.", true));
    }

    @Test
    void pauseStopsTheTimerAndResumeRestartsIt() {
        assertThat(DraftClock.pause(ON)).isEqualTo(
                new DraftClock.Setting(false, true, Duration.ofMinutes(10), null, null));
        DraftStateView paused = Fixtures.paused(5);
        assertThat(DraftClock.pause(paused))
                .isEqualTo(new DraftClock.Refused("Already Paused", "The draft is already paused.", true));
        assertThat(DraftClock.resume(paused, NOW)).isEqualTo(
                new DraftClock.Setting(true, false, Duration.ofMinutes(10), NOW, NOW.plusSeconds(600)));
        assertThat(DraftClock.resume(ON, NOW))
                .isEqualTo(new DraftClock.Refused("Not Paused", "The draft is not currently paused.", true));
    }
}
