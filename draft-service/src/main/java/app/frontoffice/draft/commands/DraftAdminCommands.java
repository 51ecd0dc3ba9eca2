package app.frontoffice.draft.commands;

import app.frontoffice.draft.board.DraftBoard;
import app.frontoffice.draft.board.DraftBoards;
import app.frontoffice.draft.board.DraftNotices;
import app.frontoffice.draft.board.PickRecorder;
import app.frontoffice.draft.domain.DraftClock;
import app.frontoffice.draft.domain.DraftMessages;
import app.frontoffice.draft.domain.PickView;
import app.frontoffice.draft.state.Draft;
import app.frontoffice.events.discord.Embed;
import app.frontoffice.events.discord.Message;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.support.discord.DiscordActionOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** {@code /draft-admin ...}: league admins run the draft. Every change answers with the new state. */
@ApplicationScoped
public class DraftAdminCommands {

    @Inject
    DraftBoards boards;

    @Inject
    DraftNotices notices;

    @Inject
    DiscordActionOutbox discord;

    @Inject
    CommandGuards guards;

    @Inject
    Clock clock;

    @Inject
    Event<PickRecorder.DraftChanged> changed;

    @Inject
    SheetResync sheetResync;

    @Inject
    PickRecorder recorder;

    public void handle(SlashCommand command) {
        if (!guards.requireAdmin(command)) {
            return;
        }
        Optional<DraftBoard> loaded = boards.current(command.guildId(), true);
        if (loaded.isEmpty()) {
            guards.noDraft(command);
            return;
        }
        DraftBoard board = loaded.get();
        String sub = command.commandPath().substring("draft-admin ".length());
        switch (sub) {
            case "info" -> discord.reply(command, info(board));
            case "timer" -> timer(command, board);
            case "set-pick" -> setPick(command, board);
            case "channels" -> channels(command, board);
            case "reset-deadline" -> clockChange(command, board, DraftClock.resetDeadline(board.state(),
                    intOption(command, "minutes"), intOption(command, "seconds"), clock.instant()), "⏱️ Deadline Reset", false);
            case "pause" -> clockChange(command, board, DraftClock.pause(board.state()), "⏸️ Draft Paused", false);
            case "resume" -> clockChange(command, board, DraftClock.resume(board.state(), clock.instant()), "▶️ Draft Resumed", true);
            case "resync-sheet" -> sheetResync.request(command, board);
            case "clear-pick" -> clearPick(command, board);
            default -> discord.reply(command, DraftMessages.error("Unknown Command", "`/" + command.commandPath() + "` is not a draft admin command."));
        }
    }

    private void timer(SlashCommand command, DraftBoard board) {
        boolean enabled = command.booleanOption("enabled").orElse(true);
        DraftClock.Outcome outcome = enabled
                ? DraftClock.timerOn(board.state(), intOption(command, "minutes"), intOption(command, "seconds"), clock.instant())
                : DraftClock.timerOff(board.state());
        clockChange(command, board, outcome, enabled ? "⏱️ Draft Timer Started" : "⏹️ Draft Timer Stopped", enabled);
    }

    /** Applies a new clock setting; announces the team on the clock when the clock starts running. */
    private void clockChange(SlashCommand command, DraftBoard board, DraftClock.Outcome outcome, String title, boolean announce) {
        if (outcome instanceof DraftClock.Refused refused) {
            discord.reply(command, DraftMessages.clockRefused(refused));
            return;
        }
        DraftClock.Setting setting = (DraftClock.Setting) outcome;
        Draft draft = board.draft();
        draft.timerEnabled = setting.timerOn();
        draft.paused = setting.paused();
        draft.pickSeconds = (int) setting.pickClock().toSeconds();
        draft.clockStartedAt = setting.clockStartedAt();
        draft.pickDeadline = setting.deadline();
        changed.fire(new PickRecorder.DraftChanged(board.leagueId()));
        DraftBoard after = boards.reload(board);
        discord.reply(command, stateReply(after, title));
        if (announce && !after.complete()) {
            notices.announceCurrent(after);
        }
    }

