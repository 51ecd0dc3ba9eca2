package app.frontoffice.sheets.domain;

import app.frontoffice.events.draft.PickMade;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks received but not yet written, coalesced by key: under a burst (auto-draft catching up, a
 * replay) only the last state of each pick matters, and everything pending goes out in one write.
 * Thread-safe: the Kafka side adds, the writer thread drains and requeues.
 */
public final class PendingPicks {

    private final Map<PickKey, PendingPick> byKey = new LinkedHashMap<>();
    private Instant lastChange = Instant.EPOCH;

    /** Folds a record in; {@code pick} null is a tombstone. */
    public synchronized void add(PickKey key, PickMade pick, int partition, long offset, Runnable ack, Instant now) {
        put(new PendingPick(key, pick, partition, offset, now, List.of(ack)));
        lastChange = now;
        notifyAll();
    }

    /** Takes everything pending; the caller writes it and either acknowledges it or {@link #requeue}s it. */
    public synchronized List<PendingPick> drain() {
        List<PendingPick> all = new ArrayList<>(byKey.values());
        byKey.clear();
        return all;
    }

    /**
     * Puts back picks whose write failed. A state that arrived meanwhile for the same key is kept if it
     * is newer (higher offset); the acknowledgements of both are kept either way.
     */
    public synchronized void requeue(Collection<PendingPick> failed) {
        failed.forEach(this::put);
        notifyAll();
    }

    /**
     * Forgets the picks of partitions this instance no longer owns, without acknowledging them: the new
     * owner starts at the committed offset and receives them again.
     */
    public synchronized int discardPartitions(Set<Integer> partitions) {
        int before = byKey.size();
        byKey.values().removeIf(p -> partitions.contains(p.partition()));
        return before - byKey.size();
    }

    public synchronized int size() {
        return byKey.size();
    }

    public synchronized Optional<Instant> oldest() {
        return byKey.values().stream().map(PendingPick::since).min(Instant::compareTo);
    }

    public synchronized Instant lastChange() {
        return lastChange;
    }

    /** Waits until something is added or requeued, or the timeout passes. */
    public synchronized void awaitChange(long timeoutMillis) throws InterruptedException {
        if (timeoutMillis > 0) {
            wait(timeoutMillis);
        }
    }

    /** Wakes a waiting writer, e.g. to stop it. */
    public synchronized void wakeUp() {
        notifyAll();
    }

    private void put(PendingPick entry) {
        byKey.merge(entry.key(), entry, PendingPick::merge);
    }
}
