package app.frontoffice.gateway;

import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.Keys;
import app.frontoffice.events.Topics;
import app.frontoffice.events.league.PlayerState;
import app.frontoffice.sim.discord.DiscordSimulatorClient.Choice;
import app.frontoffice.support.league.LeagueView;
import app.frontoffice.testkit.FrontOfficeTestResource;
import app.frontoffice.testkit.TestKafka;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static app.frontoffice.gateway.GatewayTestSupport.WAIT;
import static app.frontoffice.gateway.GatewayTestSupport.awaitPublished;
import static app.frontoffice.gateway.GatewayTestSupport.guildId;
import static app.frontoffice.gateway.GatewayTestSupport.sim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Autocomplete from the league read model, and the bot surviving a dropped gateway connection. */
@QuarkusTest
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "gateway"))
@WithTestResource(DiscordSimulatorResource.class)
class AutocompleteAndResumeTest {

    @Inject
    LeagueView view;

    @BeforeEach
    void botIsReady() {
        GatewayTestSupport.awaitBotReady();
    }

    @Test
    void playerOptionsSuggestFreeAgentsOrAllPlayersFromTheReadModel() {
        publish(new PlayerState(guildId(), 1001, "José Ramírez", 0.65, List.of("3B", "DH"), null, "FA"));
        publish(new PlayerState(guildId(), 1002, "Jose Altuve", 2.5, List.of("2B"), null, "BCB"));
        publish(new PlayerState(guildId(), 1003, "Joey Votto", 1.25, List.of("1B"), null, "fa"));
        await().atMost(WAIT).until(() -> view.players(guildId()).size() >= 3);

        List<Choice> freeAgents = sim().autocomplete("jordan", "draft-pings", "draft", "player", "jo");
        assertThat(freeAgents).extracting(Choice::name).containsExactly("Joey Votto (1B) - 1.25 sWAR", "José Ramírez (3B) - 0.65 sWAR");
        assertThat(freeAgents).extracting(Choice::value).containsExactly("Joey Votto", "José Ramírez");

        assertThat(sim().autocomplete("jordan", "draft-pings", "draft-list-add", "player", "jose"))
                .extracting(Choice::value).containsExactly("José Ramírez");
        assertThat(sim().autocomplete("jordan", "draft-pings", "draft-list-remove", "player", "jose"))
                .extracting(Choice::value).containsExactly("Jose Altuve", "José Ramírez");
    }

    @Test
    void afterADroppedConnectionTheBotResumesAndKeepsWorking() {
        int resumes = sim().gateway().resumes();
        sim().disconnectGateway();
        await().atMost(Duration.ofSeconds(30)).until(() -> sim().gateway().connected() && sim().gateway().resumes() > resumes);

        String id = sim().invoke("jordan", "general", "draft-on-clock", Map.of());
        assertThat(awaitPublished(id).commandPath()).isEqualTo("draft-on-clock");
        assertThat(sim().interaction(id).deferred()).isTrue();
    }

    private static void publish(PlayerState player) {
        TestKafka.send(Topics.LEAGUE_PLAYERS, Keys.entity(player.leagueId(), player.id()),
                EventCodec.encode(EventCodec.envelope(EventTypes.PLAYER_STATE, player.leagueId(), null, player, Clock.systemUTC())));
    }
}
