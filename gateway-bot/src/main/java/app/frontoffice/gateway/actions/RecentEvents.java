package app.frontoffice.gateway.actions;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The last N event ids seen, to skip a record Kafka delivers again (e.g. after a rebalance before the
 * commit). In memory only: a Discord action is not worth a database round trip, and after a restart
 * at most the few uncommitted actions could repeat.
 */
public final class RecentEvents {

    private final Map<UUID, Boolean> seen;

    public RecentEvents(int capacity) {
        this.seen = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** True the first time an id is offered (while it is among the last N). */
    public synchronized boolean firstTime(UUID eventId) {
        return seen.putIfAbsent(eventId, Boolean.TRUE) == null;
    }
}
