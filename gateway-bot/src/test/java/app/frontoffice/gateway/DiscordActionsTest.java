package app.frontoffice.gateway;

import app.frontoffice.events.Topics;
import app.frontoffice.events.discord.AllowedMentions;
import app.frontoffice.events.discord.ChannelRef;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.Embed;
import app.frontoffice.events.discord.Message;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.gateway.messages.Texts;
import app.frontoffice.sim.discord.DiscordSimulatorClient;
import app.frontoffice.testkit.FrontOfficeTestResource;
import app.frontoffice.testkit.TestKafka;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static app.frontoffice.gateway.GatewayTestSupport.WAIT;
import static app.frontoffice.gateway.GatewayTestSupport.awaitPublished;
import static app.frontoffice.gateway.GatewayTestSupport.contents;
import static app.frontoffice.gateway.GatewayTestSupport.sendAction;
import static app.frontoffice.gateway.GatewayTestSupport.sim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every action type published on discord.actions, executed by the real JDA against the simulator. */
@QuarkusTest
@WithTestResource(value = FrontOfficeTestResource.class,
        initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "gateway"))
@WithTestResource(DiscordSimulatorResource.class)
class DiscordActionsTest {

    @BeforeEach
    void botIsReady() {
        GatewayTestSupport.awaitBotReady();
    }

