package app.frontoffice.gateway.discord;

import app.frontoffice.events.discord.CommandOption;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.gateway.autocomplete.PlayerSuggestions;
import app.frontoffice.gateway.catalogue.AutocompleteSource;
import app.frontoffice.gateway.catalogue.CommandCatalogue;
import app.frontoffice.gateway.catalogue.CommandRoute;
import app.frontoffice.gateway.intake.CommandIntake;
import app.frontoffice.gateway.intake.OptionConversion;
import app.frontoffice.gateway.messages.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.ISnowflake;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;

/**
 * JDA's events in, thin: a slash command becomes a {@link SlashCommand} for the intake, autocomplete
 * is answered from the read model, and the catalogue is registered when the league guild is ready.
 * Runs on JDA's event thread, so nothing here waits for the network.
 */
@ApplicationScoped
public class DiscordListener extends ListenerAdapter {

    private static final Logger LOG = Logger.getLogger(DiscordListener.class);

    @Inject
    CommandCatalogue catalogue;

    @Inject
    CommandIntake intake;

    @Inject
    PlayerSuggestions suggestions;

    @ConfigProperty(name = "discord.guild-id")
    Optional<String> leagueGuildId;

    private volatile boolean readyOnce;

    /** Whether the bot has completed its first connection (a later drop is a reconnect, not a failure). */
    public boolean readyOnce() {
        return readyOnce;
    }

    @Override
    public void onReady(ReadyEvent event) {
        readyOnce = true;
    }

    @Override
    public void onGuildReady(GuildReadyEvent event) {
        if (!event.getGuild().getId().equals(leagueGuildId.orElse(null))) {
            LOG.warnf("The bot is in guild %s, which is not the league guild; it registers no commands there", event.getGuild().getId());
            return;
        }
        event.getGuild().updateCommands().addCommands(JdaCommandData.of(catalogue.commands())).queue(
                registered -> LOG.infof("Registered %d slash commands in the league guild", registered.size()),
                failure -> LOG.errorf(failure, "Could not register the slash commands in the league guild"));
    }

    @Override
    public void onSessionResume(SessionResumeEvent event) {
        LOG.info("Discord gateway session resumed");
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        Optional<CommandRoute> route = catalogue.route(event.getFullCommandName());
        if (route.isEmpty() || !event.isFromGuild() || event.getMember() == null) {
            event.reply(Texts.UNKNOWN_COMMAND).setEphemeral(true).queue(null,
                    e -> LOG.warnf("Could not refuse /%s: %s", event.getFullCommandName(), e.getMessage()));
            return;
        }
        intake.accept(toCommand(event, route.get().ephemeral()), route.get().topic(), new JdaResponder(event));
    }

    @Override
    public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
        List<Command.Choice> choices = List.of();
        try {
            AutocompleteSource source = catalogue.autocomplete(event.getFullCommandName(), event.getFocusedOption().getName());
            String leagueId = event.getGuild() == null ? null : event.getGuild().getId();
            choices = suggestions.suggest(leagueId, source, event.getFocusedOption().getValue()).stream()
                    .map(s -> new Command.Choice(s.label(), s.value()))
                    .toList();
        } catch (RuntimeException e) {
            // An empty list still answers the member's client, which otherwise shows "loading options failed".
            LOG.errorf(e, "Autocomplete for /%s failed", event.getFullCommandName());
        }
        event.replyChoices(choices).queue(null, e -> LOG.warnf("Could not answer autocomplete: %s", e.getMessage()));
    }

    static SlashCommand toCommand(SlashCommandInteractionEvent event, boolean ephemeral) {
        Member member = event.getMember();
        List<CommandOption> options = event.getOptions().stream()
                .map(DiscordListener::option)
                .flatMap(Optional::stream)
                .toList();
        return new SlashCommand(
                event.getId(),
                event.getToken(),
                event.getJDA().getSelfUser().getApplicationId(),
                event.getGuild().getId(),
                event.getChannelId(),
                event.getChannel().getName(),
                event.getUser().getId(),
                event.getUser().getName(),
                member.getRoles().stream().map(ISnowflake::getId).toList(),
                Permission.getRaw(member.getPermissions()),
                event.getFullCommandName(),
                options,
                ephemeral);
    }

    private static Optional<CommandOption> option(OptionMapping mapping) {
        Optional<CommandOption> option = OptionConversion.convert(mapping.getName(), mapping.getType().name(), mapping.getAsString());
        if (option.isEmpty()) {
            LOG.warnf("Dropping option %s of a type the contract does not know: %s", mapping.getName(), mapping.getType());
        }
        return option;
    }
}
