package app.frontoffice.draft.commands;

import app.frontoffice.draft.board.DraftBoards;
import app.frontoffice.draft.domain.DraftMessages;
import app.frontoffice.draft.domain.TeamView;
import app.frontoffice.draft.state.TeamRow;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.support.discord.DiscordActionOutbox;
import app.frontoffice.support.league.LeagueView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;

/** The checks most draft commands start with, each answering the member itself when it fails. */
@ApplicationScoped
public class CommandGuards {

    @Inject
    DiscordActionOutbox discord;

    @Inject
    LeagueView leagueView;

    /** Discord role ids that may run {@code /draft-admin} besides members with Administrator. */
    @ConfigProperty(name = "frontoffice.draft.admin-role-ids")
    Optional<List<String>> adminRoleIds;

    /** For managers' draft commands: the draft period, then the member's team (each answered if missing). */
    public Optional<TeamView> requireManagerInDraftPeriod(SlashCommand command) {
        return requireDraftPeriod(command) ? requireTeam(command) : Optional.empty();
    }

    public Optional<TeamView> requireTeam(SlashCommand command) {
        Optional<TeamView> team = TeamRow.managedBy(command.guildId(), command.userId()).map(DraftBoards::teamView);
        if (team.isEmpty()) {
            discord.reply(command, DraftMessages.error("Team Required",
                    "This command requires you to have a team in this league. Ask a league admin if you think you should."));
        }
        return team;
    }

    public boolean requireAdmin(SlashCommand command) {
        boolean admin = command.isAdministrator()
                || command.memberRoleIds().stream().anyMatch(r -> adminRoleIds.orElse(List.of()).contains(r));
        if (!admin) {
            discord.reply(command, DraftMessages.error("Permission Denied",
                    "Only league admins can use `/" + command.commandPath() + "`."));
        }
        return admin;
    }

    /**
     * {@code /draft} and the draft lists only work in the offseason (week 0 or before), as the
     * league office's calendar says. A league whose calendar has not reached this service yet is
     * let through: its draft exists only because its league file was imported for the draft.
     */
    public boolean requireDraftPeriod(SlashCommand command) {
        boolean inSeason = leagueView.calendar(command.guildId()).map(c -> c.week() > 0).orElse(false);
        if (inSeason) {
            discord.reply(command, DraftMessages.error("Not Available",
                    "Draft commands are only available in the offseason."));
        }
        return !inSeason;
    }

    public void noDraft(SlashCommand command) {
        discord.reply(command, DraftMessages.warning("No Draft",
                "No draft has been set up for this league yet. A league admin can import the league file."));
    }
}
