package app.frontoffice.league.office.draft;

import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventParseException;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.draft.PickMade;
import app.frontoffice.league.office.DraftRosters;
import app.frontoffice.league.office.DraftRosters.AppliedPick;
import app.frontoffice.league.office.LeaguePublisher;
import app.frontoffice.league.office.PublishedState;
import app.frontoffice.league.office.store.AppliedPickRow;
import app.frontoffice.league.office.store.LeagueRow;
import app.frontoffice.league.office.store.LeagueStore;
import app.frontoffice.league.office.store.PlayerRow;
import app.frontoffice.league.office.store.TeamRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Applies {@code draft.pick-made} records to the rosters (see {@link DraftRosters} for the rules),
 * and republishes every player it moves, in the same transaction.
 */
@ApplicationScoped
public class DraftRosterMoves {

    private static final Logger LOG = Logger.getLogger(DraftRosterMoves.class);

    @Inject
    LeagueStore store;

    @Inject
    LeaguePublisher publisher;

    @Inject
    Clock clock;

    /** One record of the topic: a pick as it now stands, or a tombstone (null value) for a cleared pick. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onRecord(String key, String value) {
        if (value == null) {
            PickKey pick = PickKey.parse(key);
            cleared(pick.leagueId(), pick.season(), pick.overall());
        } else {
            picked(EventCodec.payload(EventCodec.decode(value), EventTypes.PICK_MADE));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void picked(PickMade pick) {
        Optional<LeagueRow> league = lockedLeague(pick.leagueId());
        if (league.isEmpty()) {
            return;
        }
        if (TeamRow.count("leagueId = ?1 and abbrev = ?2", pick.leagueId(), pick.owner()) == 0) {
            // Draft-service and the league office disagree about the teams; moving the player to a
            // roster nobody owns would hide him, so leave the rosters as they are and say so.
            LOG.warnf("Pick %d of league %s season %d is owned by %s, which is not a team of the league; rosters unchanged",
                    pick.overall(), pick.leagueId(), pick.season(), pick.owner());
            return;
        }
        Optional<AppliedPickRow> applied = AppliedPickRow.find(pick.leagueId(), pick.season(), pick.overall());
        Players players = new Players(pick.leagueId());
        if (players.row(pick.playerId()).isEmpty()) {
            LOG.warnf("Pick %d of league %s season %d is player %d (%s), whom the league office does not know; rosters unchanged",
                    pick.overall(), pick.leagueId(), pick.season(), pick.playerId(), pick.playerName());
        }
        DraftRosters.Outcome outcome = DraftRosters.pick(applied.map(AppliedPickRow::toApplied), pick.playerId(),
                pick.owner(), league.get().freeAgentTeam, players::roster);
        apply(outcome, players);
        remember(applied, outcome.applied(), pick.leagueId(), pick.season(), pick.overall());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cleared(String leagueId, int season, int overall) {
        Optional<LeagueRow> league = lockedLeague(leagueId);
        if (league.isEmpty()) {
            return;
        }
        Optional<AppliedPickRow> applied = AppliedPickRow.find(leagueId, season, overall);
        Players players = new Players(leagueId);
        DraftRosters.Outcome outcome = DraftRosters.cleared(applied.map(AppliedPickRow::toApplied),
                league.get().freeAgentTeam, players::roster);
        apply(outcome, players);
        remember(applied, Optional.empty(), leagueId, season, overall);
    }

    private Optional<LeagueRow> lockedLeague(String leagueId) {
        store.lock(leagueId);
        Optional<LeagueRow> league = LeagueRow.<LeagueRow>findByIdOptional(leagueId);
        if (league.isEmpty()) {
            LOG.warnf("A draft pick for league %s, which has not been imported; rosters unchanged", leagueId);
        }
        return league;
    }

    private void apply(DraftRosters.Outcome outcome, Players players) {
        for (DraftRosters.Move move : outcome.moves()) {
            PlayerRow row = players.row(move.playerId()).orElseThrow();
            row.team = move.to();
            publisher.player(PublishedState.player(row.leagueId, row.toPlayer()));
            LOG.infof("Draft: player %d (%s) moved from %s to %s", row.playerId, row.name, move.from(), move.to());
        }
    }

    private void remember(Optional<AppliedPickRow> before, Optional<AppliedPick> after, String leagueId, int season, int overall) {
        if (after.isEmpty()) {
            before.ifPresent(AppliedPickRow::delete);
            return;
        }
        AppliedPickRow row = before.orElseGet(AppliedPickRow::new);
        row.leagueId = leagueId;
        row.season = season;
        row.overall = overall;
        row.playerId = after.get().playerId();
        row.team = after.get().team();
        row.moved = after.get().moved();
        row.appliedAt = clock.instant();
        if (before.isEmpty()) {
            row.persist();
        }
    }

    /** The rows of the players a pick touches, looked up once each. */
    private static final class Players {
        private final String leagueId;
        private final Map<Integer, Optional<PlayerRow>> rows = new HashMap<>();

        Players(String leagueId) {
            this.leagueId = leagueId;
        }

        Optional<PlayerRow> row(int playerId) {
            return rows.computeIfAbsent(playerId, id -> PlayerRow.find(leagueId, id));
        }

        Optional<String> roster(int playerId) {
            return row(playerId).map(r -> r.team);
        }
    }

    /** {@code leagueId:season:overall} (see {@code Keys.pick}); league ids hold no colon. */
    record PickKey(String leagueId, int season, int overall) {
        static PickKey parse(String key) {
            String[] parts = key == null ? new String[0] : key.split(":");
            try {
                if (parts.length == 3) {
                    return new PickKey(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new EventParseException("draft.pick-made tombstone", "key " + key + " is not leagueId:season:overall", null);
        }
    }
}
