package app.frontoffice.deploy;

import app.frontoffice.events.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.frontoffice.deploy.Deploy.assertNoProblems;
import static app.frontoffice.deploy.DeployPaths.show;
import static org.assertj.core.api.Assertions.fail;

/** The Strimzi Kafka cluster and one KafkaTopic per contract topic and dead-letter topic. */
class KafkaTest {

    /** Topics.ALL and each one's dead-letter topic. */
    static Set<String> expectedTopics() {
        Set<String> topics = new LinkedHashSet<>();
        for (String t : Topics.ALL) {
            topics.add(t);
            topics.add(Topics.deadLetter(t));
        }
        return topics;
    }

    static boolean productionLike(Kustomize.Rendered r) {
        return r.dir().toAbsolutePath().normalize().equals(DeployPaths.PRODUCTION);
    }

    static Res kafka(Kustomize.Rendered r) {
        List<Res> clusters = r.ofKind("Kafka");
        if (clusters.size() != 1) {
            fail(r.show() + ": expected exactly one Strimzi Kafka resource, found " + clusters.size());
        }
        return clusters.get(0);
    }

    /** Brokers across the node pools of the cluster. */
    static int brokers(Kustomize.Rendered r) {
        String cluster = kafka(r).name();
        int brokers = 0;
        for (Res pool : r.ofKind("KafkaNodePool")) {
            if (cluster.equals(pool.doc().path("metadata").path("labels").path("strimzi.io/cluster").asText())
                    && pool.doc().path("spec").path("roles").toString().contains("\"broker\"")) {
                brokers += pool.doc().path("spec").path("replicas").asInt();
            }
        }
        return brokers;
    }

    static String topicName(Res t) {
        return t.doc().path("spec").path("topicName").asText(t.name());
    }

    @Test
    void everyTopicAndItsDeadLetterTopicHasAKafkaTopicWithTheRightCleanupPolicy() {
        List<String> problems = new ArrayList<>();
        for (Kustomize.Rendered r : Deploy.allRendered()) {
            String cluster = kafka(r).name();
            Map<String, Res> byTopic = new LinkedHashMap<>();
            for (Res t : r.ofKind("KafkaTopic")) {
                byTopic.put(topicName(t), t);
            }
            for (String topic : expectedTopics()) {
                Res t = byTopic.get(topic);
                if (t == null) {
                    problems.add(r.show() + ": no KafkaTopic for '" + topic + "' (add it to deploy/k8s/base/kafka/topics.yaml)");
                    continue;
                }
                boolean compacted = Topics.isCompacted(topic); // false for every .dlq
                String policy = t.doc().path("spec").path("config").path("cleanup.policy").asText("delete");
                if (compacted != policy.equals("compact")) {
                    problems.add(r.show() + ": " + t.where() + " has cleanup.policy '" + policy + "', expected '"
                            + (compacted ? "compact" : "delete") + "' (Topics.isCompacted(\"" + topic + "\") is " + compacted + ")");
                }
                String label = t.doc().path("metadata").path("labels").path("strimzi.io/cluster").asText();
                if (!label.equals(cluster)) {
                    problems.add(r.show() + ": " + t.where() + " has label strimzi.io/cluster='" + label
                            + "', expected '" + cluster + "' (the Topic Operator ignores it otherwise)");
                }
                if (t.doc().path("spec").path("partitions").asInt(0) < 1) {
                    problems.add(r.show() + ": " + t.where() + " has no positive spec.partitions");
                }
            }
            for (String topic : byTopic.keySet()) {
                if (!expectedTopics().contains(topic)) {
                    problems.add(r.show() + ": " + byTopic.get(topic).where() + " is for topic '" + topic
                            + "', which is neither in Topics.ALL nor a dead-letter topic");
                }
            }
        }
        assertNoProblems("KafkaTopic resources do not match app.frontoffice.events.Topics", problems);
    }

    @Test
    void productionTopicsHaveThreeReplicasAndNoTopicHasMoreReplicasThanBrokers() {
        List<String> problems = new ArrayList<>();
        for (Kustomize.Rendered r : Deploy.allRendered()) {
            int brokers = brokers(r);
            for (Res t : r.ofKind("KafkaTopic")) {
                int replicas = t.doc().path("spec").path("replicas").asInt(0);
                if (productionLike(r) && replicas != 3) {
                    problems.add(r.show() + ": " + t.where() + " has spec.replicas " + replicas + ", expected 3 in production");
                }
                if (replicas < 1 || replicas > brokers) {
                    problems.add(r.show() + ": " + t.where() + " has spec.replicas " + replicas + " but the cluster has "
                            + brokers + " broker(s)");
                }
            }
        }
        assertNoProblems("KafkaTopic replicas", problems);
    }

