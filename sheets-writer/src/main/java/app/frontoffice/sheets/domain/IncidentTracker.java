package app.frontoffice.sheets.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides when a failing sheet is worth telling the league about. An incident starts at the first
 * failed write for a league's season; once it has lasted {@code noticeAfter}, exactly one notice is
 * due, however many picks or retries follow. A successful write ends the incident, and says whether
 * a recovery note is owed (only if the failure was announced).
 */
public final class IncidentTracker {

    /** A notice to post: the picks that were waiting when the threshold passed. */
    public record Notice(SheetTarget target, List<PendingPick> unwritten) {
    }

    private static final class Incident {
        final Instant since;
        boolean announced;

        Incident(Instant since) {
            this.since = since;
        }
    }

    private final Duration noticeAfter;
    private final Map<SheetTarget, Incident> open = new HashMap<>();

    public IncidentTracker(Duration noticeAfter) {
        this.noticeAfter = noticeAfter;
    }

    /** Records a failed write; returns the notice if this failure is the one that crosses the threshold. */
    public synchronized Optional<Notice> failed(SheetTarget target, Instant now, List<PendingPick> unwritten) {
        Incident incident = open.computeIfAbsent(target, t -> new Incident(now));
        if (incident.announced || Duration.between(incident.since, now).compareTo(noticeAfter) < 0) {
            return Optional.empty();
        }
        incident.announced = true;
        return Optional.of(new Notice(target, List.copyOf(unwritten)));
    }

    /** Records a successful write; true if an announced incident just ended (a recovery note is due). */
    public synchronized boolean succeeded(SheetTarget target) {
        Incident incident = open.remove(target);
        return incident != null && incident.announced;
    }

    public synchronized boolean isFailing(SheetTarget target) {
        return open.containsKey(target);
    }
}
