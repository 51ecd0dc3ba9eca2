package app.frontoffice.sim.discord;

import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A throwaway demo for {@code scripts/screenshot.sh} and manual poking: starts the simulator, connects
 * a real JDA bot with a few league-like commands and fills the channels with something to look at.
 * Arguments as for {@link DiscordSimulatorMain}.
 */
public final class DemoBot {

    private static final List<String> PLAYERS = List.of("Mike Trout", "Mookie Betts", "Max Scherzer", "Shohei Ohtani");

    private DemoBot() {
    }

    public static void main(String[] args) throws Exception {
        DiscordSimulator.Builder builder = DiscordSimulator.builder().httpPort(8700).gatewayPort(8701);
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--http-port" -> builder.httpPort(Integer.parseInt(args[i + 1]));
                case "--gateway-port" -> builder.gatewayPort(Integer.parseInt(args[i + 1]));
                case "--guild" -> builder.guild(GuildSeed.fromJson(Path.of(args[i + 1])));
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        DiscordSimulator sim = builder.build().start();
        JDA jda = JDABuilder.createDefault(sim.botToken())
                .setRestConfig(new RestConfig().setBaseUrl(sim.restBaseUrl()))
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return sim.gatewayUrl();
                    }
                })
                .setCompression(Compression.NONE)
                .addEventListeners(new Listener())
                .build().awaitReady();
        Guild guild = jda.getGuildById(sim.guildId());
        guild.updateCommands().addCommands(
                Commands.slash("draft", "Draft").addSubcommands(
                        new SubcommandData("pick", "Pick a player").addOptions(
                                new OptionData(OptionType.STRING, "player", "Player to pick", true, true),
                                new OptionData(OptionType.INTEGER, "round", "Round").addChoice("First", 1).addChoice("Second", 2)),
                        new SubcommandData("status", "Show the draft board")),
                Commands.slash("draft-admin", "Draft administration")
                        .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                        .addSubcommands(new SubcommandData("timer", "Set the pick timer").addOptions(
                                new OptionData(OptionType.BOOLEAN, "enabled", "On or off", true),
                                new OptionData(OptionType.INTEGER, "minutes", "Minutes per pick").setRequiredRange(1, 10))),
                Commands.slash("trade", "Propose a trade").addOptions(
                        new OptionData(OptionType.USER, "with", "Other manager", true),
                        new OptionData(OptionType.STRING, "offer", "What you give", true))).complete();

        guild.getTextChannelsByName("transactions", false).get(0).sendMessageEmbeds(new EmbedBuilder()
                .setTitle("Trade accepted").setDescription("Phoenix sends **Mookie Betts** to Boston")
                .addField("Phoenix receives", "Max Scherzer", true).addField("Boston receives", "Mookie Betts", true)
                .setColor(0x2ECC71).setFooter("Approved by League Admin").build()).complete();
        String jordan = new DiscordSimulatorClient(sim).guild().member("jordan").userId();
        guild.getTextChannelsByName("draft-pings", false).get(0).sendMessage("<@" + jordan + "> you are on the clock (2 minutes)").complete();
        guild.getVoiceChannelsByName("Gameplay Phoenix", false).get(0).modifyStatus("Game 3 · PHX 2 - BOS 1 · 5th").complete();
        DiscordSimulatorClient client = new DiscordSimulatorClient(sim);
        client.voiceJoin("Gameplay Phoenix", "jordan");
        client.invoke("casey", "draft-pings", "draft status", Map.of());
        System.out.println("DemoBot ready at " + sim.httpBaseUrl() + "/");
        Thread.currentThread().join();
    }

    private static final class Listener extends ListenerAdapter {
        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            switch (event.getFullCommandName()) {
                case "draft status" -> event.deferReply().queue(hook -> hook.editOriginalEmbeds(new EmbedBuilder()
                        .setTitle("Draft board · Round 1").setDescription("Pick 3 of 40")
                        .addField("On the clock", "Phoenix", true).addField("Timer", "2:00", true)
                        .addField("Last pick", "Boston took Shohei Ohtani", false)
                        .setColor(0x5865F2).setFooter("Front Office draft").build()).queue());
                case "draft pick" -> event.reply(event.getUser().getName() + " picked " + event.getOption("player").getAsString()).queue();
                case "draft-admin timer" -> event.deferReply(true).queue(h -> h.editOriginal("Timer updated").queue());
                default -> event.reply("Trade proposed to " + event.getOption("with").getAsUser().getAsMention()).queue();
            }
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            String typed = event.getFocusedOption().getValue().toLowerCase();
            event.replyChoices(PLAYERS.stream().filter(p -> p.toLowerCase().contains(typed)).map(p -> new Command.Choice(p, p)).toList()).queue();
        }
    }
}
