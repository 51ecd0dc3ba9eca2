package app.frontoffice.support.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers which events a consumer has handled, inside the handling transaction: a record
 * delivered twice (a redelivery after a crash, a re-sent outbox row) is then handled once.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    /** True the first time {@code consumer} sees {@code eventId}; false for every repeat. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstTime(String consumer, String eventId) {
        int inserted = em.createNativeQuery(
                        "insert into processed_event (consumer, event_id) values (:c, :e) on conflict do nothing")
                .setParameter("c", consumer)
                .setParameter("e", eventId)
                .executeUpdate();
        return inserted == 1;
    }
}
