package app.frontoffice.draft.board;

import app.frontoffice.draft.domain.DraftMessages;
import app.frontoffice.draft.domain.PickView;
import app.frontoffice.events.discord.ChannelRef;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.Message;
import app.frontoffice.support.discord.DiscordActionOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;

/** Posts the draft's public messages (through the outbox, in the caller's transaction). */
@ApplicationScoped
public class DraftNotices {

    @Inject
    DiscordActionOutbox discord;

    public DraftMessages messages(DraftBoard board) {
        return new DraftMessages(board.format(), board.capRule());
    }

    /** Posts to a configured channel (stored as an id or a name); nothing if it is not configured. */
    public void post(DraftBoard board, String channel, Message message) {
        if (channel != null && !channel.isBlank()) {
            discord.send(board.leagueId(), null, new DiscordAction.PostToChannel(channelRef(channel), message));
        }
    }

    public void toPingChannel(DraftBoard board, Message message) {
        post(board, board.draft().pingChannel, message);
    }

    public void toResultChannel(DraftBoard board, Message message) {
        post(board, board.draft().resultChannel, message);
    }

    /** Announces the team now on the clock, or that the draft is over. */
    public void announceCurrent(DraftBoard board) {
        DraftMessages messages = messages(board);
        Optional<PickView> current = board.current();
        if (board.complete() || current.isEmpty()) {
            toPingChannel(board, messages.draftComplete());
            return;
        }
        PickView pick = current.get();
        // The team's Discord role carries its long name; the gateway turns the name into the ping.
        toPingChannel(board, messages.onClockAnnouncement(pick, board.state(), board.picks(),
                board.activeRosterTotal(pick.owner()), board.organisation(pick.owner()), sheetUrl(board))
                .mentioningRoles(pick.owner().longName()));
    }

    public static ChannelRef channelRef(String stored) {
        return stored.chars().allMatch(Character::isDigit) ? ChannelRef.byId(stored) : ChannelRef.byName(stored);
    }

    /** The public draft sheet of the season: {@code DRAFT_SHEET_KEY_<season>} wins over the imported key. */
    public static String sheetUrl(DraftBoard board) {
        String key = ConfigProvider.getConfig()
                .getOptionalValue("DRAFT_SHEET_KEY_" + board.season(), String.class)
                .orElse(board.draft().sheetKey);
        return key == null || key.isBlank() ? null : "https://docs.google.com/spreadsheets/d/" + key;
    }
}
