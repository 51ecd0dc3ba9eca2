package app.frontoffice.league.office;

import app.frontoffice.events.Topics;
import app.frontoffice.league.LeagueFiles;
import app.frontoffice.support.outbox.OutboxEvent;
import app.frontoffice.support.outbox.OutboxRelay;
import app.frontoffice.testkit.TestKafka;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Leagues to import (each test its own league id, as all share one broker and database) and what to count. */
final class LeagueOfficeTestSupport {

    private static final AtomicLong IDS = new AtomicLong(910000000000000000L + (System.currentTimeMillis() % 1_000_000) * 1000);

    private LeagueOfficeTestSupport() {
    }

    static String newLeagueId() {
        return String.valueOf(IDS.incrementAndGet());
    }

    /** The small four-team league of league-data's tests, under {@code leagueId}. */
    static String smallLeague(String leagueId) {
        return smallLeague(leagueId, tree -> {
        });
    }

    static String smallLeague(String leagueId, Consumer<ObjectNode> change) {
        try {
            ObjectNode tree = (ObjectNode) app.frontoffice.events.EventCodec.mapper().readTree(ImportDiffTest.smallLeagueJson());
            ((ObjectNode) tree.get("league")).put("id", leagueId);
            change.accept(tree);
            return tree.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode player(ObjectNode tree, int index) {
        return (ObjectNode) tree.withArray("players").get(index);
    }

    static ObjectNode team(ObjectNode tree, int index) {
        return (ObjectNode) tree.withArray("teams").get(index);
    }

    static ValidatableResponse importLeague(String json) {
        return given().contentType(ContentType.JSON).body(json).post("/api/leagues/import").then();
    }

    /** The records on a league topic that belong to {@code leagueId} (tombstones included). */
    static List<ConsumerRecord<String, String>> records(String topic, String leagueId) {
        return TestKafka.read(topic, r -> r.key() != null
                && (r.key().equals(leagueId) || r.key().startsWith(leagueId + ":")));
    }

    static int count(String topic, String leagueId) {
        return records(topic, leagueId).size();
    }

    /** Waits until every outbox row is on the broker, so counting the topics counts everything owed. */
    static void awaitOutboxDrained(OutboxRelay relay) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            relay.drain();
            return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("publishedAt is null")) == 0;
        });
    }

    static void ensureParses(String json) {
        LeagueFiles.parse(json);
    }

    static final String[] LEAGUE_TOPICS = {Topics.LEAGUE_TEAMS, Topics.LEAGUE_PLAYERS, Topics.LEAGUE_CALENDAR};
}
