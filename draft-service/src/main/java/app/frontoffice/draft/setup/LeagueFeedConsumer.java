package app.frontoffice.draft.setup;

import app.frontoffice.events.Envelope;
import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.league.PlayerState;
import app.frontoffice.events.league.TeamState;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps draft-service's own tables of teams and players in step with the league office's
 * compacted topics. Upserts are idempotent, so a redelivery changes nothing.
 */
@ApplicationScoped
public class LeagueFeedConsumer {

    @Inject
    LeagueRows rows;

    @Incoming("draft-league-teams")
    @Blocking(ordered = true)
    @Transactional
    public void team(String record) {
        if (record == null) {
            return; // a removed team keeps its picks: the draft's history stays readable
        }
        Envelope envelope = EventCodec.decode(record);
        TeamState team = EventCodec.payload(envelope, EventTypes.TEAM_STATE);
        rows.upsertTeam(team.leagueId(), team.abbrev(), team.shortName(), team.longName(), team.colour(),
                team.thumbnailUrl(), team.swarCap(), team.gmIds(),
                team.affiliates() == null ? null : team.affiliates().minorLeague(),
                team.affiliates() == null ? null : team.affiliates().injuredList());
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
        rows.upsertPlayer(player.leagueId(), player.id(), player.name(), player.swar(), player.positions(),
                player.imageUrl(), player.team());
    }
}
