package app.frontoffice.sim.discord;

import app.frontoffice.sim.discord.DiscordSimulatorClient.ChannelInfo;
import app.frontoffice.sim.discord.DiscordSimulatorClient.Choice;
import app.frontoffice.sim.discord.DiscordSimulatorClient.Embed;
import app.frontoffice.sim.discord.DiscordSimulatorClient.InteractionState;
import app.frontoffice.sim.discord.DiscordSimulatorClient.Message;
import app.frontoffice.sim.discord.DiscordSimulatorClient.SimulatorException;
import com.fasterxml.jackson.databind.JsonNode;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.VoiceChannel;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The real JDA 6.4.2 against the simulator: one simulator and one bot for the whole class (JDA
 * start-up dominates the run time). Tests use different channels so they do not see each other's
 * messages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordSimulatorJdaTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final List<String> PLAYERS = List.of("Mike Trout", "Mookie Betts", "Max Scherzer", "Shohei Ohtani");

    /** What the bot's listener saw for one slash command, keyed by interaction id. */
    record Seen(String name, String group, String subcommand, Map<String, Object> options) {
    }

    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    private DiscordSimulator sim;
    private DiscordSimulatorClient client;
    private JDA jda;
    private Guild guild;

    @BeforeAll
    void startSimulatorAndBot() throws InterruptedException {
        sim = DiscordSimulator.builder().guild(GuildSeed.defaultSeed()).build().start();
        client = new DiscordSimulatorClient(sim);
        jda = JDABuilder.createDefault(sim.botToken())
                // Members are only cached with the GUILD_MEMBERS intent and MemberCachePolicy.ALL.
                .enableIntents(GatewayIntent.GUILD_MEMBERS)
                .setMemberCachePolicy(MemberCachePolicy.ALL)
                .setRestConfig(new RestConfig().setBaseUrl(sim.restBaseUrl()))
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return sim.gatewayUrl();
                    }
                })
                .setCompression(Compression.NONE)
                .setEnableShutdownHook(false)
                .addEventListeners(new Bot())
                .build()
                .awaitReady();
        guild = jda.getGuildById(sim.guildId());
        guild.updateCommands().addCommands(
                Commands.slash("draft-admin", "Draft administration")
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                        .addSubcommands(new SubcommandData("timer", "Set the pick timer").addOptions(
                                new OptionData(OptionType.BOOLEAN, "enabled", "On or off", true),
                                new OptionData(OptionType.INTEGER, "minutes", "Minutes per pick").setRequiredRange(1, 10)))
                        .addSubcommandGroups(new SubcommandGroupData("pick", "Pick tools").addSubcommands(
                                new SubcommandData("force", "Force a pick").addOptions(
                                        new OptionData(OptionType.STRING, "player", "Player", true, true),
                                        new OptionData(OptionType.USER, "manager", "Manager"),
                                        new OptionData(OptionType.CHANNEL, "where", "Announce in"),
                                        new OptionData(OptionType.ROLE, "team", "Team role"),
                                        new OptionData(OptionType.NUMBER, "salary", "Salary")))),
                Commands.slash("draft", "Draft")
                        .addSubcommands(
                                new SubcommandData("pick", "Pick a player").addOptions(
                                        new OptionData(OptionType.STRING, "player", "Player", true, true),
                                        new OptionData(OptionType.INTEGER, "round", "Round").addChoice("First", 1).addChoice("Second", 2)),
                                new SubcommandData("status", "Draft status")),
                Commands.slash("ping", "Ping")).complete();
    }

    @AfterAll
    void stop() {
        if (jda != null) {
            jda.shutdownNow();
        }
        if (sim != null) {
            sim.close();
        }
    }

    /** The bot under test: records what it receives and answers in the ways the league bot does. */
    private final class Bot extends ListenerAdapter {
        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (OptionMapping o : event.getOptions()) {
                values.put(o.getName(), switch (o.getType()) {
                    case BOOLEAN -> o.getAsBoolean();
                    case INTEGER -> o.getAsLong();
                    case NUMBER -> o.getAsDouble();
                    case USER -> o.getAsUser().getId();
                    case CHANNEL -> o.getAsChannel().getName();
                    case ROLE -> o.getAsRole().getName();
                    default -> o.getAsString();
                });
            }
            seen.put(event.getId(), new Seen(event.getName(), event.getSubcommandGroup(), event.getSubcommandName(), values));
            switch (event.getFullCommandName()) {
                case "draft-admin timer" -> event.deferReply(true).queue(hook -> hook
                        .editOriginal("Timer set to " + values.get("minutes") + " minutes")
                        .queue(m -> hook.sendMessage("Only you can see this").setEphemeral(true).queue()));
                case "draft status" -> event.deferReply().queue(hook -> hook
                        .editOriginalEmbeds(new EmbedBuilder().setTitle("Draft status").setDescription("Round 1")
                                .addField("On the clock", "Phoenix", true).setColor(0x00FF00).setFooter("Pick 3 of 40").build())
                        .queue(m -> hook.sendMessage("Phoenix, you are up").queue()));
                default -> event.reply("pong").queue();
            }
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            String typed = event.getFocusedOption().getValue().toLowerCase();
            event.replyChoices(PLAYERS.stream().filter(p -> p.toLowerCase().startsWith(typed))
                    .map(p -> new Command.Choice(p, p.toUpperCase().replace(' ', '_'))).toList()).queue();
        }
    }

    @Test
    void jdaIsReadyWithTheSeededGuild() {
        assertThat(guild).isNotNull();
        assertThat(guild.getName()).isEqualTo("Demo League");
        assertThat(guild.getTextChannels()).extracting(TextChannel::getName).contains("general", "draft-pings", "transactions");
        VoiceChannel phoenix = guild.getVoiceChannelsByName("Gameplay Phoenix", false).get(0);
        assertThat(phoenix.getParentCategory().getName()).isEqualTo("Voice Channels");
        assertThat(guild.getRoles()).extracting(Role::getName).contains("League Admin", "Team Manager", "Front Office");
        assertThat(guild.getMembers()).extracting(m -> m.getUser().getName()).containsExactlyInAnyOrder("Front Office", "casey", "jordan", "sam");
        assertThat(guild.getSelfMember().hasPermission(Permission.ADMINISTRATOR)).isTrue();

        DiscordSimulatorClient.Guild simGuild = client.guild();
        assertThat(simGuild.member("casey").admin()).isTrue();
        assertThat(simGuild.member("sam").admin()).isFalse();
        assertThat(simGuild.channel("Gameplay Phoenix").type()).isEqualTo("voice");
    }

    @Test
    void registeredCommandsAreVisible() {
        JsonNode commands = client.commands();
        assertThat(commands).extracting(c -> c.path("name").asText()).contains("draft-admin", "draft", "ping");
        JsonNode admin = find(commands, "draft-admin");
        assertThat(admin.path("default_member_permissions").asText()).isEqualTo(String.valueOf(Permission.MANAGE_SERVER.getRawValue()));
        JsonNode timer = find(admin.path("options"), "timer");
        JsonNode minutes = find(timer.path("options"), "minutes");
        assertThat(minutes.path("type").asInt()).isEqualTo(4);
        assertThat(minutes.path("max_value").asInt()).isEqualTo(10);
        assertThat(find(find(admin.path("options"), "pick").path("options"), "force").path("options").get(0).path("autocomplete").asBoolean()).isTrue();
    }

    @Test
    void subcommandGroupWithTypedOptionsReachesTheListener() {
        String jordan = client.guild().member("jordan").userId();
        String id = client.invoke("casey", "draft-pings", "draft-admin pick force",
                Map.of("player", "Mike Trout", "manager", "jordan", "where", "#transactions", "team", "Team Manager", "salary", 1.5));
        await().atMost(WAIT).until(() -> seen.containsKey(id));
        Seen s = seen.get(id);
        assertThat(s.name()).isEqualTo("draft-admin");
        assertThat(s.group()).isEqualTo("pick");
        assertThat(s.subcommand()).isEqualTo("force");
        assertThat(s.options()).containsEntry("player", "Mike Trout").containsEntry("manager", jordan)
                .containsEntry("where", "transactions").containsEntry("team", "Team Manager").containsEntry("salary", 1.5);
        await().atMost(WAIT).until(() -> client.interaction(id).acknowledged());
    }

    @Test
    void ephemeralDeferEditAndFollowupAreRecorded() {
        String id = client.invoke("casey", "general", "draft-admin timer", Map.of("enabled", true, "minutes", 2));
        await().atMost(WAIT).until(() -> client.interaction(id).followups().size() == 1);
        assertThat(seen.get(id).options()).containsEntry("enabled", true).containsEntry("minutes", 2L);
        InteractionState state = client.interaction(id);
        assertThat(state.acknowledged()).isTrue();
        assertThat(state.deferred()).isTrue();
        assertThat(state.ephemeral()).isTrue();
        assertThat(state.ackMillis()).isNotNull().isBetween(0L, 3000L);
        assertThat(state.response().content()).isEqualTo("Timer set to 2 minutes");
        assertThat(state.followups().get(0).content()).isEqualTo("Only you can see this");
        // Ephemeral answers are not part of the channel.
        assertThat(client.channelMessages("general")).extracting(Message::content).doesNotContain("Timer set to 2 minutes");
    }

    @Test
    void publicDeferWithEmbedShowsInTheChannel() {
        String id = client.invoke("sam", "draft-pings", "draft status", Map.of());
        await().atMost(WAIT).until(() -> client.interaction(id).followups().size() == 1);
        InteractionState state = client.interaction(id);
        assertThat(state.deferred()).isTrue();
        assertThat(state.ephemeral()).isFalse();
        Embed embed = state.response().embeds().get(0);
        assertThat(embed.title()).isEqualTo("Draft status");
        assertThat(embed.color()).isEqualTo(0x00FF00);
        assertThat(embed.footer()).isEqualTo("Pick 3 of 40");
        assertThat(embed.fields()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("On the clock");
            assertThat(f.inline()).isTrue();
        });
        assertThat(client.channelMessages("draft-pings")).extracting(Message::content).contains("Phoenix, you are up");
    }

    @Test
    void invalidInvocationsAreRefusedLikeTheDiscordClientWould() {
        assertRefused(() -> client.invoke("casey", "general", "nope", Map.of()), "unknown command");
        assertRefused(() -> client.invoke("casey", "general", "draft-admin", Map.of()), "needs a subcommand");
        assertRefused(() -> client.invoke("casey", "general", "draft-admin timer", Map.of("minutes", 2)), "missing required option 'enabled'");
        assertRefused(() -> client.invoke("casey", "general", "draft-admin timer", Map.of("enabled", "yes")), "must be true or false");
        assertRefused(() -> client.invoke("casey", "general", "draft-admin timer", Map.of("enabled", true, "minutes", "two")), "must be an integer");
        assertRefused(() -> client.invoke("casey", "general", "draft-admin timer", Map.of("enabled", true, "minutes", 11)), "at most 10");
        assertRefused(() -> client.invoke("casey", "general", "draft-admin timer", Map.of("enabled", true, "speed", 1)), "unknown option 'speed'");
        assertRefused(() -> client.invoke("casey", "general", "draft pick", Map.of("player", "x", "round", 3)), "must be one of");
        assertRefused(() -> client.invoke("sam", "general", "draft-admin timer", Map.of("enabled", true)), "lacks the permissions");
        assertRefused(() -> client.invoke("nobody", "general", "ping", Map.of()), "unknown user");
        assertRefused(() -> client.invoke("casey", "Voice Channels", "ping", Map.of()), "category");
        // A choice may be given by its display name, as picked in the client.
        String id = client.invoke("casey", "general", "draft pick", Map.of("player", "x", "round", "Second"));
        await().atMost(WAIT).until(() -> seen.containsKey(id));
        assertThat(seen.get(id).options()).containsEntry("round", 2L);
    }

    @Test
    void autocompleteRoundTrip() {
        List<Choice> choices = client.autocomplete("casey", "draft-pings", "draft pick", "player", "M");
        assertThat(choices).extracting(Choice::name).containsExactly("Mike Trout", "Mookie Betts", "Max Scherzer");
        assertThat(choices.get(0).value()).isEqualTo("MIKE_TROUT");
        assertRefused(() -> client.autocomplete("casey", "draft-pings", "draft pick", "round", "1"), "does not use autocomplete");
    }

    @Test
    void channelPostsWithEmbedsShowUpAndPurgeRemovesThem() {
        TextChannel transactions = guild.getTextChannelsByName("transactions", false).get(0);
        String jordan = client.guild().member("jordan").userId();
        var first = transactions.sendMessageEmbeds(new EmbedBuilder().setTitle("Trade").setDescription("A for B")
                .addField("Team", "Phoenix", false).setColor(0xFF0000).setFooter("Approved")
                .setThumbnail("https://example.com/t.png").setImage("https://example.com/i.png").build()).complete();
        var second = transactions.sendMessage("Heads up <@" + jordan + ">").setAllowedMentions(EnumSet.noneOf(net.dv8tion.jda.api.entities.Message.MentionType.class)).complete();
        var third = transactions.sendMessage("Ping <@" + jordan + ">").complete();
        assertThat(first.getEmbeds()).singleElement().satisfies(e -> assertThat(e.getTitle()).isEqualTo("Trade"));

        List<Message> messages = client.channelMessages("transactions");
        assertThat(messages).extracting(Message::content).containsExactly("", "Heads up <@" + jordan + ">", "Ping <@" + jordan + ">");
        Embed embed = messages.get(0).embeds().get(0);
        assertThat(embed.title()).isEqualTo("Trade");
        assertThat(embed.description()).isEqualTo("A for B");
        assertThat(embed.color()).isEqualTo(0xFF0000);
        assertThat(embed.footer()).isEqualTo("Approved");
        assertThat(embed.thumbnail()).isEqualTo("https://example.com/t.png");
        assertThat(embed.image()).isEqualTo("https://example.com/i.png");
        assertThat(messages.get(0).authorId()).isEqualTo(sim.botUserId());
        assertThat(messages.get(1).allowedMentions().users()).isEmpty();
        assertThat(messages.get(2).allowedMentions().users()).containsExactly(jordan);

        List<net.dv8tion.jda.api.entities.Message> history = transactions.getHistory().retrievePast(50).complete();
        assertThat(history).extracting(net.dv8tion.jda.api.entities.Message::getId).containsExactly(third.getId(), second.getId(), first.getId());
        CompletableFuture.allOf(transactions.purgeMessages(history).toArray(CompletableFuture[]::new)).join();
        assertThat(client.channelMessages("transactions")).isEmpty();
    }

    @Test
    void directMessagesToOpenAndClosedUsers() {
        String casey = client.guild().member("casey").userId();
        String sam = client.guild().member("sam").userId();
        jda.openPrivateChannelById(casey).flatMap(dm -> dm.sendMessage("Your pick is due")).complete();
        assertThat(client.dms("casey")).extracting(Message::content).containsExactly("Your pick is due");

        client.setDmsClosed(sam, true);
        assertThatThrownBy(() -> jda.openPrivateChannelById(sam).flatMap(dm -> dm.sendMessage("hello")).complete())
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo(50007);
                    assertThat(e.getErrorResponse()).isEqualTo(ErrorResponse.CANNOT_SEND_TO_USER);
                });
        assertThat(client.dms(sam)).isEmpty();
        client.setDmsClosed(sam, false);
    }

    @Test
    void voiceStatusAndPresence() {
        VoiceChannel boston = guild.getVoiceChannelsByName("Gameplay Boston", false).get(0);
        boston.modifyStatus("Game 3: PHX 2 - BOS 1").complete();
        assertThat(client.channel("Gameplay Boston").voiceStatus()).isEqualTo("Game 3: PHX 2 - BOS 1");
        await().atMost(WAIT).until(() -> "Game 3: PHX 2 - BOS 1".equals(boston.getStatus()));

        String jordan = client.guild().member("jordan").userId();
        assertThat(client.voiceJoin("Gameplay Boston", "jordan").members()).extracting(DiscordSimulatorClient.VoiceMember::userId).containsExactly(jordan);
        Member member = guild.getMemberById(jordan);
        await().atMost(WAIT).until(() -> member.getVoiceState() != null && member.getVoiceState().getChannel() != null
                && member.getVoiceState().getChannel().getIdLong() == boston.getIdLong());
        assertThat(client.voiceLeave("Gameplay Boston", "jordan").members()).isEmpty();
        await().atMost(WAIT).until(() -> guild.getMemberById(jordan).getVoiceState().getChannel() == null);
    }

    @Test
    void everyoneVisibilityFollowsThePermissionOverride() {
        TextChannel general = guild.getTextChannelsByName("general", false).get(0);
        Role everyone = guild.getPublicRole();
        general.upsertPermissionOverride(everyone).deny(Permission.VIEW_CHANNEL).complete();
        ChannelInfo hidden = client.channel("general");
        assertThat(hidden.visibleToEveryone()).isFalse();
        assertThat(hidden.permissionOverwrites()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo(everyone.getId());
            assertThat(o.type()).isEqualTo("role");
        });
        assertRefused(() -> client.invoke("sam", "general", "ping", Map.of()), "cannot see");

        await().atMost(WAIT).until(() -> general.getPermissionOverride(everyone) != null);
        general.getPermissionOverride(everyone).delete().complete();
        assertThat(client.channel("general").visibleToEveryone()).isTrue();
    }

    @Test
    void channelsCanBeCreatedAndDeleted() {
        var category = guild.getCategoriesByName("Voice Channels", false).get(0);
        TextChannel created = guild.createTextChannel("trade-block", category)
                .addPermissionOverride(guild.getPublicRole(), Set.of(), Set.of(Permission.VIEW_CHANNEL)).complete();
        ChannelInfo info = client.channel("trade-block");
        assertThat(info.id()).isEqualTo(created.getId());
        assertThat(info.parentId()).isEqualTo(category.getId());
        assertThat(info.visibleToEveryone()).isFalse();
        assertThat(client.guild().channels()).extracting(DiscordSimulatorClient.Channel::name).contains("trade-block");

        VoiceChannel voice = guild.createVoiceChannel("Gameplay Denver", category).complete();
        assertThat(client.channel("Gameplay Denver").type()).isEqualTo("voice");
        voice.delete().complete();
        created.delete().complete();
        assertThat(client.guild().channels()).extracting(DiscordSimulatorClient.Channel::name).doesNotContain("trade-block", "Gameplay Denver");
        await().atMost(WAIT).until(() -> guild.getTextChannelsByName("trade-block", false).isEmpty()
                && guild.getVoiceChannelsByName("Gameplay Denver", false).isEmpty());
    }

    @Test
    void gatewayDropIsResumedAndInteractionsStillWork() {
        int resumesBefore = client.gateway().resumes();
        client.disconnectGateway();
        await().atMost(Duration.ofSeconds(20)).until(() -> client.gateway().resumes() > resumesBefore && client.gateway().connected());
        assertThat(client.gateway().identifies()).isEqualTo(1);

        String id = client.invoke("jordan", "general", "ping", Map.of());
        await().atMost(WAIT).until(() -> client.interaction(id).response() != null);
        assertThat(client.interaction(id).response().content()).isEqualTo("pong");
        assertThat(client.interaction(id).deferred()).isFalse();
    }

    private static void assertRefused(Runnable call, String reason) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(SimulatorException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.error()).contains(reason);
        });
    }

    private static JsonNode find(JsonNode array, String name) {
        for (JsonNode n : array) {
            if (n.path("name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError("no " + name + " in " + array);
    }
}
