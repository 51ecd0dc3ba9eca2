package app.frontoffice.sheets;

import app.frontoffice.events.discord.ChannelRef;
import app.frontoffice.events.draft.PickMade;
import app.frontoffice.sheets.config.DraftSheetConfig;
import app.frontoffice.sheets.domain.Backoff;
import app.frontoffice.sheets.domain.FlushPolicy;
import app.frontoffice.sheets.domain.IncidentTracker;
import app.frontoffice.sheets.domain.PendingPick;
import app.frontoffice.sheets.domain.PendingPicks;
import app.frontoffice.sheets.domain.PickKey;
import app.frontoffice.sheets.domain.SheetKeys;
import app.frontoffice.sheets.domain.SheetLayout;
import app.frontoffice.sheets.domain.SheetMessages;
import app.frontoffice.sheets.domain.SheetTarget;
import app.frontoffice.sheets.domain.SheetWriteException;
import app.frontoffice.sheets.domain.SheetWriter;
import app.frontoffice.sheets.kafka.DiscordNotifier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Keeps the draft sheets in step with {@code draft.pick-made}. The Kafka side only hands picks in;
 * one writer thread coalesces what is pending into a single {@code batchUpdate} per sheet, spaced to
 * respect Google's quota, retries failures with back-off (merging picks that arrive meanwhile), and
 * acknowledges a record only once its pick is on the sheet, so the committed offset never passes an
 * unwritten pick. A draft never waits for any of this: draft-service has already answered.
 */
@ApplicationScoped
public class PickSync {

    private static final Logger LOG = Logger.getLogger(PickSync.class);

    private final DraftSheetConfig config;
    private final SheetKeys keys;
    private final SheetLayout layout;
    private final FlushPolicy policy;
    private final Backoff backoff;
    private final IncidentTracker incidents;
    private final SheetWriter writer;
    private final DiscordNotifier discord;
    private final Clock clock;
    private final Counter written;
    private final Counter released;

    private final PendingPicks pending = new PendingPicks();
    /** One sheet write at a time, live or resync, so a resync's snapshot is never overtaken by an older write. */
    private final ReentrantLock writeLock = new ReentrantLock();
    private Instant lastWrite = Instant.EPOCH;
    private Instant retryNotBefore = Instant.EPOCH;
    private int failedAttempts;
    private volatile boolean running;
    private Thread thread;

    public PickSync(DraftSheetConfig config, SheetKeys keys, SheetLayout layout, FlushPolicy policy, Backoff backoff,
                    IncidentTracker incidents, SheetWriter writer, DiscordNotifier discord, Clock clock,
                    MeterRegistry registry) {
        this.config = config;
        this.keys = keys;
        this.layout = layout;
        this.policy = policy;
        this.backoff = backoff;
        this.incidents = incidents;
        this.writer = writer;
        this.discord = discord;
        this.clock = clock;
        this.written = registry.counter("sheets.writer.picks.written");
        this.released = registry.counter("sheets.writer.picks.released");
        registry.gauge("sheets.writer.picks.pending", pending, PendingPicks::size);
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "sheets-writer-flusher");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        pending.wakeUp();
        if (thread != null) {
            // Whatever is still pending is not acknowledged, so the next start receives it again.
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    /**
     * Takes a record of {@code draft.pick-made}; {@code pick} null is a tombstone. Records for a season
     * with no sheet (or with the sheet disabled) are acknowledged at once: a resync rebuilds them later.
     */
    public void accept(PickKey key, PickMade pick, int partition, long offset, Runnable ack) {
        if (!config.enabled() || keys.keyFor(key.season()).isEmpty()) {
            ack.run();
            return;
        }
        pending.add(key, pick, partition, offset, ack, clock.instant());
    }

    /** Drops unacknowledged picks of partitions this instance lost; their new owner receives them again. */
    public void partitionsRevoked(Set<Integer> partitions) {
        int dropped = pending.discardPartitions(partitions);
        released.increment(dropped);
        if (dropped > 0) {
            LOG.infof("Partitions %s revoked: %d pending picks left to their next owner", partitions, dropped);
        }
    }

    public int pendingCount() {
        return pending.size();
    }

    /**
     * Runs {@code write} with the sheets to itself, after the same spacing as live writes. Used by the
     * resync, so its snapshot is read and written with no live write in between.
     */
    public <T> T exclusive(Callable<T> write) throws Exception {
        writeLock.lock();
        try {
            long wait = Duration.between(clock.instant(), lastWrite.plus(policy.minInterval())).toMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            lastWrite = clock.instant();
            return write.call();
        } finally {
            writeLock.unlock();
        }
    }

    private void run() {
        while (running) {
            try {
                Optional<Instant> next = nextWrite();
                long wait = next.map(t -> Duration.between(clock.instant(), t).toMillis()).orElse(1000L);
                if (wait > 0) {
                    // Wakes early when a pick arrives, then re-plans: a burst keeps pushing the write back.
                    pending.awaitChange(wait);
                    continue;
                }
                flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Unexpected error in the sheet writer; continuing", e);
            }
        }
    }

    private Optional<Instant> nextWrite() {
        writeLock.lock();
        try {
            return policy.nextWrite(pending.size(), pending.oldest().orElse(Instant.EPOCH), pending.lastChange(),
                    lastWrite, retryNotBefore);
        } finally {
            writeLock.unlock();
        }
    }

    private void flush() {
        writeLock.lock();
        try {
            List<PendingPick> batch = pending.drain();
            lastWrite = clock.instant();
            boolean failed = false;
            for (Map.Entry<SheetTarget, List<PendingPick>> group : byTarget(batch).entrySet()) {
                failed |= !write(group.getKey(), group.getValue());
            }
            if (failed) {
                failedAttempts++;
                retryNotBefore = clock.instant().plus(backoff.delay(failedAttempts));
            } else {
                failedAttempts = 0;
                retryNotBefore = Instant.EPOCH;
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Writes one sheet's picks in one call; false (and requeued) if it failed. */
    private boolean write(SheetTarget target, List<PendingPick> picks) {
        Optional<String> key = keys.keyFor(target.season());
        if (key.isEmpty()) {
            picks.forEach(PendingPick::acknowledge);
            return true;
        }
        SortedMap<Integer, List<Object>> rows = new TreeMap<>();
        picks.forEach(p -> rows.put(p.key().overall(), SheetLayout.cells(p.pick())));
        try {
            writer.write(key.get(), layout.blocks(rows));
        } catch (SheetWriteException e) {
            pending.requeue(picks);
            LOG.warnf("Writing %d picks to the %s sheet failed (%s); retrying", picks.size(), target, e.getMessage());
            incidents.failed(target, clock.instant(), picks).ifPresent(notice -> discord.postToChannel(
                    target.leagueId(), ChannelRef.byName(config.noticeChannel()),
                    SheetMessages.failureNotice(notice.unwritten())));
            return false;
        }
        picks.forEach(PendingPick::acknowledge);
        written.increment(picks.size());
        if (incidents.succeeded(target) && config.recoveryNote()) {
            discord.postToChannel(target.leagueId(), ChannelRef.byName(config.noticeChannel()),
                    SheetMessages.recovered(target.season()));
        }
        return true;
    }

    private static Map<SheetTarget, List<PendingPick>> byTarget(List<PendingPick> batch) {
        return batch.stream().collect(Collectors.groupingBy(p -> p.key().target(), LinkedHashMap::new,
                Collectors.toList()));
    }
}
