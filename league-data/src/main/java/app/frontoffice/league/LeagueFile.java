package app.frontoffice.league;

import java.util.List;
import java.util.Optional;

/**
 * The whole league data file. Lists are never null; {@code draft} and {@code league} are null only
 * while a broken file is being validated.
 */
public record LeagueFile(League league,
                         List<Team> teams,
                         List<Player> players,
                         List<Standing> standings,
                         List<ScheduledGame> schedule,
                         DraftConfig draft,
                         DiscordSetup discord) {

    public LeagueFile {
        teams = Lists.copy(teams);
        players = Lists.copy(players);
        standings = Lists.copy(standings);
        schedule = Lists.copy(schedule);
    }

    /** The major-league team with this abbreviation (not an affiliate, not the free-agent pseudo-team). */
    public Optional<Team> team(String abbrev) {
        return teams.stream().filter(t -> t != null && t.abbrev() != null && t.abbrev().equals(abbrev)).findFirst();
    }
}
