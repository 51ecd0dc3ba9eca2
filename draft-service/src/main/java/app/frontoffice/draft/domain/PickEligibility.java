package app.frontoffice.draft.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a team may draft a player now, in the reference's gating order, so users see the
 * same refusal first that they always have.
 *
 * <p>Two things differ from the reference on purpose: a pick that already holds a player is never
 * used again (an admin {@code set-pick} onto a filled pick let its owner overwrite the earlier
 * selection), and a name that does not identify exactly one player is refused with suggestions
 * instead of silently taking the first partial match.
 */
public final class PickEligibility {

    private final DraftFormat format;
    private final CapRule capRule;
    private final String freeAgentTeam;

    public PickEligibility(DraftFormat format, CapRule capRule, String freeAgentTeam) {
        this.format = Objects.requireNonNull(format, "format");
        this.capRule = Objects.requireNonNull(capRule, "capRule");
        this.freeAgentTeam = Objects.requireNonNull(freeAgentTeam, "freeAgentTeam");
    }

    /**
     * @param picks            the season's pick table; at least the current pick and the team's own
     *                         picks before it (the whole table also guards against re-drafting)
     * @param player           the looked-up player name
     * @param activeRosterSwar sWAR of each player on the team's active roster, for the cap rule
     */
    public PickDecision decide(TeamView team,
                               DraftStateView state,
                               List<PickView> picks,
                               NameMatch<PlayerView> player,
                               List<Double> activeRosterSwar) {
        PickDecision.PickChoice choice = choosePick(team, state, picks);
        if (choice instanceof PickDecision.Refused refused) {
            return refused;
        }
        PickDecision.Chosen chosen = (PickDecision.Chosen) choice;

        PlayerView candidate;
        if (player instanceof NameMatch.Found<PlayerView> found) {
            candidate = found.player();
        } else if (player instanceof NameMatch.Ambiguous<PlayerView> ambiguous) {
            return new PickDecision.Refused("Player Not Found", DraftMessages.didYouMean(ambiguous));
        } else {
            String query = ((NameMatch.NotFound<PlayerView>) player).query();
            return new PickDecision.Refused("Player Not Found", "Could not find player '" + query + "'.");
        }

        boolean alreadyDrafted = picks.stream()
                .anyMatch(p -> p.taken() && p.player().id() == candidate.id());
        if (alreadyDrafted || !candidate.isFreeAgent(freeAgentTeam)) {
            return new PickDecision.Refused("Player Not Available", candidate.name() + " is not a free agent.");
        }

        CapCheck cap = capRule.check(activeRosterSwar, candidate.swar(), team);
        if (!cap.valid()) {
            return new PickDecision.Refused("Cap Space Exceeded", "Drafting " + candidate.name()
                    + " would put you at " + Numbers.twoDp(cap.projectedTotal())
                    + " sWAR (limit: " + Numbers.twoDp(cap.cap()) + ").");
        }
        return new PickDecision.Approved(chosen.pick(), candidate, chosen.makeUp(), state.currentOverall(), cap);
    }

    /**
     * The pick the team would use: the current pick when it is on the clock (that takes precedence),
     * else its earliest skipped pick as a make-up pick.
     */
    public PickDecision.PickChoice choosePick(TeamView team, DraftStateView state, List<PickView> picks) {
        if (state.paused()) {
            return new PickDecision.Refused("Draft Paused",
                    "The draft is currently paused. Please wait for an administrator to resume.");
        }
        int currentOverall = state.currentOverall();
        boolean complete = format.isComplete(currentOverall);
        PickView current = null;
        if (!complete) {
            current = find(picks, currentOverall).orElse(null);
            if (current == null) {
                return new PickDecision.Refused("Invalid Pick", "Could not retrieve pick #" + currentOverall + ".");
            }
            if (current.owner().sameTeam(team) && !current.taken()) {
                return new PickDecision.Chosen(current, false);
            }
        }

        Optional<PickView> skipped = earliestSkipped(team, currentOverall, picks);
        if (skipped.isPresent()) {
            return new PickDecision.Chosen(skipped.get(), true);
        }
        if (complete) {
            return new PickDecision.Refused("Draft Complete",
                    "The draft is over: all " + format.totalPicks() + " picks have been made.");
        }
        if (current.owner().sameTeam(team)) {
            return new PickDecision.Refused("Pick Already Made", format.display(current.overall())
                    + " has already been used to draft " + current.player().name() + ".");
        }
        return new PickDecision.Refused("Not Your Turn", current.owner().shortName()
                + " is on the clock for " + format.display(current.overall()) + ".");
    }

    /** The team's earliest pick before the current one that holds no player. */
    public static Optional<PickView> earliestSkipped(TeamView team, int currentOverall, List<PickView> picks) {
        return picks.stream()
                .filter(p -> p.overall() < currentOverall && !p.taken() && p.owner().sameTeam(team))
                .min(Comparator.comparingInt(PickView::overall));
    }

    private static Optional<PickView> find(List<PickView> picks, int overall) {
        return picks.stream().filter(p -> p.overall() == overall).findFirst();
    }
}
