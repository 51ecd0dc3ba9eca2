package app.frontoffice.gateway.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * A top-level slash command: what Discord shows, which service owns it, and how the gateway
 * acknowledges it. A command has either options or subcommands, as on Discord.
 *
 * @param topic     the commands topic of the owning service
 * @param ephemeral whether the deferred answer is visible to the member only
 * @param adminOnly registered with {@code default_member_permissions} = ADMINISTRATOR, so Discord
 *                  hides it from everyone else (the owning service still checks the permission)
 */
public record CommandSpec(String name, String description, String topic, boolean ephemeral, boolean adminOnly,
                          List<OptionSpec> options, List<SubcommandSpec> subcommands) {

    public CommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(topic, "topic");
        options = options == null ? List.of() : List.copyOf(options);
        subcommands = subcommands == null ? List.of() : List.copyOf(subcommands);
        if (!options.isEmpty() && !subcommands.isEmpty()) {
            throw new IllegalArgumentException("/" + name + " cannot have both options and subcommands");
        }
    }

    /** Starts a public, non-admin command owned by {@code topic}. */
    public static CommandSpec command(String name, String description, String topic) {
        return new CommandSpec(name, description, topic, false, false, List.of(), List.of());
    }

    public CommandSpec asEphemeral() {
        return new CommandSpec(name, description, topic, true, adminOnly, options, subcommands);
    }

    public CommandSpec asAdminOnly() {
        return new CommandSpec(name, description, topic, ephemeral, true, options, subcommands);
    }

    public CommandSpec options(OptionSpec... more) {
        return new CommandSpec(name, description, topic, ephemeral, adminOnly, List.of(more), subcommands);
    }

    public CommandSpec subcommands(SubcommandSpec... more) {
        return new CommandSpec(name, description, topic, ephemeral, adminOnly, options, List.of(more));
    }
}
