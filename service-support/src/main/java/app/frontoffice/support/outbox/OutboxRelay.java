package app.frontoffice.support.outbox;

import app.frontoffice.support.kafka.RecordPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes outbox rows to Kafka in the order they were written, and marks them published only
 * after the broker acknowledged them. If Kafka is down the rows simply wait: the relay is woken
 * after every commit (low latency) and also polls every second (recovery after an outage).
 *
 * <p>Rows are claimed with {@code for update skip locked}, so two replicas never publish the same
 * row at once. A crash between the broker's ack and the commit re-sends the row; consumers dedupe on
 * the event id, so that costs nothing.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EntityManager em;

    @Inject
    RecordPublisher publisher;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    @ConfigProperty(name = "frontoffice.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "frontoffice.outbox.retention", defaultValue = "P7D")
    Duration retention;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile boolean failing;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        wakeUp();
    }

    @Scheduled(every = "${frontoffice.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wakeUp();
    }

    /** Asks the single relay thread to drain; many requests while it is busy collapse into one more drain. */
    public void wakeUp() {
        if (worker.isShutdown() || !wakeUpPending.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(() -> {
                wakeUpPending.set(false);
                drain();
            });
        } catch (RejectedExecutionException e) {
            // Shutting down: whatever is pending is published by the next start.
        }
    }

    /** Publishes everything pending; returns how many rows went out. */
    public int drain() {
        int total = 0;
        try {
            int sent;
            do {
                sent = QuarkusTransaction.requiringNew().call(this::publishBatch);
                total += sent;
            } while (sent == batchSize);
            if (failing) {
                LOG.info("Outbox relay: Kafka is reachable again, pending records published");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Outbox relay: cannot publish yet, will retry (%s)", e.getMessage());
                failing = true;
            }
        }
        return total;
    }

    private int publishBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = em.createNativeQuery(
                        "select * from outbox_event where published_at is null order by id limit :n for update skip locked",
                        OutboxEvent.class)
                .setParameter("n", batchSize)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        // Throws if any record is not acknowledged: the transaction rolls back and every row stays pending.
        publisher.publishAll(batch.stream()
                .map(row -> new RecordPublisher.OutgoingRecord(row.topic, row.recordKey, row.payload))
                .toList());
        var now = clock.instant();
        batch.forEach(row -> row.publishedAt = now);
        metrics.counter("frontoffice.outbox.published").increment(batch.size());
        return batch.size();
    }

    @Scheduled(every = "1h", delayed = "1m")
    void purgePublished() {
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.delete(
                "publishedAt is not null and publishedAt < ?1", clock.instant().minus(retention)));
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdown();
    }
}
