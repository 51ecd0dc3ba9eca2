package app.frontoffice.league.office;

import app.frontoffice.events.EventTypes;
import app.frontoffice.events.Keys;
import app.frontoffice.events.Topics;
import app.frontoffice.events.league.CalendarState;
import app.frontoffice.events.league.PlayerState;
import app.frontoffice.events.league.TeamState;
import app.frontoffice.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


/**
 * Owes the league's state to {@code league.teams}, {@code league.players} and {@code league.calendar}
 * through the outbox, in the transaction of the change, so a published record always describes
 * committed state. Returns how many records it queued, for the import summary.
 */
@ApplicationScoped
public class LeaguePublisher {

    @Inject
    Outbox outbox;


    @Transactional(Transactional.TxType.MANDATORY)
    public void team(TeamState team) {
        outbox.add(Topics.LEAGUE_TEAMS, Keys.entity(team.leagueId(), team.abbrev()), EventTypes.TEAM_STATE, team.leagueId(), null, team);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void teamRemoved(String leagueId, String abbrev) {
        outbox.addTombstone(Topics.LEAGUE_TEAMS, Keys.entity(leagueId, abbrev));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void player(PlayerState player) {
        outbox.add(Topics.LEAGUE_PLAYERS, Keys.entity(player.leagueId(), player.id()), EventTypes.PLAYER_STATE,
                player.leagueId(), null, player);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void playerRemoved(String leagueId, int playerId) {
        outbox.addTombstone(Topics.LEAGUE_PLAYERS, Keys.entity(leagueId, playerId));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void calendar(CalendarState calendar) {
        outbox.add(Topics.LEAGUE_CALENDAR, Keys.league(calendar.leagueId()), EventTypes.CALENDAR_STATE,
                calendar.leagueId(), null, calendar);
    }

    /** Everything an import owes; returns the number of records queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(ImportDiff diff) {
        String leagueId = diff.league().id();
        int count = 0;
        if (diff.calendarToPublish().isPresent()) {
            calendar(diff.calendarToPublish().get());
            count++;
        }
        for (TeamState team : diff.teamsToPublish()) {
            team(team);
            count++;
        }
        for (String abbrev : diff.teamsToRemove()) {
            teamRemoved(leagueId, abbrev);
            count++;
        }
        for (PlayerState player : diff.playersToPublish()) {
            player(player);
            count++;
        }
        for (Integer id : diff.playersToRemove()) {
            playerRemoved(leagueId, id);
            count++;
        }
        return count;
    }
}
