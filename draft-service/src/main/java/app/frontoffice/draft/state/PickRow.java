package app.frontoffice.draft.state;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One pick of a season: who owns it and, once made, who was taken. */
@Entity
@Table(name = "draft_pick")
@IdClass(PickRow.Key.class)
public class PickRow extends PanacheEntityBase {

    @Id
    @Column(name = "league_id")
    public String leagueId;

    @Id
    public int season;

    @Id
    public int overall;

    @Column(nullable = false)
    public int round;

    @Column(name = "original_owner", nullable = false)
    public String originalOwner;

    @Column(nullable = false)
    public String owner;

    @Column(name = "player_id")
    public Long playerId;

    @Column(nullable = false)
    public boolean auto;

    @Column(name = "picked_at")
    public Instant pickedAt;

    public static List<PickRow> ofSeason(String leagueId, int season) {
        return list("leagueId = ?1 and season = ?2 order by overall", leagueId, season);
    }

    public record Key(String leagueId, int season, int overall) implements Serializable {
        public Key() {
            this(null, 0, 0);
        }
    }
}
