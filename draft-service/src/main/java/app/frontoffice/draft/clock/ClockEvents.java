package app.frontoffice.draft.clock;

import app.frontoffice.draft.board.DraftBoard;
import app.frontoffice.draft.board.DraftBoards;
import app.frontoffice.draft.board.DraftNotices;
import app.frontoffice.draft.board.PickRecorder;
import app.frontoffice.draft.domain.AutoDraftPicker;
import app.frontoffice.draft.domain.AutoPick;
import app.frontoffice.draft.domain.ClockPlan;
import app.frontoffice.draft.domain.DraftList;
import app.frontoffice.draft.domain.DraftMessages;
import app.frontoffice.draft.domain.PickView;
import app.frontoffice.draft.domain.PlayerView;
import app.frontoffice.draft.state.DraftListEntryRow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What happens when a clock instant arrives: a warning, or the deadline with its auto-draft. Each
 * runs in its own transaction under the draft's row lock, re-checks that the pick and deadline it
 * was planned for are still current, and records itself in {@code draft_clock_notice} first, so a
 * notice is never sent twice, whoever fires it and however often.
 */
@ApplicationScoped
public class ClockEvents {

    @Inject
    DraftBoards boards;

    @Inject
    DraftNotices notices;

    @Inject
    PickRecorder recorder;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** @return false if the event came too early and must be planned again */
    public boolean fire(PlannedEvent event) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Optional<DraftBoard> loaded = boards.current(event.leagueId(), true);
            if (loaded.isEmpty() || !event.stillCurrent(loaded.get())) {
                return true; // the draft moved on: nothing to do
            }
            Instant now = clock.instant();
            if (now.isBefore(event.at())) {
                return false;
            }
            if (!claim(event, now)) {
                return true; // already done, by us before a restart or by another replica
            }
            DraftBoard board = loaded.get();
            PickView pick = board.current().orElseThrow();
            DraftMessages messages = notices.messages(board);
            if (event.kind() == ClockPlan.Kind.EXPIRY) {
                expire(board, pick, messages, now);
            } else {
                notices.toPingChannel(board, messages.timeWarning(pick.owner(), pick.overall(), event.kind()));
            }
            return true;
        });
    }

    private boolean claim(PlannedEvent event, Instant now) {
        return em.createNativeQuery("insert into draft_clock_notice (league_id, season, overall, deadline, kind, sent_at) "
                        + "values (:l, :s, :o, :d, :k, :t) on conflict do nothing")
                .setParameter("l", event.leagueId()).setParameter("s", event.season())
                .setParameter("o", event.overall()).setParameter("d", event.deadline())
                .setParameter("k", event.kind().name()).setParameter("t", now)
                .executeUpdate() == 1;
    }

    /** Time is up: draft from the team's list, or skip the pick, and put the next team on the clock. */
    private void expire(DraftBoard board, PickView pick, DraftMessages messages, Instant now) {
        if (pick.taken()) {
            recorder.advance(board, pick.overall(), now);
            notices.announceCurrent(boards.reload(board));
            return;
        }
        DraftList list = DraftList.of(DraftListEntryRow.of(board.leagueId(), board.season(), pick.owner().abbrev())
                .stream().map(r -> r.playerId).toList());
        Set<Long> drafted = board.picks().stream().filter(PickView::taken).map(p -> p.player().id()).collect(Collectors.toSet());
        AutoPick outcome = new AutoDraftPicker(board.capRule(), board.freeAgentTeam())
                .choose(pick.owner(), list, board.players(), drafted, board.activeRosterSwar(pick.owner()));
        if (outcome instanceof AutoPick.Chosen chosen) {
            PlayerView player = chosen.player();
            recorder.record(board, pick, player, true, false);
            notices.toPingChannel(board, messages.autoDraftAnnouncement(pick.owner(), player, pick.overall()));
            notices.toResultChannel(board, messages.draftCard(pick.owner(), player, pick.overall(), DraftMessages.AUTO_DRAFT_FOOTER));
        } else {
            // The pick stays open: the team can make it up later with /draft.
            notices.toPingChannel(board, messages.skipped(pick.owner(), outcome));
            recorder.advance(board, pick.overall(), now);
        }
        notices.announceCurrent(boards.reload(board));
    }
}
