package app.frontoffice.draft.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which team owns each pick before any player is chosen: the slot team, or the team a pick was
 * traded to. The service seeds its pick table from {@link #initialTable(Map)} once per season.
 */
public final class PickOrder {

    /** One row of the seeded pick table. */
    public record InitialPick(int overall, int round, String originalOwner, String owner) {
        public boolean traded() {
            return !originalOwner.equals(owner);
        }
    }

    private final DraftFormat format;
    private final List<String> slotOrder;

    /**
     * @param slotOrder team abbreviations in the order they pick in round 1, one per slot
     */
    public PickOrder(DraftFormat format, List<String> slotOrder) {
        this.format = Objects.requireNonNull(format, "format");
        this.slotOrder = List.copyOf(slotOrder);
        if (this.slotOrder.size() != format.teamsPerRound()) {
            throw new IllegalArgumentException("slot order has " + this.slotOrder.size()
                    + " teams but the draft has " + format.teamsPerRound() + " picks per round");
        }
        if (new HashSet<>(this.slotOrder).size() != this.slotOrder.size()) {
            throw new IllegalArgumentException("slot order names a team twice: " + this.slotOrder);
        }
    }

    public DraftFormat format() {
        return format;
    }

    public List<String> slotOrder() {
        return slotOrder;
    }

    /** The team whose slot the pick is in, ignoring trades. */
    public String originalOwner(int overall) {
        return slotOrder.get(format.originalSlotOf(overall) - 1);
    }

    /**
     * Every pick of the draft in overall order.
     *
     * @param tradedPicks overall → abbreviation of the team that now owns the pick
     */
    public List<InitialPick> initialTable(Map<Integer, String> tradedPicks) {
        for (Map.Entry<Integer, String> trade : tradedPicks.entrySet()) {
            if (!format.isValidOverall(trade.getKey())) {
                throw new IllegalArgumentException("traded pick " + trade.getKey() + " is outside 1.."
                        + format.totalPicks());
            }
            if (!slotOrder.contains(trade.getValue())) {
                throw new IllegalArgumentException("traded pick " + trade.getKey()
                        + " goes to unknown team " + trade.getValue());
            }
        }
        List<InitialPick> table = new ArrayList<>(format.totalPicks());
        for (int overall = 1; overall <= format.totalPicks(); overall++) {
            String original = originalOwner(overall);
            String owner = tradedPicks.getOrDefault(overall, original);
            table.add(new InitialPick(overall, format.roundOf(overall), original, owner));
        }
        return List.copyOf(table);
    }
}
