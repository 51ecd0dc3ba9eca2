package app.frontoffice.draft.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Writes draft-service's copy of teams and players. Both the league import and the league office's
 * topics write here, possibly at the same moment, so every write is an upsert: whichever comes
 * second updates the row instead of failing on it.
 */
@ApplicationScoped
public class LeagueRows {

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void upsertTeam(String leagueId, String abbrev, String shortName, String longName, String colour,
                           String thumbnailUrl, Double swarCap, List<String> gmIds, String minorLeague, String injuredList) {
        em.createNativeQuery("""
                        insert into draft_team (league_id, abbrev, short_name, long_name, colour, thumbnail_url, swar_cap,
                                                gm_ids, minor_league, injured_list)
                        values (:l, :a, :s, :n, :c, :t, :cap, :gm, :mil, :il)
                        on conflict (league_id, abbrev) do update set short_name = excluded.short_name,
                            long_name = excluded.long_name, colour = excluded.colour, thumbnail_url = excluded.thumbnail_url,
                            swar_cap = excluded.swar_cap, gm_ids = excluded.gm_ids, minor_league = excluded.minor_league,
                            injured_list = excluded.injured_list""")
                .setParameter("l", leagueId).setParameter("a", abbrev).setParameter("s", shortName)
                .setParameter("n", longName).setParameter("c", colour).setParameter("t", thumbnailUrl)
                .setParameter("cap", swarCap).setParameter("gm", String.join(",", gmIds))
                .setParameter("mil", minorLeague).setParameter("il", injuredList)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void upsertPlayer(String leagueId, long playerId, String name, double swar, List<String> positions,
                             String imageUrl, String team) {
        em.createNativeQuery("""
                        insert into draft_player (league_id, player_id, name, swar, positions, image_url, team)
                        values (:l, :p, :n, :s, :pos, :img, :t)
                        on conflict (league_id, player_id) do update set name = excluded.name, swar = excluded.swar,
                            positions = excluded.positions, image_url = excluded.image_url, team = excluded.team""")
                .setParameter("l", leagueId).setParameter("p", playerId).setParameter("n", name)
                .setParameter("s", swar).setParameter("pos", String.join(",", positions))
                .setParameter("img", imageUrl).setParameter("t", team)
                .executeUpdate();
    }
}
