package app.frontoffice.draft.board;

import app.frontoffice.draft.domain.DraftAdvance;
import app.frontoffice.draft.domain.DraftClock;
import app.frontoffice.draft.domain.PickView;
import app.frontoffice.draft.domain.PlayerView;
import app.frontoffice.draft.state.Draft;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.Keys;
import app.frontoffice.events.Topics;
import app.frontoffice.events.draft.PickMade;
import app.frontoffice.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Writes one pick, manual or automatic, as a single transaction: the pick row, the player's new
 * team, the draft moving on, and the {@code draft.pick-made} record. The pick row is only filled
 * if it is still empty, and the player can be on one pick only (unique constraint), so the same
 * pick or the same player can never be taken twice.
 */
@ApplicationScoped
public class PickRecorder {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Event<DraftChanged> changed;

    /** The pick row was filled by someone else first. */
    public static class PickAlreadyMade extends RuntimeException {
        public PickAlreadyMade(int overall) {
            super("pick #" + overall + " was just made");
        }
    }

    /**
     * Records {@code player} on {@code pick}; unless it is a make-up pick, moves the draft to the
     * next open pick (or completes it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(DraftBoard board, PickView pick, PlayerView player, boolean auto, boolean makeUp) {
        Instant now = clock.instant();
        int filled = em.createQuery("update PickRow p set p.playerId = :player, p.auto = :auto, p.pickedAt = :at "
                        + "where p.leagueId = :league and p.season = :season and p.overall = :overall and p.playerId is null")
                .setParameter("player", player.id()).setParameter("auto", auto).setParameter("at", now)
                .setParameter("league", board.leagueId()).setParameter("season", board.season())
                .setParameter("overall", pick.overall())
                .executeUpdate();
        if (filled != 1) {
            throw new PickAlreadyMade(pick.overall());
        }
        em.createQuery("update PlayerRow p set p.team = :team where p.leagueId = :league and p.playerId = :player")
                .setParameter("team", pick.owner().abbrev()).setParameter("league", board.leagueId())
                .setParameter("player", player.id())
                .executeUpdate();
        PickMade made = new PickMade(board.leagueId(), board.season(), pick.overall(), pick.round(),
                pick.originalOwner().abbrev(), pick.owner().abbrev(), Math.toIntExact(player.id()), player.name(), player.swar(), auto, now);
        outbox.add(Topics.DRAFT_PICK_MADE, Keys.pick(board.leagueId(), board.season(), pick.overall()),
                EventTypes.PICK_MADE, board.leagueId(), null, made);
        if (!makeUp) {
            advance(board, pick.overall(), now);
        }
    }

    /**
     * Empties a made pick: the player goes back to the free agents and the pick is removed from
     * {@code draft.pick-made} (a tombstone). The draft does not move: the pick becomes a skipped
     * pick its owner can make up.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clear(DraftBoard board, PickView pick) {
        em.createQuery("update PickRow p set p.playerId = null, p.auto = false, p.pickedAt = null "
                        + "where p.leagueId = :league and p.season = :season and p.overall = :overall")
                .setParameter("league", board.leagueId()).setParameter("season", board.season())
                .setParameter("overall", pick.overall())
                .executeUpdate();
        em.createQuery("update PlayerRow p set p.team = :fa where p.leagueId = :league and p.playerId = :player")
                .setParameter("fa", board.freeAgentTeam()).setParameter("league", board.leagueId())
                .setParameter("player", pick.player().id())
                .executeUpdate();
        outbox.addTombstone(Topics.DRAFT_PICK_MADE, Keys.pick(board.leagueId(), board.season(), pick.overall()));
    }

    /** Puts the next open pick after {@code from} on the clock; past the last pick the draft is complete. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(DraftBoard board, int from, Instant now) {
        Draft draft = board.draft();
        DraftAdvance.Result next = DraftAdvance.next(board.format(), from, overall -> overall == from || isTaken(board, overall));
        if (next instanceof DraftAdvance.OnClock onClock) {
            draft.currentOverall = onClock.overall();
            if (draft.timerEnabled && !draft.paused) {
                DraftClock.Setting setting = DraftClock.advanced(board.state(), now);
                draft.pickDeadline = setting.deadline();
                draft.clockStartedAt = setting.clockStartedAt();
            }
        } else {
            draft.currentOverall = board.format().totalPicks() + 1;
            draft.timerEnabled = false;
            draft.pickDeadline = null;
            draft.clockStartedAt = null;
        }
        draft.persist();
        changed.fire(new DraftChanged(board.leagueId()));
    }

    private static boolean isTaken(DraftBoard board, int overall) {
        return board.pick(overall).map(PickView::taken).orElse(false);
    }

    /** Fired inside a transaction that changed a draft's state; the clock re-plans once it commits. */
    public record DraftChanged(String leagueId) {
    }
}
