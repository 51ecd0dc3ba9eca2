package app.frontoffice.support.outbox;

import app.frontoffice.events.Envelope;
import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Where a service puts the records it owes Kafka. It only ever joins the caller's transaction, so a
 * record exists if and only if the state change that produced it committed; {@link OutboxRelay}
 * publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    Event<OutboxWritten> written;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String topic, String key, Envelope envelope) {
        OutboxEvent row = new OutboxEvent();
        row.topic = topic;
        row.recordKey = key;
        row.payload = EventCodec.encode(envelope);
        row.eventId = envelope.eventId();
        row.createdAt = clock.instant();
        row.persist();
        written.fire(new OutboxWritten());
    }

    /** Wraps {@code payload} in a fresh envelope of {@code type} (stamped by this service's clock) and adds it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> void add(String topic, String key, EventType<T> type, String leagueId, String correlationId, T payload) {
        add(topic, key, EventCodec.envelope(type, leagueId, correlationId, payload, clock));
    }

    /** A tombstone: on a compacted topic it removes the key's current value. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addTombstone(String topic, String key) {
        OutboxEvent row = new OutboxEvent();
        row.topic = topic;
        row.recordKey = key;
        row.createdAt = clock.instant();
        row.persist();
        written.fire(new OutboxWritten());
    }

    /** Fired inside the writing transaction; the relay reacts once it has committed. */
    public record OutboxWritten() {
    }
}
