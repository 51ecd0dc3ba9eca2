package app.frontoffice.draft.clock;

import app.frontoffice.draft.board.PickRecorder;
import app.frontoffice.draft.domain.ClockPlan;
import app.frontoffice.draft.domain.DraftFormat;
import app.frontoffice.draft.state.Draft;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The draft clock. Warnings and expiry are scheduled for their exact instants (not polled) from
 * what the database says, so the clock is rebuilt at start-up and after every change, and an
 * expired deadline found at start-up is handled at once. Only the replica holding
 * {@link ClockLeadership} runs it; the others keep trying to take over.
 */
@ApplicationScoped
public class DraftClockService {

    private static final Logger LOG = Logger.getLogger(DraftClockService.class);

    @Inject
    ClockLeadership leadership;

    @Inject
    ClockEvents events;

    @Inject
    Clock clock;

    @ConfigProperty(name = "frontoffice.draft.clock.enabled", defaultValue = "true")
    boolean enabled;

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "draft-clock"));
    /** Per league: the deadline planned for, and the scheduled instants. */
    private final Map<String, Plan> plans = new HashMap<>();

    private record Plan(int overall, Instant deadline, List<PlannedEvent> events, List<ScheduledFuture<?>> futures) {
    }

    /** Every second: keep (or take) leadership and follow changes made by any replica. */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (enabled) {
            synchronize();
        }
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) PickRecorder.DraftChanged change) {
        if (enabled && !timer.isShutdown()) {
            timer.execute(this::synchronize);
        }
    }

    /** Re-plans every running draft whose pick or deadline differs from what is planned. */
    public synchronized void synchronize() {
        if (!leadership.holdOrAcquire()) {
            cancelAll();
            return;
        }
        List<Draft> running = QuarkusTransaction.requiringNew().call(() ->
                Draft.<Draft>list("timerEnabled = true and paused = false and pickDeadline is not null"));
        Map<String, Draft> byLeague = new HashMap<>();
        running.forEach(d -> byLeague.merge(d.leagueId(), d, (a, b) -> a.season() >= b.season() ? a : b));
        new ArrayList<>(plans.keySet()).stream().filter(l -> !byLeague.containsKey(l)).forEach(this::cancel);
        Instant now = clock.instant();
        for (Draft draft : byLeague.values()) {
            Plan existing = plans.get(draft.leagueId());
            if (existing != null && existing.overall() == draft.currentOverall && existing.deadline().equals(draft.pickDeadline)) {
                continue;
            }
            cancel(draft.leagueId());
            DraftFormat format = new DraftFormat(draft.rounds, draft.teamsPerRound, draft.linearRounds);
            if (format.isComplete(draft.currentOverall)) {
                continue;
            }
            List<PlannedEvent> planned = ClockPlan.plan(draft.clockStartedAt, draft.pickDeadline, now).events().stream()
                    .map(e -> new PlannedEvent(draft.leagueId(), draft.season(), draft.currentOverall, draft.pickDeadline, e.kind(), e.at()))
                    .toList();
            List<ScheduledFuture<?>> futures = new ArrayList<>();
            for (PlannedEvent event : planned) {
                futures.add(schedule(event, Duration.between(now, event.at())));
            }
            plans.put(draft.leagueId(), new Plan(draft.currentOverall, draft.pickDeadline, planned, futures));
        }
    }

    private ScheduledFuture<?> schedule(PlannedEvent event, Duration delay) {
        long millis = Math.max(0, delay.toMillis());
        return timer.schedule(() -> run(event), millis, TimeUnit.MILLISECONDS);
    }

    private void run(PlannedEvent event) {
        try {
            if (!events.fire(event)) {
                // Fired before its instant (e.g. the clock was adjusted): try again when it is due.
                schedule(event, Duration.between(clock.instant(), event.at()));
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Draft clock event %s for league %s pick #%d failed; retrying in 1 s",
                    event.kind(), event.leagueId(), event.overall());
            schedule(event, Duration.ofSeconds(1));
        }
    }

    /**
     * Fires every planned event that is due by this service's clock, in order, on the caller's
     * thread. Tests move an injected clock forward and call this instead of waiting.
     */
    public void runDue() {
        for (int round = 0; round < 10_000; round++) {
            synchronize();
            Instant now = clock.instant();
            PlannedEvent next;
            synchronized (this) {
                next = plans.values().stream().flatMap(p -> p.events().stream())
                        .filter(e -> !e.at().isAfter(now))
                        .min(Comparator.comparing(PlannedEvent::at)).orElse(null);
            }
            if (next == null) {
                return;
            }
            events.fire(next);
            synchronized (this) {
                Plan plan = plans.get(next.leagueId());
                if (plan != null) {
                    List<PlannedEvent> rest = new ArrayList<>(plan.events());
                    rest.remove(next);
                    plans.put(next.leagueId(), new Plan(plan.overall(), plan.deadline(), rest, plan.futures()));
                }
            }
        }
    }

    /** Stops running the clock here (shutdown, or a test of the take-over). */
    public synchronized void stepDown() {
        cancelAll();
        leadership.release();
    }

    public boolean isLeader() {
        return leadership.isLeader();
    }

    private void cancel(String leagueId) {
        Plan plan = plans.remove(leagueId);
        if (plan != null) {
            plan.futures().forEach(f -> f.cancel(false));
        }
    }

    private void cancelAll() {
        new ArrayList<>(plans.keySet()).forEach(this::cancel);
    }

    void onStop(@Observes ShutdownEvent event) {
        timer.shutdownNow();
        leadership.release();
    }
}
