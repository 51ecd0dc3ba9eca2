package app.frontoffice.draft.state;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/** The draft of one league and season: where it stands and how its clock is set. */
@Entity
@Table(name = "draft")
public class Draft extends PanacheEntityBase {

    @EmbeddedId
    public DraftId id;

    @Column(name = "current_overall", nullable = false)
    public int currentOverall = 1;

    @Column(name = "timer_enabled", nullable = false)
    public boolean timerEnabled;

    @Column(nullable = false)
    public boolean paused;

    @Column(name = "pick_deadline")
    public Instant pickDeadline;

    @Column(name = "pick_seconds", nullable = false)
    public int pickSeconds = 120;

    @Column(name = "ping_channel")
    public String pingChannel;

    @Column(name = "result_channel")
    public String resultChannel;

    @Column(nullable = false)
    public int rounds = 32;

    @Column(name = "teams_per_round", nullable = false)
    public int teamsPerRound = 16;

    @Column(name = "linear_rounds", nullable = false)
    public int linearRounds = 10;

    @Column(name = "free_agent_team", nullable = false)
    public String freeAgentTeam = "FA";

    @Column(name = "default_swar_cap", nullable = false)
    public double defaultSwarCap = 32.0;

    @Column(name = "clock_started_at")
    public Instant clockStartedAt;

    @Column(name = "sheet_key")
    public String sheetKey;

    /** Checked on every update: two writers racing cannot both move the draft on. */
    @Version
    public long version;

    public String leagueId() {
        return id.leagueId;
    }

    public int season() {
        return id.season;
    }

    /** The league's current draft: the one of its latest season. */
    public static Optional<Draft> currentFor(String leagueId) {
        return find("id.leagueId = ?1 order by id.season desc", leagueId).firstResultOptional();
    }
}
