package app.frontoffice.draft.commands;

import app.frontoffice.draft.state.Draft;
import app.frontoffice.events.discord.Embed;
import app.frontoffice.events.discord.Message;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.support.discord.DiscordActionOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@code /draft-status}: where the league's draft stands. */
@ApplicationScoped
public class DraftStatusCommand {

    static final int INFO_BLUE = 0x3498DB;

    @Inject
    DiscordActionOutbox discord;

    public void handle(SlashCommand command) {
        Message answer = Draft.currentFor(command.guildId())
                .map(this::status)
                .orElseGet(() -> Message.of(Embed.builder()
                        .title("Draft Status")
                        .description("No draft has been set up for this league yet.")
                        .colour(INFO_BLUE)
                        .build()));
        discord.reply(command, answer);
    }

    private Message status(Draft draft) {
        String timer = draft.paused ? "⏸️ PAUSED" : draft.timerEnabled ? "✅ Active" : "⏹️ Inactive";
        return Message.of(Embed.builder()
                .title(draft.paused ? "Draft Status - PAUSED" : "Draft Status")
                .description("Season " + draft.id.season + ": currently on Overall #" + draft.currentOverall)
                .colour(INFO_BLUE)
                .field("Timer", timer, true)
                .build());
    }
}
