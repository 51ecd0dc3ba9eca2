package app.frontoffice.league;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a league file must keep beyond its shape: unique keys, references that resolve, a
 * consistent draft set-up, sane values. Runs on the bound records after {@link StructureCheck}, and
 * is null-safe throughout because a value that failed that pass is bound as null.
 */
final class LeagueValidator {

    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");
    private static final Pattern COLOUR = Pattern.compile("[0-9A-Fa-f]{6}");
    private static final Pattern ABBREV = Pattern.compile("[A-Za-z0-9]{2,4}");
    private static final int MAX_GMS = 2;

    private final LeagueFile file;
    private final Problems problems;
    /** Team abbrevs, affiliates and the free-agent abbrev: every name a player's {@code team} may use. */
    private final Set<String> rosterNames = new HashSet<>();
    /** Major-league abbrevs only: what standings, schedule and draft may refer to. */
    private final Set<String> teamAbbrevs = new HashSet<>();

    private LeagueValidator(LeagueFile file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    static void validate(LeagueFile file, Problems problems) {
        new LeagueValidator(file, problems).run();
    }

    private void run() {
        checkLeague();
        checkTeams();
        checkPlayers();
        checkStandings();
        checkSchedule();
        checkDraft();
        checkDiscord();
    }

    private void checkLeague() {
        League league = file.league();
        if (league == null) {
            return;
        }
        snowflake("league.id", league.id());
        notBlank("league.name", league.name());
        if (league.currentSeason() < 1) {
            problems.add("league.currentSeason", "must be at least 1, not " + league.currentSeason());
        }
        if (league.timezone() != null) {
            try {
                ZoneId.of(league.timezone());
            } catch (DateTimeException e) {
                problems.add("league.timezone", "unknown time zone " + Describe.quote(league.timezone()));
            }
        }
        if (notBlank("league.freeAgentTeam", league.freeAgentTeam())) {
            rosterNames.add(league.freeAgentTeam());
        }
        RosterLimits limits = league.rosterLimits();
        if (limits != null) {
            notNegative("league.rosterLimits.majorLeague", limits.majorLeague());
            notNegative("league.rosterLimits.minorLeague", limits.minorLeague());
            notNegative("league.rosterLimits.minorLeagueFromWeek15", limits.minorLeagueFromWeek15());
            notNegative("league.rosterLimits.offseason", limits.offseason());
        }
        notNegative("league.defaultSwarCap", league.defaultSwarCap());
        if (league.adminRoleName() != null) {
            notBlank("league.adminRoleName", league.adminRoleName());
        }
    }

    private void checkTeams() {
        // Abbrevs, affiliates and the FA abbrev share one namespace (a player's "team" may be any of
        // them), compared without case because Discord autocomplete and humans do not see case.
        Map<String, String> nameUsers = new HashMap<>();
        String freeAgents = file.league() == null ? null : file.league().freeAgentTeam();
        if (freeAgents != null) {
            nameUsers.put(freeAgents.toUpperCase(Locale.ROOT), "the free-agent team");
        }
        Map<String, String> longNames = new HashMap<>();
        Map<String, String> gmOf = new HashMap<>();
        for (int i = 0; i < file.teams().size(); i++) {
            Team team = file.teams().get(i);
            String path = "teams[" + i + "]";
            if (team == null) {
                continue;
            }
            if (notBlank(path + ".abbrev", team.abbrev())) {
                String abbrev = team.abbrev();
                String usedBy = nameUsers.get(abbrev.toUpperCase(Locale.ROOT));
                if (!ABBREV.matcher(abbrev).matches()) {
                    problems.add(path + ".abbrev", "must be 2 to 4 letters or digits, not " + Describe.quote(abbrev));
                } else if (usedBy != null && usedBy.startsWith("teams[") && usedBy.endsWith(".abbrev")) {
                    problems.add(path + ".abbrev", "duplicate abbrev " + Describe.quote(abbrev));
                } else if (usedBy != null) {
                    problems.add(path + ".abbrev", Describe.quote(abbrev) + " is already used by " + usedBy);
                } else {
                    nameUsers.put(abbrev.toUpperCase(Locale.ROOT), path + ".abbrev");
                }
                rosterNames.add(abbrev);
                teamAbbrevs.add(abbrev);
            }
            notBlank(path + ".shortName", team.shortName());
            if (notBlank(path + ".longName", team.longName())) {
                String earlier = longNames.putIfAbsent(team.longName(), path);
                if (earlier != null) {
                    problems.add(path + ".longName", "duplicate long name " + Describe.quote(team.longName())
                            + " (it is the team's Discord role name)");
                }
            }
            if (team.colour() != null && !COLOUR.matcher(team.colour()).matches()) {
                problems.add(path + ".colour", "must be a 6-digit hex colour without '#', not " + Describe.quote(team.colour()));
            }
            httpUrl(path + ".thumbnailUrl", team.thumbnailUrl());
            if (team.swarCap() != null) {
                notNegative(path + ".swarCap", team.swarCap());
            }
            checkGms(team, path, gmOf);
            if (team.affiliates() != null) {
                affiliate(path + ".affiliates.minorLeague", team.affiliates().minorLeague(), nameUsers);
                affiliate(path + ".affiliates.injuredList", team.affiliates().injuredList(), nameUsers);
            }
        }
    }

    private void checkGms(Team team, String path, Map<String, String> gmOf) {
        if (team.gmIds().size() > MAX_GMS) {
            problems.add(path + ".gmIds", "at most " + MAX_GMS + " GMs, not " + team.gmIds().size());
        }
        for (int g = 0; g < team.gmIds().size(); g++) {
            String gmId = team.gmIds().get(g);
            String gmPath = path + ".gmIds[" + g + "]";
            if (gmId == null || !snowflake(gmPath, gmId)) {
                continue;
            }
            String other = gmOf.putIfAbsent(gmId, String.valueOf(team.abbrev()));
            if (other != null) {
                problems.add(gmPath, "user " + Describe.quote(gmId) + " is already GM of " + other);
            }
        }
    }

    private void affiliate(String path, String name, Map<String, String> nameUsers) {
        if (!notBlank(path, name)) {
            return;
        }
        String usedBy = nameUsers.putIfAbsent(name.toUpperCase(Locale.ROOT), path);
        if (usedBy != null) {
            problems.add(path, Describe.quote(name) + " is already used by " + usedBy);
        }
        rosterNames.add(name);
    }

    private void checkPlayers() {
        Map<Integer, String> ids = new HashMap<>();
        for (int i = 0; i < file.players().size(); i++) {
            Player player = file.players().get(i);
            String path = "players[" + i + "]";
            if (player == null) {
                continue;
            }
            if (player.id() < 1) {
                problems.add(path + ".id", "must be at least 1, not " + player.id());
            } else if (ids.putIfAbsent(player.id(), path) != null) {
                problems.add(path + ".id", "duplicate player id " + player.id());
            }
            notBlank(path + ".name", player.name());
            if (!Double.isFinite(player.swar())) {
                problems.add(path + ".swar", "must be a finite number");
            } else {
                notNegative(path + ".swar", player.swar());
            }
            checkPositions(player.positions(), path + ".positions");
            httpUrl(path + ".imageUrl", player.imageUrl());
            if (player.team() != null && !rosterNames.contains(player.team())) {
                problems.add(path + ".team", "unknown team " + Describe.quote(player.team()));
            }
        }
    }

    private void checkPositions(List<String> positions, String path) {
        if (positions.isEmpty() || positions.size() > Positions.MAX_PER_PLAYER) {
            problems.add(path, "must list 1 to " + Positions.MAX_PER_PLAYER + " positions, not " + positions.size());
        }
        Set<String> seen = new HashSet<>();
        for (int p = 0; p < positions.size(); p++) {
            String position = positions.get(p);
            if (position == null) {
                continue;
            }
            if (!Positions.ALL.contains(position)) {
                problems.add(path + "[" + p + "]", "unknown position " + Describe.quote(position)
                        + " (allowed: " + String.join(", ", Positions.ALL) + ")");
            } else if (!seen.add(position)) {
                problems.add(path + "[" + p + "]", Describe.quote(position) + " is listed twice");
            }
        }
    }

    private void checkStandings() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < file.standings().size(); i++) {
            Standing row = file.standings().get(i);
            String path = "standings[" + i + "]";
            if (row == null) {
                continue;
            }
            if (teamRef(path + ".team", row.team()) && !seen.add(row.team())) {
                problems.add(path + ".team", Describe.quote(row.team()) + " already has a row");
            }
            notNegative(path + ".wins", row.wins());
            notNegative(path + ".losses", row.losses());
        }
    }

    private void checkSchedule() {
        Map<String, String> games = new HashMap<>();
        for (int i = 0; i < file.schedule().size(); i++) {
            ScheduledGame game = file.schedule().get(i);
            String path = "schedule[" + i + "]";
            if (game == null) {
                continue;
            }
            if (game.week() < 1) {
                problems.add(path + ".week", "must be at least 1, not " + game.week());
            }
            if (game.game() < 1) {
                problems.add(path + ".game", "must be at least 1, not " + game.game());
            }
            boolean known = teamRef(path + ".away", game.away()) & teamRef(path + ".home", game.home());
            if (known && game.away().equals(game.home())) {
                problems.add(path + ".home", "a team cannot play itself (" + Describe.quote(game.home()) + ")");
            }
            String key = game.week() + "/" + game.away() + "@" + game.home() + "/" + game.game();
            String earlier = games.putIfAbsent(key, path);
            if (earlier != null) {
                problems.add(path, "same game as " + earlier + " (week " + game.week() + ", " + game.away()
                        + " at " + game.home() + ", game " + game.game() + ")");
            }
        }
    }

    private void checkDraft() {
        DraftConfig draft = file.draft();
        if (draft == null) {
            return;
        }
        if (draft.rounds() < 1) {
            problems.add("draft.rounds", "must be at least 1, not " + draft.rounds());
        }
        if (draft.teamsPerRound() < 1) {
            problems.add("draft.teamsPerRound", "must be at least 1, not " + draft.teamsPerRound());
        }
        if (draft.linearRounds() < 0) {
            problems.add("draft.linearRounds", "must not be negative (was " + draft.linearRounds() + ")");
        } else if (draft.linearRounds() > draft.rounds()) {
            problems.add("draft.linearRounds", "must not exceed rounds (" + draft.rounds() + "), was " + draft.linearRounds());
        }
        checkSlotOrder(draft);
        checkTradedPicks(draft);
        if (draft.pickMinutes() < 1) {
            problems.add("draft.pickMinutes", "must be at least 1, not " + draft.pickMinutes());
        }
        notBlank("draft.pingChannel", draft.pingChannel());
        notBlank("draft.resultChannel", draft.resultChannel());
    }

    private void checkSlotOrder(DraftConfig draft) {
        List<String> slots = draft.slotOrder();
        if (slots.size() != draft.teamsPerRound()) {
            problems.add("draft.slotOrder", "has " + slots.size() + " entries but teamsPerRound is " + draft.teamsPerRound());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < slots.size(); i++) {
            String path = "draft.slotOrder[" + i + "]";
            if (teamRef(path, slots.get(i)) && !seen.add(slots.get(i))) {
                problems.add(path, Describe.quote(slots.get(i)) + " appears more than once");
            }
        }
        for (Team team : file.teams()) {
            if (team != null && team.abbrev() != null && !seen.contains(team.abbrev())) {
                problems.add("draft.slotOrder", "team " + Describe.quote(team.abbrev()) + " is missing");
            }
        }
    }

    private void checkTradedPicks(DraftConfig draft) {
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < draft.tradedPicks().size(); i++) {
            TradedPick pick = draft.tradedPicks().get(i);
            String path = "draft.tradedPicks[" + i + "]";
            if (pick == null) {
                continue;
            }
            if (pick.overall() < 1 || pick.overall() > draft.totalPicks()) {
                problems.add(path + ".overall", "must be between 1 and " + draft.totalPicks() + ", not " + pick.overall());
            } else if (!seen.add(pick.overall())) {
                problems.add(path + ".overall", "pick " + pick.overall() + " is listed twice");
            }
            teamRef(path + ".owner", pick.owner());
        }
    }

    private void checkDiscord() {
        DiscordSetup discord = file.discord();
        if (discord == null) {
            return;
        }
        for (int i = 0; i < discord.adminUserIds().size(); i++) {
            if (discord.adminUserIds().get(i) != null) {
                snowflake("discord.adminUserIds[" + i + "]", discord.adminUserIds().get(i));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < discord.channels().size(); i++) {
            String channel = discord.channels().get(i);
            String path = "discord.channels[" + i + "]";
            if (notBlank(path, channel) && !seen.add(channel)) {
                problems.add(path, Describe.quote(channel) + " is listed twice");
            }
        }
        DraftConfig draft = file.draft();
        if (draft != null) {
            requireChannel(seen, draft.pingChannel(), "the draft ping channel");
            requireChannel(seen, draft.resultChannel(), "the draft result channel");
        }
        notBlank("discord.voiceCategory", discord.voiceCategory());
    }

    private void requireChannel(Set<String> channels, String channel, String role) {
        if (channel != null && !channel.isBlank() && !channels.contains(channel)) {
            problems.add("discord.channels", "must include " + role + " " + Describe.quote(channel));
        }
    }

    /** Checks a reference to a major-league team; true if it resolves. */
    private boolean teamRef(String path, String abbrev) {
        if (abbrev == null) {
            return false;
        }
        if (!teamAbbrevs.contains(abbrev)) {
            problems.add(path, "unknown team " + Describe.quote(abbrev));
            return false;
        }
        return true;
    }

    private boolean snowflake(String path, String id) {
        if (id != null && !SNOWFLAKE.matcher(id).matches()) {
            problems.add(path, "must be a Discord snowflake (1 to 20 digits), not " + Describe.quote(id));
            return false;
        }
        return id != null;
    }

    private boolean notBlank(String path, String text) {
        if (text != null && text.isBlank()) {
            problems.add(path, "must not be blank");
            return false;
        }
        return text != null;
    }

    private void notNegative(String path, double value) {
        if (value < 0) {
            String shown = value == Math.rint(value) && Math.abs(value) < 1e9 ? String.valueOf((long) value) : String.valueOf(value);
            problems.add(path, "must not be negative (was " + shown + ")");
        }
    }

    private void httpUrl(String path, String url) {
        if (url == null) {
            return;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        problems.add(path, "must be an http(s) URL, not " + Describe.quote(url));
    }
}
