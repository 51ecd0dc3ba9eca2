package app.frontoffice.draft.state;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A player as draft-service knows it; {@code team} moves in the pick's own transaction. */
@Entity
@Table(name = "draft_player")
@IdClass(PlayerRow.Key.class)
public class PlayerRow extends PanacheEntityBase {

    @Id
    @Column(name = "league_id")
    public String leagueId;

    @Id
    @Column(name = "player_id")
    public long playerId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public double swar;

    /** Comma-separated, primary position first. */
    @Column(nullable = false)
    public String positions = "";

    @Column(name = "image_url")
    public String imageUrl;

    @Column(nullable = false)
    public String team;

    public List<String> positionList() {
        return positions.isBlank() ? List.of() : Arrays.asList(positions.split(","));
    }

    public static Optional<PlayerRow> find(String leagueId, long playerId) {
        return find("leagueId = ?1 and playerId = ?2", leagueId, playerId).firstResultOptional();
    }

    public static List<PlayerRow> ofLeague(String leagueId) {
        return list("leagueId", leagueId);
    }

    public static List<PlayerRow> onTeams(String leagueId, List<String> teams) {
        return list("leagueId = ?1 and team in ?2", leagueId, teams);
    }

    public record Key(String leagueId, long playerId) implements Serializable {
        public Key() {
            this(null, 0L);
        }
    }
}
