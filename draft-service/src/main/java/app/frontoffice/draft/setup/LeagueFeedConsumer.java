package app.frontoffice.draft.setup;

import app.frontoffice.draft.state.PlayerRow;
import app.frontoffice.draft.state.TeamRow;
import app.frontoffice.events.Envelope;
import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.league.PlayerState;
import app.frontoffice.events.league.TeamState;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps draft-service's own tables of teams and players in step with the league office's
 * compacted topics. Upserts are idempotent, so a redelivery changes nothing.
 */
@ApplicationScoped
public class LeagueFeedConsumer {

    @Incoming("draft-league-teams")
    @Blocking(ordered = true)
    @Transactional
    public void team(String record) {
        if (record == null) {
            return; // a removed team keeps its picks: the draft's history stays readable
        }
        Envelope envelope = EventCodec.decode(record);
        TeamState team = EventCodec.payload(envelope, EventTypes.TEAM_STATE);
        TeamRow row = TeamRow.find(team.leagueId(), team.abbrev()).orElseGet(TeamRow::new);
        row.leagueId = team.leagueId();
        row.abbrev = team.abbrev();
        row.shortName = team.shortName();
        row.longName = team.longName();
        row.colour = team.colour();
        row.thumbnailUrl = team.thumbnailUrl();
        row.swarCap = team.swarCap();
        row.gmIds = String.join(",", team.gmIds());
        if (team.affiliates() != null) {
            row.minorLeague = team.affiliates().minorLeague();
            row.injuredList = team.affiliates().injuredList();
        }
        row.persist();
    }

    @Incoming("draft-league-players")
    @Blocking(ordered = true)
    @Transactional
    public void player(String record) {
        if (record == null) {
            return;
        }
        Envelope envelope = EventCodec.decode(record);
        PlayerState player = EventCodec.payload(envelope, EventTypes.PLAYER_STATE);
        PlayerRow row = PlayerRow.find(player.leagueId(), player.id()).orElseGet(PlayerRow::new);
        row.leagueId = player.leagueId();
        row.playerId = player.id();
        row.name = player.name();
        row.swar = player.swar();
        row.positions = String.join(",", player.positions());
        row.imageUrl = player.imageUrl();
        row.team = player.team();
        row.persist();
    }
}
