package app.frontoffice.league.office;

import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.Keys;
import app.frontoffice.events.Topics;
import app.frontoffice.events.draft.PickMade;
import app.frontoffice.events.league.CalendarState;
import app.frontoffice.events.league.PlayerState;
import app.frontoffice.events.league.TeamState;
import app.frontoffice.support.league.LeagueView;
import app.frontoffice.support.outbox.OutboxRelay;
import app.frontoffice.testkit.FrontOfficeTestResource;
import app.frontoffice.testkit.TestKafka;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static app.frontoffice.league.office.LeagueOfficeTestSupport.awaitOutboxDrained;
import static app.frontoffice.league.office.LeagueOfficeTestSupport.importLeague;
import static app.frontoffice.league.office.LeagueOfficeTestSupport.newLeagueId;
import static app.frontoffice.league.office.LeagueOfficeTestSupport.records;
import static app.frontoffice.league.office.LeagueOfficeTestSupport.smallLeague;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

/**
 * The read model every service embeds (service-support's {@link LeagueView}) converges on what the
 * league office publishes: after an import, and after the draft moves a player.
 */
@QuarkusTest
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "league_office"))
class LeagueViewConvergesTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    LeagueView view;

    @Inject
    OutboxRelay relay;

    @Test
    void theViewFollowsAnImport() {
        String league = newLeagueId();

        importLeague(smallLeague(league)).statusCode(200);

        await().atMost(WAIT).until(() -> view.players(league).size() == 4 && view.teams(league).size() == 4
                && view.calendar(league).isPresent());
        assertThat(view.team(league, "bbb")).get().extracting(TeamState::swarCap).isEqualTo(0.0);
        assertThat(view.teamOfGm(league, "100000000000000003")).get().extracting(TeamState::abbrev).isEqualTo("BBB");
        assertThat(view.playersOn(league, "FA")).extracting(PlayerState::name).containsExactly("Ash Free");
        assertThat(view.playersOfTeam(league, "CCC")).extracting(PlayerState::id).containsExactly(3);
        assertThat(view.playersByName(league, "kim", 5)).extracting(PlayerState::id).containsExactly(3);
        assertThat(view.calendar(league)).contains(new CalendarState(league, 4, 0, false, "UTC"));

        // A player the next file drops is tombstoned and leaves the view.
        importLeague(smallLeague(league, tree -> tree.withArray("players").remove(1))).statusCode(200);
        await().atMost(WAIT).until(() -> view.player(league, 2).isEmpty());
        assertThat(view.players(league)).hasSize(3);
    }

    @Test
    void aDraftPickMovesThePlayerInTheDatabaseOnTheTopicAndInTheView() {
        String league = newLeagueId();
        importLeague(smallLeague(league)).statusCode(200);
        await().atMost(WAIT).until(() -> view.player(league, 4).map(PlayerState::team).equals(Optional.of("FA")));

        PickMade pick = new PickMade(league, 4, 1, 1, "DDD", "BBB", 4, "Ash Free", 0.4, false,
                Instant.parse("2026-12-03T12:00:00Z"));
        String key = Keys.pick(league, 4, 1);
        TestKafka.send(Topics.DRAFT_PICK_MADE, key,
                EventCodec.encode(EventCodec.envelope(EventTypes.PICK_MADE, league, null, pick, Clock.systemUTC())));

        await().atMost(WAIT).untilAsserted(() -> given().get("/api/leagues/{id}/players?team=BBB", league).then()
                .body("id", contains(4)));
        await().atMost(WAIT).until(() -> view.player(league, 4).map(PlayerState::team).equals(Optional.of("BBB")));
        assertThat(view.playersOfTeam(league, "BBB")).extracting(PlayerState::id).containsExactlyInAnyOrder(2, 4);
        assertThat(latestTeamOnTopic(league, 4)).isEqualTo("BBB");

        // The same pick delivered again (e.g. a producer retry) changes nothing and publishes nothing.
        int recordsOfAsh = records(Topics.LEAGUE_PLAYERS, league).stream().filter(r -> r.key().equals(league + ":4")).toList().size();
        TestKafka.send(Topics.DRAFT_PICK_MADE, key,
                EventCodec.encode(EventCodec.envelope(EventTypes.PICK_MADE, league, null, pick, Clock.systemUTC())));
        // A later record on the same key is handled after it, so once that one is applied the repeat was too.
        PickMade second = new PickMade(league, 4, 2, 1, "CCC", "CCC", 1, "Pat Ace", 2.5, true,
                Instant.parse("2026-12-03T12:02:00Z"));
        TestKafka.send(Topics.DRAFT_PICK_MADE, Keys.pick(league, 4, 2),
                EventCodec.encode(EventCodec.envelope(EventTypes.PICK_MADE, league, null, second, Clock.systemUTC())));
        await().atMost(WAIT).until(() -> view.player(league, 1).map(PlayerState::team).equals(Optional.of("CCC")));
        awaitOutboxDrained(relay);
        assertThat(records(Topics.LEAGUE_PLAYERS, league).stream().filter(r -> r.key().equals(league + ":4")).toList())
                .hasSize(recordsOfAsh);

        // An admin clears the pick: the player goes back to the free agents.
        TestKafka.send(Topics.DRAFT_PICK_MADE, key, null);
        await().atMost(WAIT).until(() -> view.player(league, 4).map(PlayerState::team).equals(Optional.of("FA")));
        given().get("/api/leagues/{id}/players?team=FA", league).then().body("id", contains(4));
        assertThat(latestTeamOnTopic(league, 4)).isEqualTo("FA");
    }

    @Test
    void aPickForAnUnknownLeaguePlayerOrTeamChangesNothingAndTheConsumerCarriesOn() {
        String league = newLeagueId();
        importLeague(smallLeague(league)).statusCode(200);
        TestKafka.send(Topics.DRAFT_PICK_MADE, Keys.pick("999", 4, 1), EventCodec.encode(EventCodec.envelope(
                EventTypes.PICK_MADE, "999", null, new PickMade("999", 4, 1, 1, "AAA", "AAA", 1, "Nobody", 0, false,
                        Instant.parse("2026-12-03T12:00:00Z")), Clock.systemUTC())));
        TestKafka.send(Topics.DRAFT_PICK_MADE, Keys.pick(league, 4, 5), EventCodec.encode(EventCodec.envelope(
                EventTypes.PICK_MADE, league, null, new PickMade(league, 4, 5, 2, "AAA", "AAA", 777, "Ghost", 0, false,
                        Instant.parse("2026-12-03T12:00:00Z")), Clock.systemUTC())));
        TestKafka.send(Topics.DRAFT_PICK_MADE, Keys.pick(league, 4, 4), EventCodec.encode(EventCodec.envelope(
                EventTypes.PICK_MADE, league, null, new PickMade(league, 4, 4, 1, "XYZ", "XYZ", 2, "Lee Bear", 0, false,
                        Instant.parse("2026-12-03T12:00:00Z")), Clock.systemUTC())));
        TestKafka.send(Topics.DRAFT_PICK_MADE, "not-a-pick-key", "{not an envelope");
        TestKafka.send(Topics.DRAFT_PICK_MADE, Keys.pick(league, 4, 6), EventCodec.encode(EventCodec.envelope(
                EventTypes.PICK_MADE, league, null, new PickMade(league, 4, 6, 2, "AAA", "AAA", 3, "Kim Crow", 1.25, false,
                        Instant.parse("2026-12-03T12:00:00Z")), Clock.systemUTC())));

        await().atMost(WAIT).until(() -> view.player(league, 3).map(PlayerState::team).equals(Optional.of("AAA")));
        await().atMost(WAIT).until(() -> !TestKafka.read(Topics.deadLetter(Topics.DRAFT_PICK_MADE),
                r -> "{not an envelope".equals(r.value())).isEmpty());
        assertThat(view.players(league)).extracting(PlayerState::team)
                .containsExactlyInAnyOrder("AAA", "AAA", "BBBMiL", "FA");
    }

    private static String latestTeamOnTopic(String league, int playerId) {
        List<PlayerState> states = records(Topics.LEAGUE_PLAYERS, league).stream()
                .filter(r -> r.key().equals(league + ":" + playerId) && r.value() != null)
                .map(r -> EventCodec.payload(EventCodec.decode(r.value()), EventTypes.PLAYER_STATE))
                .toList();
        return states.get(states.size() - 1).team();
    }
}
