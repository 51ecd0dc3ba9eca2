package app.frontoffice.events;

import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.events.draft.PickMade;
import app.frontoffice.events.league.CalendarState;
import app.frontoffice.events.league.PlayerState;
import app.frontoffice.events.league.TeamState;

/** Every event type that crosses Kafka, in one place so a contract change is easy to find. */
public final class EventTypes {

    /** A member ran a slash command; the gateway publishes it to the owning service's commands topic. */
    public static final EventType<SlashCommand> SLASH_COMMAND =
            new EventType<>("discord.slash-command", 1, SlashCommand.class);

    /** Something a service wants done in Discord; executed by the gateway. */
    public static final EventType<DiscordAction> DISCORD_ACTION =
            new EventType<>("discord.action", 1, DiscordAction.class);

    /** A pick as it now stands; the value of {@code draft.pick-made}. */
    public static final EventType<PickMade> PICK_MADE =
            new EventType<>("draft.pick-made", 1, PickMade.class);

    /** A team as it now stands; on {@code league.teams}, published by the league office. */
    public static final EventType<TeamState> TEAM_STATE =
            new EventType<>("league.team", 1, TeamState.class);

    /** A player as he now stands (including his roster); on {@code league.players}. */
    public static final EventType<PlayerState> PLAYER_STATE =
            new EventType<>("league.player", 1, PlayerState.class);

    /** A league's season, week and freeze flag; on {@code league.calendar}. */
    public static final EventType<CalendarState> CALENDAR_STATE =
            new EventType<>("league.calendar", 1, CalendarState.class);

    /** An admin asked sheets-writer to rebuild a season's draft sheet; on {@code draft.sheet-requests}. */
    public static final EventType<app.frontoffice.events.draft.SheetResyncRequested> SHEET_RESYNC_REQUESTED =
            new EventType<>("draft.sheet-resync-requested", 1, app.frontoffice.events.draft.SheetResyncRequested.class);

    private EventTypes() {
    }
}
