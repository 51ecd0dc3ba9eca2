package app.frontoffice.sim.sheets;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The API calls the simulator has answered (control and HTML requests are not logged), newest last.
 * Bounded so a long-running local stack does not grow without limit. Thread-safe.
 */
public final class RequestLog {

    static final int CAPACITY = 10_000;

    /**
     * One API call. {@code range} is set for single-range calls and {@code ranges} for batch calls, both
     * URL-decoded (e.g. {@code 'Ordered List'!D5:G5}).
     *
     * @param operation e.g. {@code values.update}, {@code spreadsheets.get}; null if the path was not an API route
     * @param millis    time from receipt to response, including any injected delay
     * @param at        ISO-8601 instant the call arrived (a string: the module has no java.time Jackson module)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(String method, String path, String operation, String spreadsheetId, String range,
                        List<String> ranges, int status, long millis, String at) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    public synchronized void add(Entry entry) {
        if (entries.size() == CAPACITY) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized void clear() {
        entries.clear();
    }
}
