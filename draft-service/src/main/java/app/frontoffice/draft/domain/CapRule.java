package app.frontoffice.draft.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The draft cap rule (reference {@code validate_cap_space}).
 *
 * <p>Only the cheapest players count, and fewer of them the more picks the team still has to make:
 * a team with 19 players after this pick still has 13 empty spots, which are assumed to be filled
 * by zero-sWAR players, so only 13 of its real players are counted. That lets a team draft stars
 * early without being blocked by a cap meant for a full 26-man count.
 *
 * @param defaultCap    the cap of a team that sets none
 * @param countedPlayers players that count toward the cap on a full roster (26)
 * @param draftRosterSize players a team has after the draft (32)
 */
public record CapRule(double defaultCap, int countedPlayers, int draftRosterSize) {

    /** Float sums of two-decimal values land a hair above the cap; the league has always allowed that. */
    public static final double TOLERANCE = 0.001;

    public static final CapRule STANDARD = new CapRule(32.00, 26, 32);

    public static CapRule withDefaultCap(double defaultCap) {
        return new CapRule(defaultCap, STANDARD.countedPlayers, STANDARD.draftRosterSize);
    }

    /** The cap that applies to a team: its own (0 included), else the default. */
    public double capFor(Double teamCap) {
        return teamCap == null ? defaultCap : teamCap;
    }

    public double capFor(TeamView team) {
        return capFor(team.swarCap());
    }

    /** How many of the cheapest sWAR values count once the roster has {@code projectedSize} players. */
    public int countedFor(int projectedSize) {
        int stillToCome = Math.max(0, draftRosterSize - projectedSize);
        return Math.max(0, countedPlayers - stillToCome);
    }

    /**
     * @param activeRosterSwar sWAR of every player on the team's active (major-league) roster
     * @param candidateSwar    sWAR of the player about to be drafted
     */
    public CapCheck check(List<Double> activeRosterSwar, double candidateSwar, Double teamCap) {
        List<Double> values = new ArrayList<>(activeRosterSwar.size() + 1);
        values.addAll(activeRosterSwar);
        values.add(candidateSwar);
        Collections.sort(values);
        int counted = Math.min(countedFor(values.size()), values.size());
        double total = 0.0;
        for (int i = 0; i < counted; i++) {
            total += values.get(i);
        }
        double cap = capFor(teamCap);
        return new CapCheck(total <= cap + TOLERANCE, total, cap);
    }

    public CapCheck check(List<Double> activeRosterSwar, double candidateSwar, TeamView team) {
        return check(activeRosterSwar, candidateSwar, team.swarCap());
    }
}
