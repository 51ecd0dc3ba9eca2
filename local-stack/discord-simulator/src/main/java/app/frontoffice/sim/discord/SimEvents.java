package app.frontoffice.sim.discord;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A tiny change feed: every state change publishes a short kind ("message", "channel", "gateway",
 * …) so the web page (via server-sent events on {@code GET /sim/events}) knows when to refresh.
 */
final class SimEvents {

    private final List<BlockingQueue<String>> subscribers = new CopyOnWriteArrayList<>();

    void publish(String kind) {
        for (BlockingQueue<String> q : subscribers) {
            // A stalled page must not grow memory without bound; it only needs "something changed".
            if (q.size() < 100) {
                q.offer(kind);
            }
        }
    }

    BlockingQueue<String> subscribe() {
        BlockingQueue<String> q = new LinkedBlockingQueue<>();
        subscribers.add(q);
        return q;
    }

    void unsubscribe(BlockingQueue<String> q) {
        subscribers.remove(q);
    }
}