    @Test
    void aReplyEditsTheOriginalAndAFollowUpIsAsPrivateAsTheCommand() {
        String id = sim().invoke("jordan", "general", "draft-list", Map.of());
        SlashCommand command = awaitPublished(id);

        sendAction(new DiscordAction.ReplyToInteraction(command.interaction(), Message.of(Embed.builder()
                .title("Buccaneers Draft List").colour(0xA6CE39).field("Queue (1 players)", "**1.** José Ramírez (0.65)")
                .footer("Use /draft-list-add").build()), false), id);
        sendAction(new DiscordAction.ReplyToInteraction(command.interaction(), Message.text("Only you can see this"), true), id);

        await().atMost(WAIT).until(() -> sim().interaction(id).followups().size() == 1);
        var state = sim().interaction(id);
        assertThat(state.response().content()).isNotEqualTo(Texts.NOT_ANSWERING);
        assertThat(state.response().embeds()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Buccaneers Draft List");
            assertThat(e.color()).isEqualTo(0xA6CE39);
            assertThat(e.fields()).singleElement().satisfies(f -> assertThat(f.value()).isEqualTo("**1.** José Ramírez (0.65)"));
        });
        assertThat(state.followups().get(0).content()).isEqualTo("Only you can see this");
        assertThat(contents(sim().channelMessages("general"))).doesNotContain("Only you can see this");
    }

    @Test
    void postsByIdAndByNameWithEmbedsAndOnlyTheNamedRolePinged() {
        var guild = sim().guild();
        Embed card = Embed.builder().title("✅ José Ramírez Drafted!").description("Round 1, Pick 3").colour(0x3498DB)
                .field("Selected By", "BCB Buccaneers", true).field("sWAR", "0.65", true)
                .thumbnail("https://example.org/p.png").image("https://example.org/i.png").footer("Pick #3").build();
        sendAction(new DiscordAction.PostToChannel(ChannelRef.byId(guild.channel("draft-results").id()), Message.of(card)), null);
        sendAction(new DiscordAction.PostToChannel(ChannelRef.byName("draft-pings"),
                new Message("is on the clock! @everyone", List.of(), AllowedMentions.NONE).mentioningRoles("Bay City Buccaneers")), null);

        await().atMost(WAIT).until(() -> !sim().channelMessages("draft-results").isEmpty() && !sim().channelMessages("draft-pings").isEmpty());
        DiscordSimulatorClient.Embed embed = sim().channelMessages("draft-results").get(0).embeds().get(0);
        assertThat(embed.title()).isEqualTo("✅ José Ramírez Drafted!");
        assertThat(embed.description()).isEqualTo("Round 1, Pick 3");
        assertThat(embed.color()).isEqualTo(0x3498DB);
        assertThat(embed.fields()).extracting(DiscordSimulatorClient.Field::name).containsExactly("Selected By", "sWAR");
        assertThat(embed.thumbnail()).isEqualTo("https://example.org/p.png");
        assertThat(embed.image()).isEqualTo("https://example.org/i.png");
        assertThat(embed.footer()).isEqualTo("Pick #3");

        DiscordSimulatorClient.Message ping = sim().channelMessages("draft-pings").get(0);
        assertThat(ping.content()).isEqualTo("<@&810000000000000012> is on the clock! @everyone");
        assertThat(ping.allowedMentions().roles()).containsExactly("810000000000000012");
        assertThat(ping.allowedMentions().everyone()).isFalse();
    }

    @Test
    void purgeVisibilityVoiceStatusAndDelete() {
        for (int i = 1; i <= 5; i++) {
            sendAction(new DiscordAction.PostToChannel(ChannelRef.byName("purge-me"), Message.text("message " + i)), null);
        }
        await().atMost(WAIT).until(() -> sim().channelMessages("purge-me").size() == 5);
        sendAction(new DiscordAction.PurgeChannel(ChannelRef.byName("purge-me"), 3), null);
        await().atMost(WAIT).until(() -> sim().channelMessages("purge-me").size() == 2);
        assertThat(contents(sim().channelMessages("purge-me"))).containsExactly("message 1", "message 2");

        sendAction(new DiscordAction.SetChannelVisibility(ChannelRef.byName("hide-me"), false), null);
        await().atMost(WAIT).until(() -> !sim().channel("hide-me").visibleToEveryone());
        sendAction(new DiscordAction.SetChannelVisibility(ChannelRef.byName("hide-me"), true), null);
        await().atMost(WAIT).until(() -> sim().channel("hide-me").visibleToEveryone());

        sendAction(new DiscordAction.SetVoiceStatus(ChannelRef.byName("Gameplay Phoenix"), "PHX 2 @ 1 BOS"), null);
        await().atMost(WAIT).until(() -> "PHX 2 @ 1 BOS".equals(sim().channel("Gameplay Phoenix").voiceStatus()));

        sendAction(new DiscordAction.DeleteChannel(ChannelRef.byName("delete-me"), "Game over"), null);
        await().atMost(WAIT).until(() -> sim().guild().channels().stream().noneMatch(c -> c.name().equals("delete-me")));
    }

    @Test
    void directMessagesAndClosedDmsTellTheMemberWithoutStoppingTheBot() {
        var guild = sim().guild();
        String jordan = guild.member("jordan").userId();
        String sam = guild.member("sam").userId();
        sendAction(new DiscordAction.SendDirectMessage(jordan, Message.text("You are on the clock")), null);
        await().atMost(WAIT).until(() -> contents(sim().dms(jordan)).contains("You are on the clock"));

        sim().setDmsClosed(sam, true);
        String id = sim().invoke("sam", "general", "draft-list-clear", Map.of());
        SlashCommand command = awaitPublished(id);
        sendAction(new DiscordAction.SendDirectMessage(sam, Message.text("hello")), command.interactionId());
        await().atMost(WAIT).until(() -> contents(sim().interaction(id).followups()).contains(Texts.dmClosed(sam)));
        assertThat(sim().dms(sam)).isEmpty();

        // The bot carries on.
        sendAction(new DiscordAction.SendDirectMessage(jordan, Message.text("Still here")), null);
        await().atMost(WAIT).until(() -> contents(sim().dms(jordan)).contains("Still here"));
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicWithItsReasonAndLaterActionsStillWork() {
        TestKafka.send(Topics.DISCORD_ACTIONS, sim().guild().id(), "{this is not an envelope");
        sendAction(new DiscordAction.PostToChannel(ChannelRef.byName("transactions"), Message.text("after the bad one")), null);

        await().atMost(WAIT).until(() -> contents(sim().channelMessages("transactions")).contains("after the bad one"));
        var dead = await().atMost(WAIT).until(() -> TestKafka.read(Topics.deadLetter(Topics.DISCORD_ACTIONS),
                r -> "{this is not an envelope".equals(r.value())), l -> !l.isEmpty());
        Header reason = dead.get(0).headers().lastHeader("dead-letter-reason");
        assertThat(reason).isNotNull();
        assertThat(new String(reason.value(), StandardCharsets.UTF_8)).isNotBlank();
    }

    @Test
    void anActionOnAMissingChannelIsReportedToTheMember() {
        String id = sim().invoke("jordan", "general", "draft-status", Map.of());
        SlashCommand command = awaitPublished(id);
        sendAction(new DiscordAction.PostToChannel(ChannelRef.byName("no-such-channel"), Message.text("x")), command.interactionId());
        await().atMost(WAIT).until(() -> contents(sim().interaction(id).followups()).stream().anyMatch(c -> c.contains("didn't go through")));
    }
}
