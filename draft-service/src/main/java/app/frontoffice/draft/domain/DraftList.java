package app.frontoffice.draft.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A team's auto-draft queue: player ids in rank order, rank 1 first.
 *
 * <p>Immutable, and always contiguous (ranks 1..n), because the store writes the whole list at once
 * like the reference does; every edit returns a new list. Players who have since been drafted stay
 * in the list and are skipped when it is used, as in the reference.
 */
public final class DraftList {

    /** A row to store: rank (1-based) and player id. */
    public record Entry(int rank, long playerId) {
    }

    private static final DraftList EMPTY = new DraftList(List.of());

    private final List<Long> playerIds;

    private DraftList(List<Long> playerIds) {
        this.playerIds = List.copyOf(playerIds);
    }

    public static DraftList empty() {
        return EMPTY;
    }

    /** A list in the given order; a repeated id keeps its first (higher) place. */
    public static DraftList of(List<Long> playerIdsInRankOrder) {
        return new DraftList(new ArrayList<>(new LinkedHashSet<>(playerIdsInRankOrder)));
    }

    /** A list from stored rows whose ranks may have gaps or come unsorted. */
    public static DraftList fromEntries(List<Entry> entries) {
        return of(entries.stream()
                .sorted(Comparator.comparingInt(Entry::rank))
                .map(Entry::playerId)
                .toList());
    }

    public static DraftList fromRanks(Map<Long, Integer> rankByPlayer) {
        return fromEntries(rankByPlayer.entrySet().stream()
                .map(e -> new Entry(e.getValue(), e.getKey()))
                .toList());
    }

    public List<Long> playerIds() {
        return playerIds;
    }

    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>(playerIds.size());
        for (int i = 0; i < playerIds.size(); i++) {
            entries.add(new Entry(i + 1, playerIds.get(i)));
        }
        return List.copyOf(entries);
    }

    public int size() {
        return playerIds.size();
    }

    public boolean isEmpty() {
        return playerIds.isEmpty();
    }

    public boolean contains(long playerId) {
        return playerIds.contains(playerId);
    }

    public OptionalInt rankOf(long playerId) {
        int index = playerIds.indexOf(playerId);
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
    }

    /**
     * Inserts a player at {@code rank} (those at that rank and below move down one) or, with no rank,
     * at the end. Whether the player is a free agent is checked by the caller before, as in the
     * reference ("Player Not Available").
     */
    public DraftListResult add(PlayerView player, Integer rank) {
        if (contains(player.id())) {
            return DraftListResult.Refused.error("Already in Queue",
                    player.name() + " is already in your draft queue.");
        }
        int last = size() + 1;
        if (rank != null && (rank < 1 || rank > last)) {
            return DraftListResult.Refused.error("Invalid Rank", "Rank must be between 1 and " + last + ".");
        }
        int at = rank == null ? last : rank;
        List<Long> ids = new ArrayList<>(playerIds);
        ids.add(at - 1, player.id());
        return new DraftListResult.Updated(new DraftList(ids),
                "✅ Added **" + player.name() + "** at position **#" + at + "**");
    }

    /** Removes a player and closes the gap, so ranks stay 1..n. */
    public DraftListResult remove(PlayerView player) {
        if (!contains(player.id())) {
            return DraftListResult.Refused.error("Not in Queue", player.name() + " is not in your draft queue.");
        }
        List<Long> ids = new ArrayList<>(playerIds);
        ids.remove(Long.valueOf(player.id()));
        return new DraftListResult.Updated(new DraftList(ids),
                "✅ Removed **" + player.name() + "** from your draft queue.");
    }

    public DraftListResult clear() {
        if (isEmpty()) {
            return new DraftListResult.Refused("Queue Empty", "Your draft queue is already empty.", true);
        }
        return new DraftListResult.Updated(EMPTY, "Cleared **" + size() + " players** from your draft queue.");
    }

    /** Puts the queue in a new order; the new order must name exactly the players already queued. */
    public DraftListResult reorder(List<Long> newOrder) {
        Set<Long> proposed = new HashSet<>(newOrder);
        if (newOrder.size() != size() || proposed.size() != size() || !proposed.containsAll(playerIds)) {
            return DraftListResult.Refused.error("Invalid Order",
                    "The new order must list each of the " + size() + " queued players exactly once.");
        }
        return new DraftListResult.Updated(new DraftList(newOrder), "✅ Draft queue reordered.");
    }

    public DraftListResult moveUp(PlayerView player) {
        return move(player, -1);
    }

    public DraftListResult moveDown(PlayerView player) {
        return move(player, 1);
    }

    private DraftListResult move(PlayerView player, int by) {
        int index = playerIds.indexOf(player.id());
        if (index < 0) {
            return DraftListResult.Refused.error("Not in Queue", player.name() + " is not in your draft queue.");
        }
        int target = index + by;
        if (target < 0 || target >= size()) {
            return DraftListResult.Refused.error("Cannot Move", player.name() + " is already "
                    + (by < 0 ? "at the top" : "at the bottom") + " of your draft queue.");
        }
        List<Long> ids = new ArrayList<>(playerIds);
        ids.set(index, ids.get(target));
        ids.set(target, player.id());
        return new DraftListResult.Updated(new DraftList(ids),
                "✅ Moved **" + player.name() + "** to position **#" + (target + 1) + "**");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DraftList other && playerIds.equals(other.playerIds);
    }

    @Override
    public int hashCode() {
        return playerIds.hashCode();
    }

    @Override
    public String toString() {
        return "DraftList" + playerIds;
    }
}
