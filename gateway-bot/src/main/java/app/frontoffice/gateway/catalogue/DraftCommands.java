package app.frontoffice.gateway.catalogue;

import app.frontoffice.events.Topics;

import java.util.List;

import static app.frontoffice.events.discord.OptionType.BOOLEAN;
import static app.frontoffice.events.discord.OptionType.CHANNEL;
import static app.frontoffice.events.discord.OptionType.INTEGER;
import static app.frontoffice.events.discord.OptionType.STRING;
import static app.frontoffice.gateway.catalogue.CommandSpec.command;
import static app.frontoffice.gateway.catalogue.OptionSpec.optional;
import static app.frontoffice.gateway.catalogue.OptionSpec.required;
import static app.frontoffice.gateway.catalogue.SubcommandSpec.of;

/**
 * The draft's commands, named and shaped as the league's current bot has them (reference §1.4–1.13)
 * so managers keep their habits: picks and the read-only views answer in public, the draft list and
 * the admin group answer only to the member.
 */
public final class DraftCommands {

    private static final String TOPIC = Topics.DRAFT_COMMANDS;

    public static List<CommandSpec> all() {
        return List.of(
                command("draft", "Make a draft pick", TOPIC)
                        .options(required("player", "The player to draft", STRING).autocomplete(AutocompleteSource.FREE_AGENTS)),
                command("draft-status", "Show the current draft status", TOPIC),
                command("draft-on-clock", "Show who is on the clock, the last and the next picks", TOPIC),
                command("draft-board", "Show the draft board of a round", TOPIC)
                        .options(optional("round_number", "Round to show (default 1)", INTEGER).range(1, 32)),
                command("draft-list", "Show your team's auto-draft queue", TOPIC).asEphemeral(),
                command("draft-list-add", "Add a player to your auto-draft queue", TOPIC).asEphemeral()
                        .options(required("player", "The player to add", STRING).autocomplete(AutocompleteSource.FREE_AGENTS),
                                optional("rank", "Position in the queue (default: last)", INTEGER).min(1)),
                command("draft-list-remove", "Remove a player from your auto-draft queue", TOPIC).asEphemeral()
                        .options(required("player", "The player to remove", STRING).autocomplete(AutocompleteSource.ALL_PLAYERS)),
                command("draft-list-clear", "Clear your auto-draft queue", TOPIC).asEphemeral(),
                command("draft-admin", "Draft administration", TOPIC).asEphemeral().asAdminOnly().subcommands(
                        of("info", "Show the draft's settings and state"),
                        of("timer", "Turn the pick timer on or off",
                                required("enabled", "Whether the timer runs", BOOLEAN),
                                optional("minutes", "Minutes per pick", INTEGER).range(1, 60),
                                optional("seconds", "Extra seconds per pick", INTEGER).range(0, 59)),
                        of("set-pick", "Put a pick on the clock",
                                required("pick_number", "Overall pick number", INTEGER).range(1, 512)),
                        of("channels", "Set the draft's ping and result channels",
                                optional("ping_channel", "Where on-the-clock pings go", CHANNEL),
                                optional("result_channel", "Where draft cards go", CHANNEL)),
                        of("reset-deadline", "Restart the current pick's deadline",
                                optional("minutes", "Minutes from now (default: the pick time)", INTEGER).range(0, 60),
                                optional("seconds", "Extra seconds", INTEGER).range(0, 59)),
                        of("pause", "Pause the draft"),
                        of("resume", "Resume the draft"),
                        of("resync-sheet", "Rewrite the draft sheet from the recorded picks"),
                        of("clear-pick", "Undo a pick made in error (the player becomes a free agent again)",
                                required("pick_number", "Overall pick number", INTEGER).range(1, 512))));
    }

    private DraftCommands() {
    }
}
