package app.frontoffice.gateway.answers;

import app.frontoffice.events.discord.InteractionRef;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Remembers the interactions this gateway deferred until the owning service answers them. If no
 * answer comes within the answer timeout, {@code onTimeout} is called once so the member is told
 * instead of watching "thinking…" forever; a late answer still replaces that note, because Discord
 * accepts edits for as long as the token lives.
 *
 * <p>Entries are kept for the token's lifetime (15 minutes) so that a follow-up knows whether the
 * command was answered ephemerally. Each transition is a single atomic map operation, so the
 * timeout and an answer arriving at the same moment cannot both win.
 */
public final class AnswerDeadlines {

    /** Discord keeps an interaction token valid for 15 minutes. */
    public static final Duration TOKEN_LIFETIME = Duration.ofMinutes(15);

    public enum State { WAITING, ANSWERED, TIMED_OUT }

    /** One deferred interaction. */
    public record Tracked(InteractionRef interaction, boolean ephemeral, State state) {
        Tracked with(State next) {
            return new Tracked(interaction, ephemeral, next);
        }
    }

    /** Runs a task after a delay; a {@code ScheduledExecutorService} in production, manual in tests. */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Runnable task, Duration delay);
    }

    private final Map<String, Tracked> tracked = new ConcurrentHashMap<>();
    private final Duration timeout;
    private final Scheduler scheduler;
    private final Consumer<Tracked> onTimeout;

    public AnswerDeadlines(Duration timeout, Scheduler scheduler, Consumer<Tracked> onTimeout) {
        this.timeout = timeout;
        this.scheduler = scheduler;
        this.onTimeout = onTimeout;
    }

    /** Starts waiting for the answer to a deferred interaction. */
    public void expect(InteractionRef interaction, boolean ephemeral) {
        String id = interaction.interactionId();
        tracked.put(id, new Tracked(interaction, ephemeral, State.WAITING));
        scheduler.schedule(() -> expire(id), timeout);
        scheduler.schedule(() -> tracked.remove(id), TOKEN_LIFETIME);
    }

    /**
     * Records that the interaction got its answer.
     *
     * @return true if it was still waiting (so the caller is the one answering it first)
     */
    public boolean settle(String interactionId) {
        return transition(interactionId, State.ANSWERED, State.WAITING).isPresent();
    }

    /**
     * Records that no answer will come (the command never reached its service).
     *
     * @return true unless a real answer was already given, i.e. the caller should tell the member;
     *         this also replaces the timeout note with the more precise reason
     */
    public boolean giveUp(String interactionId) {
        return transition(interactionId, State.ANSWERED, State.WAITING, State.TIMED_OUT).isPresent();
    }

    /** What is known about an interaction this gateway deferred in the last 15 minutes. */
    public Optional<Tracked> find(String interactionId) {
        return interactionId == null ? Optional.empty() : Optional.ofNullable(tracked.get(interactionId));
    }

    public long waiting() {
        return tracked.values().stream().filter(t -> t.state() == State.WAITING).count();
    }

    private void expire(String interactionId) {
        transition(interactionId, State.TIMED_OUT, State.WAITING).ifPresent(onTimeout);
    }

    /** {@code from} → {@code next}, atomically; the new entry if this call made the move. */
    private Optional<Tracked> transition(String interactionId, State next, State... from) {
        if (interactionId == null) {
            return Optional.empty();
        }
        Tracked[] moved = {null};
        tracked.computeIfPresent(interactionId, (id, t) -> {
            if (!java.util.Arrays.asList(from).contains(t.state())) {
                return t;
            }
            moved[0] = t.with(next);
            return moved[0];
        });
        return Optional.ofNullable(moved[0]);
    }
}
