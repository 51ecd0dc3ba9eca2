package app.frontoffice.league.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the draft moves rosters. A pick puts the player on the owner's team; a pick that changes (an
 * admin replaced the player, or it moved to another owner) first undoes what the old version did; a
 * cleared pick undoes it and sends the player back to the free agents, but only if the league office
 * moved him for that pick and he is still where it put him (he may have been traded or released
 * since, and then the cleared pick is no reason to touch him).
 *
 * <p>Applying the same pick again changes nothing, so redelivered records are harmless.
 */
public final class DraftRosters {

    private DraftRosters() {
    }

    /** What the league office did for one pick: who went where, and whether it had to move him. */
    public record AppliedPick(int playerId, String team, boolean moved) {
    }

    /** A player going from one roster to another. */
    public record Move(int playerId, String from, String to) {
    }

    /** The moves to make, and what to remember about the pick afterwards (empty = forget it). */
    public record Outcome(List<Move> moves, Optional<AppliedPick> applied) {
    }

    /**
     * @param previous   what the office did for an earlier version of this pick, if anything
     * @param playerId   the player now picked
     * @param owner      the team that now owns the pick
     * @param rosterOf   each player's current roster; empty for a player the office does not know
     */
    public static Outcome pick(Optional<AppliedPick> previous, int playerId, String owner, String freeAgents,
                               Function<Integer, Optional<String>> rosterOf) {
        if (previous.isPresent() && previous.get().playerId() == playerId && previous.get().team().equals(owner)) {
            return new Outcome(List.of(), previous);
        }
        Rosters rosters = new Rosters(rosterOf);
        previous.ifPresent(p -> undo(p, freeAgents, rosters));
        Optional<String> current = rosters.of(playerId);
        if (current.isEmpty()) {
            return new Outcome(rosters.moves(), Optional.empty());
        }
        boolean moved = !current.get().equals(owner);
        if (moved) {
            rosters.move(playerId, owner);
        }
        return new Outcome(rosters.moves(), Optional.of(new AppliedPick(playerId, owner, moved)));
    }

    /** The pick was cleared (a tombstone). */
    public static Outcome cleared(Optional<AppliedPick> previous, String freeAgents,
                                  Function<Integer, Optional<String>> rosterOf) {
        Rosters rosters = new Rosters(rosterOf);
        previous.ifPresent(p -> undo(p, freeAgents, rosters));
        return new Outcome(rosters.moves(), Optional.empty());
    }

    private static void undo(AppliedPick previous, String freeAgents, Rosters rosters) {
        if (previous.moved() && rosters.of(previous.playerId()).filter(previous.team()::equals).isPresent()) {
            rosters.move(previous.playerId(), freeAgents);
        }
    }

    /** Rosters as they stand while an outcome is worked out; a player moved twice is one move. */
    private static final class Rosters {
        private final Function<Integer, Optional<String>> original;
        private final Map<Integer, String> changed = new LinkedHashMap<>();

        Rosters(Function<Integer, Optional<String>> original) {
            this.original = original;
        }

        Optional<String> of(int playerId) {
            return changed.containsKey(playerId) ? Optional.of(changed.get(playerId)) : original.apply(playerId);
        }

        void move(int playerId, String to) {
            changed.put(playerId, to);
        }

        List<Move> moves() {
            List<Move> out = new ArrayList<>();
            changed.forEach((id, to) -> {
                String from = original.apply(id).orElse(null);
                if (!to.equals(from)) {
                    out.add(new Move(id, from, to));
                }
            });
            return out;
        }
    }
}