    @Test
    void partitionsSuitTheKeysAndAreTheSameInEveryEnvironment() {
        List<String> problems = new ArrayList<>();
        Kustomize.Rendered base = Deploy.base();
        for (String keyedByLeague : List.of(Topics.DRAFT_COMMANDS, Topics.TRANSACTION_COMMANDS,
                Topics.SCOREBUG_COMMANDS, Topics.DISCORD_ACTIONS)) {
            Res t = topic(base, keyedByLeague).orElse(null);
            if (t != null && t.doc().path("spec").path("partitions").asInt() < 6) {
                problems.add(t.where() + " has " + t.doc().path("spec").path("partitions").asInt()
                        + " partitions; topics keyed by league get 6, so consumers can scale out");
            }
        }
        // Changing the partition count of a compacted topic moves keys between partitions and
        // breaks replays, so every environment must create the same counts.
        for (Kustomize.Rendered r : Deploy.allRendered()) {
            for (Res t : r.ofKind("KafkaTopic")) {
                Optional<Res> inBase = topic(base, topicName(t));
                if (inBase.isPresent() && inBase.get().doc().path("spec").path("partitions").asInt()
                        != t.doc().path("spec").path("partitions").asInt()) {
                    problems.add(r.show() + ": " + t.where() + " has " + t.doc().path("spec").path("partitions").asInt()
                            + " partitions but the base has " + inBase.get().doc().path("spec").path("partitions").asInt());
                }
            }
        }
        assertNoProblems("KafkaTopic partitions", problems);
    }

    @Test
    void theKafkaClusterRunsKRaftOnNodePoolsAndProductionHasThreeNodes() {
        List<String> problems = new ArrayList<>();
        for (Kustomize.Rendered r : Deploy.allRendered()) {
            Res kafka = kafka(r);
            JsonNode spec = kafka.doc().path("spec");
            if (spec.has("zookeeper")) {
                problems.add(r.show() + ": " + kafka.where() + " has spec.zookeeper; the cluster must run KRaft");
            }
            List<Res> pools = r.ofKind("KafkaNodePool").stream()
                    .filter(p -> kafka.name().equals(p.doc().path("metadata").path("labels").path("strimzi.io/cluster").asText()))
                    .toList();
            if (pools.isEmpty()) {
                problems.add(r.show() + ": no KafkaNodePool labelled strimzi.io/cluster=" + kafka.name());
            }
            String roles = pools.stream().map(p -> p.doc().path("spec").path("roles").toString()).reduce("", String::concat);
            if (!roles.contains("\"controller\"") || !roles.contains("\"broker\"")) {
                problems.add(r.show() + ": the node pools need both the controller and the broker role (KRaft), have " + roles);
            }
            int brokers = brokers(r);
            int expected = productionLike(r) ? 3 : 1;
            if (brokers != expected) {
                problems.add(r.show() + ": the Kafka node pools have " + brokers + " broker(s), expected " + expected);
            }
            JsonNode config = spec.path("kafka").path("config");
            int minIsr = config.path("min.insync.replicas").asInt(1);
            Map<String, Integer> expectedConfig = productionLike(r)
                    ? Map.of("default.replication.factor", 3, "offsets.topic.replication.factor", 3,
                    "transaction.state.log.replication.factor", 3, "min.insync.replicas", 2,
                    "transaction.state.log.min.isr", 2)
                    : Map.of("default.replication.factor", brokers, "offsets.topic.replication.factor", brokers,
                    "transaction.state.log.replication.factor", brokers);
            expectedConfig.forEach((key, value) -> {
                if (config.path(key).asInt(-1) != value) {
                    problems.add(r.show() + ": " + kafka.where() + " spec.kafka.config." + key + " is "
                            + config.path(key).asText("unset") + ", expected " + value);
                }
            });
            if (brokers > 1 && minIsr >= brokers) {
                problems.add(r.show() + ": min.insync.replicas " + minIsr + " with " + brokers
                        + " brokers: losing one broker would stop every write");
            }
            if (!"false".equals(config.path("auto.create.topics.enable").asText())) {
                problems.add(r.show() + ": " + kafka.where() + " must set auto.create.topics.enable: false, so a consumer "
                        + "that subscribes before its KafkaTopic exists cannot create an uncompacted topic");
            }
            if (!spec.path("entityOperator").has("topicOperator")) {
                problems.add(r.show() + ": " + kafka.where() + " has no entityOperator.topicOperator, so nothing creates the KafkaTopics");
            }
        }
        assertNoProblems("Strimzi Kafka cluster", problems);
    }

    @Test
    void everyTopicTheServicesConfigureHasAKafkaTopic() {
        Pattern topicProperty = Pattern.compile("(?m)^\\s*(mp\\.messaging\\.[^=\\s]+\\.topic)\\s*=\\s*(\\S+)");
        Set<String> deployed = new LinkedHashSet<>();
        Deploy.base().ofKind("KafkaTopic").forEach(t -> deployed.add(topicName(t)));
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Deploy.Service s : Deploy.SERVICES) {
            Optional<Path> props = Deploy.applicationProperties(s);
            if (props.isEmpty()) {
                continue;
            }
            Matcher m = topicProperty.matcher(Deploy.read(props.get()));
            while (m.find()) {
                checked++;
                if (!m.group(2).contains("${") && !deployed.contains(m.group(2))) {
                    problems.add(show(props.get()) + " uses topic '" + m.group(2) + "' (" + m.group(1)
                            + ") but deploy/k8s/base/kafka/topics.yaml has no KafkaTopic for it, and the broker does not auto-create topics");
                }
            }
        }
        assertNoProblems("Topics the services use but Strimzi does not create (" + checked + " topic properties read)", problems);
    }

    private static Optional<Res> topic(Kustomize.Rendered r, String name) {
        return r.ofKind("KafkaTopic").stream().filter(t -> topicName(t).equals(name)).findFirst();
    }
}
