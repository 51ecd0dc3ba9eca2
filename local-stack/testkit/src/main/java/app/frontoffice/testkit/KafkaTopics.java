package app.frontoffice.testkit;

import app.frontoffice.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Creates every contract topic (compacted where it holds state) and its dead-letter topic on a
 * fresh broker, before any service subscribes: a consumer that got there first would otherwise
 * have the broker auto-create a plain, uncompacted topic.
 */
public final class KafkaTopics {

    public static void ensure(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String topic : Topics.ALL) {
                if (!existing.contains(topic)) {
                    NewTopic t = new NewTopic(topic, 1, (short) 1);
                    if (Topics.isCompacted(topic)) {
                        t.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                    }
                    missing.add(t);
                }
                if (!existing.contains(Topics.deadLetter(topic))) {
                    missing.add(new NewTopic(Topics.deadLetter(topic), 1, (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the topics", e);
        }
    }

    private KafkaTopics() {
    }
}
