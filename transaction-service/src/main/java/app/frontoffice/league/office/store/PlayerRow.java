package app.frontoffice.league.office.store;

import app.frontoffice.league.Player;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;

/** A player and the roster he is on ({@code team}). */
@Entity
@Table(name = "player")
public class PlayerRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "player_seq")
    @SequenceGenerator(name = "player_seq", sequenceName = "player_seq", allocationSize = 50)
    public Long id;

    @Column(name = "league_id", nullable = false)
    public String leagueId;

    @Column(name = "player_id", nullable = false)
    public int playerId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public double swar;

    @Convert(converter = CommaList.class)
    @Column(nullable = false)
    public List<String> positions = List.of();

    @Column(name = "image_url")
    public String imageUrl;

    @Column(nullable = false)
    public String team;

    public static List<PlayerRow> ofLeague(String leagueId) {
        return list("leagueId = ?1 order by playerId", leagueId);
    }

    public static Optional<PlayerRow> find(String leagueId, int playerId) {
        return find("leagueId = ?1 and playerId = ?2", leagueId, playerId).firstResultOptional();
    }

    public Player toPlayer() {
        return new Player(playerId, name, swar, positions, imageUrl, team);
    }

    public void set(String league, Player player) {
        leagueId = league;
        playerId = player.id();
        name = player.name();
        swar = player.swar();
        positions = player.positions();
        imageUrl = player.imageUrl();
        team = player.team();
    }
}
