package app.frontoffice.draft.domain;

import static app.frontoffice.draft.domain.Fixtures.NYY;
import static app.frontoffice.draft.domain.Fixtures.WV;
import static app.frontoffice.draft.domain.Fixtures.fa;
import static app.frontoffice.draft.domain.Fixtures.open;
import static app.frontoffice.draft.domain.Fixtures.taken;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DraftAdvanceTest {

    private final DraftFormat format = DraftFormat.STANDARD;

    @Test
    void movesToTheNextPick() {
        assertThat(DraftAdvance.next(format, 1, overall -> false)).isEqualTo(new DraftAdvance.OnClock(2));
    }

    @Test
    void skipsPicksThatAlreadyHoldAPlayer() {
        List<PickView> picks = List.of(taken(2, WV, fa(1, "A", 1, "C")), taken(3, NYY, fa(2, "B", 1, "C")), open(4, WV));
        assertThat(DraftAdvance.next(format, 1, picks)).isEqualTo(new DraftAdvance.OnClock(4));
    }

    @Test
    void aSkippedEarlierPickDoesNotStopTheClockMovingOn() {
        assertThat(DraftAdvance.next(format, 10, Set.of(11, 12)::contains)).isEqualTo(new DraftAdvance.OnClock(13));
    }

    @Test
    void pastTheLastPickTheDraftIsComplete() {
        assertThat(DraftAdvance.next(format, 512, overall -> false)).isEqualTo(new DraftAdvance.Complete());
        assertThat(DraftAdvance.next(format, 510, Set.of(511, 512)::contains)).isEqualTo(new DraftAdvance.Complete());
        assertThat(DraftAdvance.next(format, 511, overall -> false)).isEqualTo(new DraftAdvance.OnClock(512));
    }

    @Test
    void firstOpenFromIsInclusive() {
        assertThat(DraftAdvance.firstOpenFrom(format, 5, overall -> false)).isEqualTo(new DraftAdvance.OnClock(5));
        assertThat(DraftAdvance.firstOpenFrom(format, 5, Set.of(5)::contains)).isEqualTo(new DraftAdvance.OnClock(6));
        assertThat(DraftAdvance.firstOpenFrom(format, 0, overall -> false)).isEqualTo(new DraftAdvance.OnClock(1));
    }
}
