package app.frontoffice.sheets.domain;

import app.frontoffice.events.draft.PickMade;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The latest state of one pick that is not on the sheet yet, with the acknowledgements of every record
 * it stands for. Older records of the same key are superseded, but they are acknowledged only when
 * this newer state is written, so the committed offset never passes an unwritten pick.
 *
 * @param pick      the pick as it now stands, or null for a cleared pick (tombstone)
 * @param partition the Kafka partition of the key (all records of one key share it)
 * @param offset    the offset of the record this state came from; higher wins when states meet
 * @param since     when the oldest record folded into this entry arrived
 */
public record PendingPick(PickKey key, PickMade pick, int partition, long offset, Instant since, List<Runnable> acks) {

    public PendingPick {
        acks = List.copyOf(acks);
    }

    /** This and {@code other} (same key) as one entry: the state with the higher offset, every ack of both. */
    PendingPick merge(PendingPick other) {
        PendingPick newer = other.offset > offset ? other : this;
        List<Runnable> all = new ArrayList<>(acks);
        all.addAll(other.acks);
        Instant earliest = since.isBefore(other.since) ? since : other.since;
        return new PendingPick(key, newer.pick, newer.partition, newer.offset, earliest, all);
    }

    /** A short description for the failure notice: {@code #12 (Mike Trout)}. */
    public String label() {
        String name = pick == null ? "cleared" : pick.playerName();
        return "#" + key.overall() + " (" + name + ")";
    }

    public void acknowledge() {
        acks.forEach(Runnable::run);
    }
}
