package app.frontoffice.draft.domain;

import static app.frontoffice.draft.domain.Fixtures.BOS;
import static app.frontoffice.draft.domain.Fixtures.NYY;
import static app.frontoffice.draft.domain.Fixtures.WV;
import static app.frontoffice.draft.domain.Fixtures.fa;
import static app.frontoffice.draft.domain.Fixtures.onTeam;
import static app.frontoffice.draft.domain.Fixtures.open;
import static app.frontoffice.draft.domain.Fixtures.state;
import static app.frontoffice.draft.domain.Fixtures.swars;
import static app.frontoffice.draft.domain.Fixtures.taken;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PickEligibilityTest {

    private static final PlayerView OHTANI = fa(10, "Shohei Ohtani", 9.0, "SP", "DH");
    private static final PlayerView JUDGE = onTeam(11, "Aaron Judge", 8.0, "NYY", "RF");
    private static final PlayerView CHEAP = fa(12, "Cheap Guy", 0.5, "C");

    private final PickEligibility eligibility = new PickEligibility(DraftFormat.STANDARD, CapRule.STANDARD, "FA");

    private static NameMatch<PlayerView> found(PlayerView p) {
        return new NameMatch.Found<>(p);
    }

    private PickDecision decide(TeamView team, DraftStateView state, List<PickView> picks, NameMatch<PlayerView> m) {
        return eligibility.decide(team, state, picks, m, List.of());
    }

    @Test
    void theTeamOnTheClockUsesTheCurrentPick() {
        List<PickView> picks = List.of(taken(1, NYY, CHEAP), open(2, WV), open(3, NYY));
        PickDecision decision = decide(WV, state(2), picks, found(OHTANI));
        assertThat(decision).isEqualTo(new PickDecision.Approved(open(2, WV), OHTANI, false, 2,
                new CapCheck(true, 0.0, 32.0)));
    }

    @Test
    void beingOnTheClockTakesPrecedenceOverSkippedPicks() {
        List<PickView> picks = List.of(open(1, WV), open(2, NYY), open(3, WV));
        PickDecision.PickChoice choice = eligibility.choosePick(WV, state(3), picks);
        assertThat(choice).isEqualTo(new PickDecision.Chosen(open(3, WV), false));
    }

    @Test
    void otherwiseTheEarliestSkippedPickIsMadeUp() {
        List<PickView> picks = List.of(open(1, WV), taken(2, NYY, CHEAP), open(3, WV), open(4, NYY), open(20, WV));
        PickDecision decision = decide(WV, state(4), picks, found(OHTANI));
        assertThat(decision).isInstanceOf(PickDecision.Approved.class);
        PickDecision.Approved approved = (PickDecision.Approved) decision;
        assertThat(approved.pick().overall()).isEqualTo(1);
        assertThat(approved.makeUp()).isTrue();
        assertThat(approved.currentOverall()).isEqualTo(4);
    }

    @Test
    void notYourTurnNamesTheTeamOnTheClock() {
        List<PickView> picks = List.of(taken(176, WV, CHEAP), open(177, NYY));
        assertThat(decide(WV, state(177), picks, found(OHTANI))).isEqualTo(new PickDecision.Refused("Not Your Turn",
                "Yankees is on the clock for Round 12, Pick 16 (Overall #177)."));
    }

    @Test
    void pausedDraftRefusesBeforeAnythingElse() {
        List<PickView> picks = List.of(open(1, WV));
        assertThat(decide(WV, Fixtures.paused(1), picks, new NameMatch.NotFound<>("x"))).isEqualTo(
                new PickDecision.Refused("Draft Paused",
                        "The draft is currently paused. Please wait for an administrator to resume."));
    }

    @Test
    void aFilledCurrentPickIsNeverOverwritten() {
        // an admin set-pick put the clock back on a pick that already holds a player
        List<PickView> picks = List.of(taken(5, WV, CHEAP), open(6, NYY));
        assertThat(decide(WV, state(5), picks, found(OHTANI))).isEqualTo(new PickDecision.Refused("Pick Already Made",
                "Round 1, Pick 5 (Overall #5) has already been used to draft Cheap Guy."));
        assertThat(decide(NYY, state(5), picks, found(OHTANI))).isInstanceOf(PickDecision.Refused.class);
    }

    @Test
    void aFilledCurrentPickFallsBackToASkippedPick() {
        List<PickView> picks = List.of(open(2, WV), taken(5, WV, CHEAP));
        assertThat(eligibility.choosePick(WV, state(5), picks)).isEqualTo(new PickDecision.Chosen(open(2, WV), true));
    }

    @Test
    void missingCurrentPickRow() {
        assertThat(decide(WV, state(7), List.of(open(1, WV)), found(OHTANI)))
                .isEqualTo(new PickDecision.Refused("Invalid Pick", "Could not retrieve pick #7."));
    }

    @Test
    void completeDraftRefusesUnlessThereIsAPickToMakeUp() {
        List<PickView> picks = List.of(taken(511, NYY, CHEAP), taken(512, WV, JUDGE), open(300, WV));
        assertThat(decide(NYY, state(513), picks, found(OHTANI))).isEqualTo(
                new PickDecision.Refused("Draft Complete", "The draft is over: all 512 picks have been made."));
        PickDecision makeUp = decide(WV, state(513), picks, found(OHTANI));
        assertThat(makeUp).isInstanceOf(PickDecision.Approved.class);
        assertThat(((PickDecision.Approved) makeUp).pick().overall()).isEqualTo(300);
    }

    @Test
    void playerNotFoundAndAmbiguousNames() {
        List<PickView> picks = List.of(open(1, WV));
        assertThat(decide(WV, state(1), picks, new NameMatch.NotFound<>("Babe Ruth")))
                .isEqualTo(new PickDecision.Refused("Player Not Found", "Could not find player 'Babe Ruth'."));
        PickDecision ambiguous = decide(WV, state(1), picks,
                new NameMatch.Ambiguous<>("Shohei", List.of(OHTANI, CHEAP)));
        assertThat(ambiguous).isEqualTo(new PickDecision.Refused("Player Not Found",
                "Could not find player 'Shohei'. Did you mean:\n"
                        + "• Shohei Ohtani (SP) - 9.00 sWAR\n"
                        + "• Cheap Guy (C) - 0.50 sWAR"));
    }

    @Test
    void notYourTurnIsCheckedBeforeThePlayer() {
        List<PickView> picks = List.of(open(1, NYY));
        assertThat(decide(WV, state(1), picks, new NameMatch.NotFound<>("x")))
                .extracting(d -> ((PickDecision.Refused) d).reason()).isEqualTo("Not Your Turn");
    }

    @Test
    void onlyFreeAgentsCanBeDrafted() {
        List<PickView> picks = List.of(open(1, WV));
        assertThat(decide(WV, state(1), picks, found(JUDGE)))
                .isEqualTo(new PickDecision.Refused("Player Not Available", "Aaron Judge is not a free agent."));
    }

    @Test
    void aPlayerAlreadyHeldByAPickIsNotAvailable() {
        // the read model may not have moved him off the FA team yet
        List<PickView> picks = List.of(taken(1, NYY, OHTANI), open(2, WV));
        assertThat(decide(WV, state(2), picks, found(OHTANI)))
                .isEqualTo(new PickDecision.Refused("Player Not Available", "Shohei Ohtani is not a free agent."));
    }

    @Test
    void capUsesTheTeamsOwnCap() {
        List<PickView> picks = List.of(open(1, NYY));
        List<Double> roster = new java.util.ArrayList<>(swars(1.0, 25));
        roster.addAll(swars(10.0, 6));
        PickDecision decision = eligibility.decide(NYY, state(1), picks, found(fa(20, "Mid Guy", 6.0, "2B")), roster);
        assertThat(decision).isEqualTo(new PickDecision.Refused("Cap Space Exceeded",
                "Drafting Mid Guy would put you at 31.00 sWAR (limit: 30.50)."));
        // the same player fits the default cap of another team
        PickDecision other = eligibility.decide(WV, state(1), List.of(open(1, WV)), found(fa(20, "Mid Guy", 6.0, "2B")), roster);
        assertThat(other).isInstanceOf(PickDecision.Approved.class);
        assertThat(((PickDecision.Approved) other).cap()).isEqualTo(new CapCheck(true, 31.0, 32.0));
    }

    @Test
    void zeroCapTeam() {
        PickDecision decision = eligibility.decide(BOS, state(1), List.of(open(1, BOS)), found(CHEAP), swars(0.5, 10));
        assertThat(decision).isEqualTo(new PickDecision.Refused("Cap Space Exceeded",
                "Drafting Cheap Guy would put you at 2.50 sWAR (limit: 0.00)."));
    }
}
