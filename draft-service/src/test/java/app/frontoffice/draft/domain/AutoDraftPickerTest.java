package app.frontoffice.draft.domain;

import static app.frontoffice.draft.domain.Fixtures.NYY;
import static app.frontoffice.draft.domain.Fixtures.WV;
import static app.frontoffice.draft.domain.Fixtures.fa;
import static app.frontoffice.draft.domain.Fixtures.onTeam;
import static app.frontoffice.draft.domain.Fixtures.swars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutoDraftPickerTest {

    private static final PlayerView STAR = fa(1, "Star", 8.0, "SS");
    private static final PlayerView SIGNED = onTeam(2, "Signed", 3.0, "BOS", "C");
    private static final PlayerView MID = fa(3, "Mid", 6.0, "2B");
    private static final PlayerView CHEAP = fa(4, "Cheap", 0.5, "RP");
    private static final Map<Long, PlayerView> PLAYERS = Map.of(1L, STAR, 2L, SIGNED, 3L, MID, 4L, CHEAP);

    private final AutoDraftPicker picker = new AutoDraftPicker(CapRule.STANDARD, "FA");

    /** 31 players: all 26 cheapest count, 25 of them at 1.0. */
    private static List<Double> fullRoster() {
        List<Double> roster = new ArrayList<>(swars(1.0, 25));
        roster.addAll(swars(10.0, 6));
        return roster;
    }

    @Test
    void emptyListMeansNoList() {
        assertThat(picker.choose(WV, DraftList.empty(), PLAYERS, Set.of(), List.of())).isEqualTo(new AutoPick.NoList());
    }

    @Test
    void takesTheHighestRankedAvailablePlayer() {
        AutoPick pick = picker.choose(WV, DraftList.of(List.of(2L, 1L, 3L)), PLAYERS, Set.of(), List.of());
        assertThat(pick).isEqualTo(new AutoPick.Chosen(STAR, new CapCheck(true, 0.0, 32.0)));
    }

    @Test
    void skipsDraftedAndUnknownPlayers() {
        AutoPick pick = picker.choose(WV, DraftList.of(List.of(99L, 1L, 3L)), PLAYERS, Set.of(1L), List.of());
        assertThat(pick).isInstanceOf(AutoPick.Chosen.class);
        assertThat(((AutoPick.Chosen) pick).player()).isEqualTo(MID);
    }

    @Test
    void skipsPlayersOverTheTeamsOwnCap() {
        // NYY's cap is 30.50: Star (25 + 8 = 33) and Mid (31) do not fit, Cheap does
        AutoPick pick = picker.choose(NYY, DraftList.of(List.of(1L, 3L, 4L)), PLAYERS, Set.of(), fullRoster());
        assertThat(pick).isEqualTo(new AutoPick.Chosen(CHEAP, new CapCheck(true, 25.5, 30.5)));
        // WV has the default 32.00 cap, so Mid fits
        AutoPick wv = picker.choose(WV, DraftList.of(List.of(1L, 3L, 4L)), PLAYERS, Set.of(), fullRoster());
        assertThat(((AutoPick.Chosen) wv).player()).isEqualTo(MID);
    }

    @Test
    void nobodyValidMeansNoValidPlayer() {
        AutoPick pick = picker.choose(NYY, DraftList.of(List.of(2L, 1L, 99L)), PLAYERS, Set.of(), fullRoster());
        assertThat(pick).isEqualTo(new AutoPick.NoValidPlayer());
    }
}
