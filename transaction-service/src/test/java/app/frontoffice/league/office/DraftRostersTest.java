package app.frontoffice.league.office;

import app.frontoffice.league.office.DraftRosters.AppliedPick;
import app.frontoffice.league.office.DraftRosters.Move;
import app.frontoffice.league.office.DraftRosters.Outcome;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class DraftRostersTest {

    static Function<Integer, Optional<String>> rosters(Map<Integer, String> teams) {
        return id -> Optional.ofNullable(teams.get(id));
    }

    @Test
    void aPickMovesTheFreeAgentToTheOwner() {
        Outcome outcome = DraftRosters.pick(Optional.empty(), 7, "BCB", "FA", rosters(Map.of(7, "FA")));

        assertThat(outcome.moves()).containsExactly(new Move(7, "FA", "BCB"));
        assertThat(outcome.applied()).contains(new AppliedPick(7, "BCB", true));
    }

    @Test
    void theSamePickAgainChangesNothing() {
        Outcome outcome = DraftRosters.pick(Optional.of(new AppliedPick(7, "BCB", true)), 7, "BCB", "FA",
                rosters(Map.of(7, "BCB")));

        assertThat(outcome.moves()).isEmpty();
        assertThat(outcome.applied()).contains(new AppliedPick(7, "BCB", true));
    }

    @Test
    void aPlayerAlreadyOnTheTeamIsNotMovedAndNotSentBackWhenThePickIsCleared() {
        Outcome picked = DraftRosters.pick(Optional.empty(), 7, "BCB", "FA", rosters(Map.of(7, "BCB")));
        assertThat(picked.moves()).isEmpty();
        assertThat(picked.applied()).contains(new AppliedPick(7, "BCB", false));

        Outcome cleared = DraftRosters.cleared(picked.applied(), "FA", rosters(Map.of(7, "BCB")));
        assertThat(cleared.moves()).isEmpty();
        assertThat(cleared.applied()).isEmpty();
    }

    @Test
    void aClearedPickSendsThePlayerBackToTheFreeAgents() {
        Outcome outcome = DraftRosters.cleared(Optional.of(new AppliedPick(7, "BCB", true)), "FA",
                rosters(Map.of(7, "BCB")));

        assertThat(outcome.moves()).containsExactly(new Move(7, "BCB", "FA"));
        assertThat(outcome.applied()).isEmpty();
    }

    @Test
    void aClearedPickLeavesAPlayerWhoHasMovedOnSinceAlone() {
        Outcome outcome = DraftRosters.cleared(Optional.of(new AppliedPick(7, "BCB", true)), "FA",
                rosters(Map.of(7, "CFCMiL")));

        assertThat(outcome.moves()).isEmpty();
    }

    @Test
    void aClearedPickThatWasNeverAppliedDoesNothing() {
        assertThat(DraftRosters.cleared(Optional.empty(), "FA", rosters(Map.of())).moves()).isEmpty();
    }

    @Test
    void aReplacedPlayerGoesBackAndTheNewOneComes() {
        Outcome outcome = DraftRosters.pick(Optional.of(new AppliedPick(7, "BCB", true)), 8, "BCB", "FA",
                rosters(Map.of(7, "BCB", 8, "FA")));

        assertThat(outcome.moves()).containsExactly(new Move(7, "BCB", "FA"), new Move(8, "FA", "BCB"));
        assertThat(outcome.applied()).contains(new AppliedPick(8, "BCB", true));
    }

    @Test
    void aPickGivenToAnotherOwnerMovesThePlayerOnceDirectly() {
        Outcome outcome = DraftRosters.pick(Optional.of(new AppliedPick(7, "BCB", true)), 7, "LMA", "FA",
                rosters(Map.of(7, "BCB")));

        assertThat(outcome.moves()).containsExactly(new Move(7, "BCB", "LMA"));
        assertThat(outcome.applied()).contains(new AppliedPick(7, "LMA", true));
    }

    @Test
    void anUnknownPlayerMovesNobody() {
        Outcome outcome = DraftRosters.pick(Optional.empty(), 99, "BCB", "FA", rosters(Map.of()));

        assertThat(outcome.moves()).isEmpty();
        assertThat(outcome.applied()).isEmpty();
    }
}
