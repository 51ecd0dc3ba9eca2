package app.frontoffice.support.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Exposes the number of records waiting for Kafka: a growing value means the relay is stuck. */
@ApplicationScoped
public class OutboxMetrics {

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("frontoffice.outbox.pending", this, m -> m.pending())
                .description("Outbox records not yet acknowledged by Kafka")
                .register(registry);
    }

    double pending() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("publishedAt is null"));
    }
}
