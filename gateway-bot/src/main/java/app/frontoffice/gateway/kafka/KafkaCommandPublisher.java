package app.frontoffice.gateway.kafka;

import app.frontoffice.gateway.GatewayConfig;
import app.frontoffice.gateway.intake.CommandPublisher;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Publishes commands with a plain Kafka producer. {@code send} can block (up to the publish timeout)
 * while the producer has no metadata, e.g. when the broker is down, so it runs on its own thread
 * and never on JDA's; the result arrives through the producer's callback. One thread also keeps
 * commands in the order members issued them. The short delivery timeout is what lets the member
 * hear "can't be reached" within seconds instead of a spinner.
 */
@ApplicationScoped
public class KafkaCommandPublisher implements CommandPublisher {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    GatewayConfig config;

    private Producer<String, String> producer;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gateway-command-publisher");
        t.setDaemon(true);
        return t;
    });

    @PostConstruct
    void init() {
        int timeoutMs = (int) config.publishTimeout().toMillis();
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs,
                ProducerConfig.CLIENT_ID_CONFIG, "gateway-bot-commands"));
    }

    @Override
    public CompletionStage<Void> publish(String topic, String key, String value) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        try {
            sender.execute(() -> {
                try {
                    producer.send(new ProducerRecord<>(topic, key, value), (metadata, failure) -> {
                        if (failure != null) {
                            acked.completeExceptionally(failure);
                        } else {
                            acked.complete(null);
                        }
                    });
                } catch (RuntimeException e) {
                    acked.completeExceptionally(e);
                }
            });
        } catch (RuntimeException e) {
            acked.completeExceptionally(e); // shutting down
        }
        return acked;
    }

    void onStop(@Observes ShutdownEvent event) {
        sender.shutdown();
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }
}
