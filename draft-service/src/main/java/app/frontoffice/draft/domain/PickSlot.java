package app.frontoffice.draft.domain;

/**
 * Where an overall pick number sits: its round and its pick label within the round.
 *
 * <p>{@code position} is the label the league has always shown ("Round 12, Pick 16" for overall
 * 177), which in snake rounds is not the chronological order within the round; see
 * {@link DraftFormat#positionInRound(int)}.
 */
public record PickSlot(int overall, int round, int position) {

    /** The league's standard way of naming a pick: {@code Round R, Pick P (Overall #N)}. */
    public String display() {
        return "Round " + round + ", Pick " + position + " (Overall #" + overall + ")";
    }
}
