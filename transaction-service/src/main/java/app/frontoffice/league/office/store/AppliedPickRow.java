package app.frontoffice.league.office.store;

import app.frontoffice.league.office.DraftRosters.AppliedPick;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** What the league office did for one draft pick, so that clearing the pick can undo it. */
@Entity
@Table(name = "applied_pick")
public class AppliedPickRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "applied_pick_seq")
    @SequenceGenerator(name = "applied_pick_seq", sequenceName = "applied_pick_seq", allocationSize = 50)
    public Long id;

    @Column(name = "league_id", nullable = false)
    public String leagueId;

    @Column(nullable = false)
    public int season;

    @Column(nullable = false)
    public int overall;

    @Column(name = "player_id", nullable = false)
    public int playerId;

    @Column(nullable = false)
    public String team;

    @Column(nullable = false)
    public boolean moved;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;

    public static Optional<AppliedPickRow> find(String leagueId, int season, int overall) {
        return find("leagueId = ?1 and season = ?2 and overall = ?3", leagueId, season, overall).firstResultOptional();
    }

    public AppliedPick toApplied() {
        return new AppliedPick(playerId, team, moved);
    }
}
