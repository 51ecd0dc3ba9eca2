package app.frontoffice.draft.state;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.List;

/** One entry of a team's auto-draft queue. */
@Entity
@Table(name = "draft_list_entry")
@IdClass(DraftListEntryRow.Key.class)
public class DraftListEntryRow extends PanacheEntityBase {

    @Id
    @Column(name = "league_id")
    public String leagueId;

    @Id
    public int season;

    @Id
    public String team;

    @Id
    @Column(name = "player_id")
    public long playerId;

    @Column(nullable = false)
    public int rank;

    public static List<DraftListEntryRow> of(String leagueId, int season, String team) {
        return list("leagueId = ?1 and season = ?2 and team = ?3 order by rank", leagueId, season, team);
    }

    public static long clear(String leagueId, int season, String team) {
        return delete("leagueId = ?1 and season = ?2 and team = ?3", leagueId, season, team);
    }

    public record Key(String leagueId, int season, String team, long playerId) implements Serializable {
        public Key() {
            this(null, 0, null, 0L);
        }
    }
}
