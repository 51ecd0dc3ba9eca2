package app.frontoffice.events.discord;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;
import java.util.Optional;

/**
 * A member ran a slash command. The gateway has already deferred the interaction; the owning
 * service answers through {@code discord.actions} with the token, within 15 minutes.
 *
 * @param commandPath        command, group and subcommand separated by spaces, e.g. {@code draft-admin timer}
 * @param memberPermissions  the member's effective guild permissions (Discord bit set)
 * @param ephemeral          whether the gateway deferred the answer as ephemeral
 */
public record SlashCommand(
        String interactionId,
        String interactionToken,
        String applicationId,
        String guildId,
        String channelId,
        String channelName,
        String userId,
        String userName,
        List<String> memberRoleIds,
        long memberPermissions,
        String commandPath,
        List<CommandOption> options,
        boolean ephemeral) {

    /** Discord's ADMINISTRATOR permission bit. */
    public static final long ADMINISTRATOR = 1L << 3;

    public SlashCommand {
        memberRoleIds = memberRoleIds == null ? List.of() : List.copyOf(memberRoleIds);
        options = options == null ? List.of() : List.copyOf(options);
    }

    @JsonIgnore
    public boolean isAdministrator() {
        return (memberPermissions & ADMINISTRATOR) != 0;
    }

    public Optional<CommandOption> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    public Optional<String> stringOption(String name) {
        return option(name).map(CommandOption::asString);
    }

    public Optional<Long> longOption(String name) {
        return option(name).map(CommandOption::asLong);
    }

    public Optional<Boolean> booleanOption(String name) {
        return option(name).map(CommandOption::asBoolean);
    }

    /** The reply this command owes, addressed by its interaction token. */
    public InteractionRef interaction() {
        return new InteractionRef(applicationId, interactionId, interactionToken);
    }
}