    private void setPick(SlashCommand command, DraftBoard board) {
        int overall = intOption(command, "pick_number") == null ? 0 : intOption(command, "pick_number");
        if (!board.format().isValidOverall(overall)) {
            discord.reply(command, DraftMessages.error("Invalid Pick Number",
                    "Pick number must be between 1 and " + board.format().totalPicks() + "."));
            return;
        }
        Optional<PickView> pick = board.pick(overall);
        if (pick.isEmpty()) {
            discord.reply(command, DraftMessages.error("Pick Not Found", "Pick #" + overall + " does not exist in this draft."));
            return;
        }
        if (pick.get().taken()) {
            // The reference let the owner overwrite a made pick after this; we refuse instead.
            discord.reply(command, DraftMessages.warning("Pick Already Made", "Pick #" + overall + " was already used on "
                    + pick.get().player().name() + ". Choose an open pick."));
            return;
        }
        Draft draft = board.draft();
        draft.currentOverall = overall;
        DraftClock.Setting setting = DraftClock.advanced(board.state(), clock.instant());
        draft.clockStartedAt = setting.clockStartedAt();
        draft.pickDeadline = setting.deadline();
        changed.fire(new PickRecorder.DraftChanged(board.leagueId()));
        DraftBoard after = boards.reload(board);
        PickView now = after.current().orElseThrow();
        discord.reply(command, Message.of(Embed.builder()
                .title("✅ Pick Set")
                .description("Current pick set to " + after.format().display(overall) + ".")
                .colour(DraftMessages.SUCCESS)
                .field("On the Clock", now.owner().abbrev() + " " + now.owner().shortName() + " is now on the clock.", false)
                .field("Timer", after.draft().timerEnabled ? "✅ Active" : "⏹️ Inactive", true)
                .build()));
        notices.announceCurrent(after);
    }

    /** Undoes a pick made in error (the reference had no way to). */
    private void clearPick(SlashCommand command, DraftBoard board) {
        int overall = intOption(command, "pick_number") == null ? 0 : intOption(command, "pick_number");
        Optional<PickView> pick = board.pick(overall);
        if (pick.isEmpty() || !pick.get().taken()) {
            discord.reply(command, DraftMessages.warning("Nothing To Clear",
                    "Pick #" + overall + " has no player, so there is nothing to clear."));
            return;
        }
        recorder.clear(board, pick.get());
        discord.reply(command, Message.of(Embed.builder()
                .title("✅ Pick Cleared")
                .description(board.format().display(overall) + ": " + pick.get().player().name()
                        + " is a free agent again. " + pick.get().owner().abbrev() + " can make this pick up with `/draft`.")
                .colour(DraftMessages.SUCCESS)
                .build()));
    }

    private void channels(SlashCommand command, DraftBoard board) {
        Optional<String> ping = command.stringOption("ping_channel");
        Optional<String> result = command.stringOption("result_channel");
        if (ping.isEmpty() && result.isEmpty()) {
            discord.reply(command, DraftMessages.error("No Channels Given",
                    "Give a ping channel, a result channel, or both."));
            return;
        }
        ping.ifPresent(c -> board.draft().pingChannel = c);
        result.ifPresent(c -> board.draft().resultChannel = c);
        discord.reply(command, stateReply(boards.reload(board), "✅ Draft Channels Updated"));
    }

    private Message info(DraftBoard board) {
        return stateReply(board, "🛠️ Draft Admin Info");
    }

    private Message stateReply(DraftBoard board, String title) {
        Draft draft = board.draft();
        Embed.Builder embed = Embed.builder().title(title).colour(DraftMessages.INFO)
                .field("Current Pick", board.complete() ? "Draft complete" : board.format().display(draft.currentOverall), false)
                .field("Timer", draft.paused ? "⏸️ PAUSED" : draft.timerEnabled ? "✅ Active" : "⏹️ Inactive", true)
                .field("Pick Clock", DraftMessages.clockLabel(DraftClock.storedClock(board.state())), true)
                .field("Ping Channel", channel(draft.pingChannel), true)
                .field("Result Channel", channel(draft.resultChannel), true);
        if (draft.timerEnabled && draft.pickDeadline != null) {
            Instant d = draft.pickDeadline;
            embed.field("Deadline", "<t:" + d.getEpochSecond() + ":T> (<t:" + d.getEpochSecond() + ":R>)", false);
        }
        board.current().filter(p -> !board.complete())
                .ifPresent(p -> embed.field("On the Clock", p.owner().abbrev() + " " + p.owner().shortName(), false));
        String sheet = DraftNotices.sheetUrl(board);
        if (sheet != null) {
            embed.field("Draft Sheet", "[View Sheet](" + sheet + ")", false);
        }
        return Message.of(embed.build());
    }

    private static String channel(String stored) {
        if (stored == null || stored.isBlank()) {
            return "Not set";
        }
        return stored.chars().allMatch(Character::isDigit) ? "<#" + stored + ">" : "#" + stored;
    }

    private static Integer intOption(SlashCommand command, String name) {
        return command.longOption(name).map(Long::intValue).orElse(null);
    }
}
