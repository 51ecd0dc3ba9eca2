package app.frontoffice.sim.sheets;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Planned failures for the next API requests. Faults queue in the order they were posted; each one
 * applies to {@code count} requests and then gives way to the next. A fault may delay, fail, or both
 * (e.g. a slow 503). Thread-safe.
 */
public final class FaultInjector {

    /**
     * @param status      HTTP status to answer, or 0 to answer normally (a pure delay)
     * @param delayMillis time to wait before answering
     * @param message     error message; null uses Google's usual text for the status
     * @param remaining   how many more requests this fault applies to
     */
    public record Fault(int status, long delayMillis, String message, int remaining) {
        public Fault {
            if (status != 0 && (status < 400 || status > 599)) {
                throw new IllegalArgumentException("status must be 4xx/5xx (or 0 for a pure delay): " + status);
            }
            if (delayMillis < 0 || remaining < 1) {
                throw new IllegalArgumentException("delayMillis must be >= 0 and count >= 1");
            }
        }
    }

    private final Deque<Fault> queue = new ArrayDeque<>();

    public synchronized void add(Fault fault) {
        queue.addLast(fault);
    }

    public synchronized void clear() {
        queue.clear();
    }

    public synchronized List<Fault> pending() {
        return List.copyOf(queue);
    }

    /** Takes the fault for the current request, if any, counting it down. */
    public synchronized Optional<Fault> next() {
        Fault head = queue.peekFirst();
        if (head == null) {
            return Optional.empty();
        }
        queue.removeFirst();
        if (head.remaining() > 1) {
            queue.addFirst(new Fault(head.status(), head.delayMillis(), head.message(), head.remaining() - 1));
        }
        return Optional.of(head);
    }
}
