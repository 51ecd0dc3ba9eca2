package app.frontoffice.events;

import java.util.List;

/** Topic names. Keys decide ordering: see {@link Keys}. */
public final class Topics {

    public static final String DRAFT_COMMANDS = "draft.commands";
    public static final String TRANSACTION_COMMANDS = "transaction.commands";
    public static final String SCOREBUG_COMMANDS = "scorebug.commands";
    public static final String DISCORD_ACTIONS = "discord.actions";
    public static final String DISCORD_VOICE = "discord.voice";
    /** Compacted; key {@code leagueId:season:overall}; a cleared pick is a tombstone. */
    public static final String DRAFT_PICK_MADE = "draft.pick-made";
    public static final String DRAFT_SHEET_REQUESTS = "draft.sheet-requests";
    /** Compacted; key {@code leagueId:id}. */
    public static final String LEAGUE_TEAMS = "league.teams";
    /** Compacted; key {@code leagueId:id}. */
    public static final String LEAGUE_PLAYERS = "league.players";
    /** Compacted; key {@code leagueId}: the league's current season, week and freeze flag. */
    public static final String LEAGUE_CALENDAR = "league.calendar";

    /** Topics whose records are current state rather than history, so Kafka keeps the latest per key. */
    public static final List<String> COMPACTED = List.of(DRAFT_PICK_MADE, LEAGUE_TEAMS, LEAGUE_PLAYERS, LEAGUE_CALENDAR);

    public static final List<String> ALL = List.of(
            DRAFT_COMMANDS, TRANSACTION_COMMANDS, SCOREBUG_COMMANDS, DISCORD_ACTIONS, DISCORD_VOICE,
            DRAFT_PICK_MADE, DRAFT_SHEET_REQUESTS, LEAGUE_TEAMS, LEAGUE_PLAYERS, LEAGUE_CALENDAR);

    /** Where records go that could not be parsed or processed after retries. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    public static boolean isCompacted(String topic) {
        return COMPACTED.contains(topic);
    }

    private Topics() {
    }
}
