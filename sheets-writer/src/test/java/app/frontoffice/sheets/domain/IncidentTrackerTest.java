package app.frontoffice.sheets.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IncidentTrackerTest {

    private static final Instant T0 = Instant.parse("2026-12-03T12:00:00Z");
    private static final SheetTarget SEASON = new SheetTarget("L", 13);
    private final IncidentTracker tracker = new IncidentTracker(Duration.ofSeconds(60));
    private final List<PendingPick> picks = List.of(
            new PendingPick(new PickKey("L", 13, 5), null, 0, 1, T0, List.of()));

    @Test
    void oneNoticePerIncidentOnceItOutlastsTheThreshold() {
        assertThat(tracker.failed(SEASON, T0, picks)).isEmpty();
        assertThat(tracker.failed(SEASON, T0.plusSeconds(59), picks)).isEmpty();
        assertThat(tracker.failed(SEASON, T0.plusSeconds(60), picks)).hasValueSatisfying(n ->
                assertThat(n.unwritten()).isEqualTo(picks));
        assertThat(tracker.failed(SEASON, T0.plusSeconds(61), picks)).isEmpty();
        assertThat(tracker.failed(SEASON, T0.plusSeconds(600), picks)).isEmpty();
        assertThat(tracker.succeeded(SEASON)).isTrue();   // announced → recovery note due
        assertThat(tracker.isFailing(SEASON)).isFalse();

        // A new incident starts its own clock and earns its own notice.
        assertThat(tracker.failed(SEASON, T0.plusSeconds(700), picks)).isEmpty();
        assertThat(tracker.failed(SEASON, T0.plusSeconds(760), picks)).isPresent();
    }

    @Test
    void aShortHiccupIsNeverAnnounced() {
        tracker.failed(SEASON, T0, picks);
        assertThat(tracker.succeeded(SEASON)).isFalse();
        assertThat(tracker.succeeded(SEASON)).isFalse();
    }

    @Test
    void seasonsFailIndependently() {
        tracker.failed(SEASON, T0, picks);
        SheetTarget other = new SheetTarget("L", 14);
        assertThat(tracker.failed(other, T0.plusSeconds(60), picks)).isEmpty();
        assertThat(tracker.failed(SEASON, T0.plusSeconds(60), picks)).isPresent();
    }
}
