package app.frontoffice.draft.board;

import app.frontoffice.draft.domain.CapRule;
import app.frontoffice.draft.domain.DraftFormat;
import app.frontoffice.draft.domain.DraftStateView;
import app.frontoffice.draft.domain.PickView;
import app.frontoffice.draft.domain.PlayerView;
import app.frontoffice.draft.domain.TeamView;
import app.frontoffice.draft.state.Draft;
import app.frontoffice.draft.state.TeamRow;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the draft rules need about one league's current draft, read in the caller's
 * transaction and turned into the domain's value types.
 */
public record DraftBoard(Draft draft,
                         Map<String, TeamView> teams,
                         Map<String, TeamRow> teamRows,
                         List<PickView> picks,
                         Map<Long, PlayerView> players) {

    public String leagueId() {
        return draft.leagueId();
    }

    public int season() {
        return draft.season();
    }

    public DraftFormat format() {
        return new DraftFormat(draft.rounds, draft.teamsPerRound, draft.linearRounds);
    }

    public CapRule capRule() {
        return CapRule.STANDARD.withDefaultCap(draft.defaultSwarCap);
    }

    public String freeAgentTeam() {
        return draft.freeAgentTeam;
    }

    public DraftStateView state() {
        return new DraftStateView(draft.currentOverall, draft.timerEnabled, draft.paused,
                Duration.ofSeconds(draft.pickSeconds), draft.clockStartedAt,
                draft.timerEnabled ? draft.pickDeadline : null, draft.pingChannel, draft.resultChannel);
    }

    public boolean complete() {
        return format().isComplete(draft.currentOverall);
    }

    public Optional<PickView> pick(int overall) {
        return overall >= 1 && overall <= picks.size() ? Optional.of(picks.get(overall - 1)) : Optional.empty();
    }

    public Optional<PickView> current() {
        return pick(draft.currentOverall);
    }

    /** Active (major-league) roster: what the cap rule counts. */
    public List<PlayerView> activeRoster(TeamView team) {
        return players.values().stream().filter(p -> team.abbrev().equals(p.teamAbbrev())).toList();
    }

    public List<Double> activeRosterSwar(TeamView team) {
        return activeRoster(team).stream().map(PlayerView::swar).toList();
    }

    public double activeRosterTotal(TeamView team) {
        return activeRoster(team).stream().mapToDouble(PlayerView::swar).sum();
    }

    /** The whole organisation: active, minor league and injured list. */
    public List<PlayerView> organisation(TeamView team) {
        TeamRow row = teamRows.get(team.abbrev());
        List<String> abbrevs = row == null ? List.of(team.abbrev())
                : java.util.stream.Stream.of(row.abbrev, row.minorLeague, row.injuredList).filter(a -> a != null).toList();
        return players.values().stream().filter(p -> abbrevs.contains(p.teamAbbrev())).toList();
    }

    public List<PlayerView> freeAgents() {
        return players.values().stream().filter(p -> p.isFreeAgent(freeAgentTeam())).toList();
    }
}
