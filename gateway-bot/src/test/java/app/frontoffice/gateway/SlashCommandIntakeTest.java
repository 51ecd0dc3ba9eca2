package app.frontoffice.gateway;

import app.frontoffice.events.Envelope;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.Keys;
import app.frontoffice.events.Topics;
import app.frontoffice.events.discord.CommandOption;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.Embed;
import app.frontoffice.events.discord.Message;
import app.frontoffice.events.discord.OptionType;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.gateway.messages.Texts;
import app.frontoffice.sim.discord.DiscordSimulatorClient.InteractionState;
import app.frontoffice.testkit.FrontOfficeTestResource;
import app.frontoffice.testkit.TestKafka;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.frontoffice.gateway.GatewayTestSupport.WAIT;
import static app.frontoffice.gateway.GatewayTestSupport.awaitPublished;
import static app.frontoffice.gateway.GatewayTestSupport.sendAction;
import static app.frontoffice.gateway.GatewayTestSupport.sim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Slash commands from the real JDA to the owning topic: deferred at once, every field carried. */
@QuarkusTest
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "gateway"))
@WithTestResource(DiscordSimulatorResource.class)
class SlashCommandIntakeTest {

    @BeforeEach
    void botIsReady() {
        GatewayTestSupport.awaitBotReady();
    }

    @Test
    void theCatalogueIsRegisteredWithAdminOnlyCommandsHidden() {
        var commands = sim().commands();
        List<String> names = new java.util.ArrayList<>();
        commands.forEach(c -> names.add(c.path("name").asText()));
        assertThat(names).contains("draft", "draft-status", "draft-on-clock", "draft-board", "draft-list", "draft-list-add",
                "draft-list-remove", "draft-list-clear", "draft-admin");
        commands.forEach(c -> {
            if (c.path("name").asText().equals("draft-admin")) {
                assertThat(c.path("default_member_permissions").asText()).isEqualTo("8");
            }
        });
    }

    @Test
    void aSubcommandWithOptionsArrivesOnTheOwningTopicWithEveryField() {
        var guild = sim().guild();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("enabled", true);
        options.put("minutes", 2);
        options.put("seconds", 30);
        String id = sim().invoke("casey", "draft-pings", "draft-admin timer", options);

        SlashCommand command = awaitPublished(id);
        Envelope envelope = GatewayTestSupport.publishedEnvelope(Topics.DRAFT_COMMANDS, id).orElseThrow();
        assertThat(envelope.type()).isEqualTo(EventTypes.SLASH_COMMAND.name());
        assertThat(envelope.leagueId()).isEqualTo(guild.id());
        assertThat(TestKafka.read(Topics.DRAFT_COMMANDS, r -> r.value() != null && r.value().contains(id)))
                .singleElement().satisfies(r -> assertThat(r.key()).isEqualTo(Keys.league(guild.id())));

        assertThat(command.interactionId()).isEqualTo(id);
        assertThat(command.interactionToken()).isNotBlank();
        assertThat(command.applicationId()).isEqualTo(DiscordSimulatorResource.simulator().applicationId());
        assertThat(command.guildId()).isEqualTo(guild.id());
        assertThat(command.channelId()).isEqualTo(guild.channel("draft-pings").id());
        assertThat(command.channelName()).isEqualTo("draft-pings");
        assertThat(command.userId()).isEqualTo(guild.member("casey").userId());
        assertThat(command.userName()).isEqualTo("casey");
        assertThat(command.memberRoleIds()).containsExactly("810000000000000010");
        assertThat(command.isAdministrator()).isTrue();
        assertThat(command.commandPath()).isEqualTo("draft-admin timer");
        assertThat(command.options()).containsExactly(
                CommandOption.bool("enabled", true), CommandOption.integer("minutes", 2), CommandOption.integer("seconds", 30));
        assertThat(command.ephemeral()).isTrue();

        InteractionState state = sim().interaction(id);
        assertThat(state.acknowledged()).isTrue();
        assertThat(state.deferred()).isTrue();
        assertThat(state.ephemeral()).isTrue();
        assertThat(state.ackMillis()).isNotNull().isLessThan(1000L);
    }

    @Test
    void channelOptionsTravelAsIdsAndPublicCommandsAreDeferredInPublic() {
        var guild = sim().guild();
        String admin = sim().invoke("casey", "general", "draft-admin channels",
                Map.of("ping_channel", "draft-pings", "result_channel", "draft-results"));
        assertThat(awaitPublished(admin).options()).containsExactly(
                new CommandOption("ping_channel", OptionType.CHANNEL, guild.channel("draft-pings").id()),
                new CommandOption("result_channel", OptionType.CHANNEL, guild.channel("draft-results").id()));

        String board = sim().invoke("sam", "general", "draft-board", Map.of("round_number", 3));
        SlashCommand command = awaitPublished(board);
        assertThat(command.commandPath()).isEqualTo("draft-board");
        assertThat(command.ephemeral()).isFalse();
        assertThat(command.isAdministrator()).isFalse();
        assertThat(command.memberRoleIds()).isEmpty();
        InteractionState state = sim().interaction(board);
        assertThat(state.deferred()).isTrue();
        assertThat(state.ephemeral()).isFalse();
    }

    @Test
    void anUnansweredCommandIsToldTheOfficeIsNotAnsweringAndALateAnswerStillReplacesIt() {
        String id = sim().invoke("jordan", "general", "draft-status", Map.of());
        SlashCommand command = awaitPublished(id);

        await().atMost(WAIT).until(() -> sim().interaction(id).response() != null);
        assertThat(sim().interaction(id).response().content()).isEqualTo(Texts.NOT_ANSWERING);

        sendAction(new DiscordAction.ReplyToInteraction(command.interaction(),
                Message.of(Embed.builder().title("Draft Status").description("Overall #7").build()), false), id);
        await().atMost(WAIT).until(() -> !sim().interaction(id).response().embeds().isEmpty());
        var response = sim().interaction(id).response();
        assertThat(response.embeds().get(0).title()).isEqualTo("Draft Status");
        assertThat(response.content()).isEmpty();
    }
}
