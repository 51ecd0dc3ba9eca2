package app.frontoffice.support.kafka;

import app.frontoffice.events.Topics;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates the topics this system uses, compacted where they hold state, before any consumer
 * subscribes. In Kubernetes Strimzi's KafkaTopic resources own them and this is switched off
 * ({@code frontoffice.topics.create=false}); on one machine it spares a manual step.
 */
@ApplicationScoped
public class TopicInitializer {

    private static final Logger LOG = Logger.getLogger(TopicInitializer.class);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "frontoffice.topics.create", defaultValue = "true")
    boolean create;

    @ConfigProperty(name = "frontoffice.topics.partitions", defaultValue = "1")
    int partitions;

    void onStart(@Observes StartupEvent event) {
        if (create) {
            ensureTopics();
        }
    }

    public void ensureTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                // Must not be shorter than request.timeout.ms, or the client refuses to start.
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15000))) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : Topics.ALL) {
                if (!existing.contains(topic)) {
                    missing.add(newTopic(topic));
                }
                String dlq = Topics.deadLetter(topic);
                if (!existing.contains(dlq)) {
                    missing.add(new NewTopic(dlq, 1, (short) 1));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(15, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e; // another service created it at the same moment otherwise
                    }
                }
            }
            LOG.infof("Created %d topics", missing.size());
        } catch (Exception e) {
            // Not fatal: the broker auto-creates plain topics, and the next start tries again.
            LOG.warnf("Could not create topics: %s", e.getMessage());
        }
    }

    private NewTopic newTopic(String topic) {
        NewTopic t = new NewTopic(topic, partitions, (short) 1);
        if (Topics.isCompacted(topic)) {
            t.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        return t;
    }
}
