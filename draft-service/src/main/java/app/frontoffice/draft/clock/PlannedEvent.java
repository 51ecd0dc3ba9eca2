package app.frontoffice.draft.clock;

import app.frontoffice.draft.board.DraftBoard;
import app.frontoffice.draft.domain.ClockPlan;

import java.time.Instant;

/** One clock instant planned for a given pick and deadline; stale once either changes. */
public record PlannedEvent(String leagueId, int season, int overall, Instant deadline, ClockPlan.Kind kind, Instant at) {

    boolean stillCurrent(DraftBoard board) {
        var draft = board.draft();
        return draft.season() == season && draft.currentOverall == overall && draft.timerEnabled && !draft.paused
                && deadline.equals(draft.pickDeadline);
    }
}
