package app.frontoffice.league.office.store;

import app.frontoffice.league.Standing;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One row of the standings table as it stands (in the offseason: last season's final table). */
@Entity
@Table(name = "standing")
public class StandingRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "standing_seq")
    @SequenceGenerator(name = "standing_seq", sequenceName = "standing_seq", allocationSize = 50)
    public Long id;

    @Column(name = "league_id", nullable = false)
    public String leagueId;

    @Column(nullable = false)
    public String team;

    @Column(nullable = false)
    public int wins;

    @Column(nullable = false)
    public int losses;

    public Standing toStanding() {
        return new Standing(team, wins, losses);
    }

    public void set(String league, Standing standing) {
        leagueId = league;
        team = standing.team();
        wins = standing.wins();
        losses = standing.losses();
    }
}
