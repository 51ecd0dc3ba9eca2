package app.frontoffice.league.office.store;

import app.frontoffice.league.ScheduledGame;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One game of the current season's schedule. */
@Entity
@Table(name = "scheduled_game")
public class ScheduledGameRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduled_game_seq")
    @SequenceGenerator(name = "scheduled_game_seq", sequenceName = "scheduled_game_seq", allocationSize = 50)
    public Long id;

    @Column(name = "league_id", nullable = false)
    public String leagueId;

    @Column(nullable = false)
    public int week;

    @Column(nullable = false)
    public String away;

    @Column(nullable = false)
    public String home;

    @Column(nullable = false)
    public int game;

    @Column(nullable = false)
    public boolean completed;

    public ScheduledGame toGame() {
        return new ScheduledGame(week, away, home, game, completed);
    }

    public void set(String league, ScheduledGame g) {
        leagueId = league;
        week = g.week();
        away = g.away();
        home = g.home();
        game = g.game();
        completed = g.completed();
    }
}
