package app.frontoffice.league.office.store;

import app.frontoffice.league.League;
import app.frontoffice.league.RosterLimits;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A league's settings and calendar (season, week, freeze). */
@Entity
@Table(name = "league")
public class LeagueRow extends PanacheEntityBase {

    @Id
    @Column(name = "league_id")
    public String leagueId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public int season;

    @Column(nullable = false)
    public int week;

    @Column(name = "frozen", nullable = false)
    public boolean freeze;

    @Column(nullable = false)
    public String timezone;

    @Column(name = "free_agent_team", nullable = false)
    public String freeAgentTeam;

    @Column(name = "roster_major", nullable = false)
    public int rosterMajor;

    @Column(name = "roster_minor", nullable = false)
    public int rosterMinor;

    @Column(name = "roster_minor_week15", nullable = false)
    public int rosterMinorWeek15;

    @Column(name = "roster_offseason", nullable = false)
    public int rosterOffseason;

    @Column(name = "default_swar_cap", nullable = false)
    public double defaultSwarCap;

    @Column(name = "admin_role_name")
    public String adminRoleName;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public League toLeague() {
        return new League(leagueId, name, season, week, freeze, timezone, freeAgentTeam,
                new RosterLimits(rosterMajor, rosterMinor, rosterMinorWeek15, rosterOffseason),
                defaultSwarCap, adminRoleName);
    }

    public void set(League league, Instant now) {
        leagueId = league.id();
        name = league.name();
        season = league.currentSeason();
        week = league.week();
        freeze = league.freeze();
        timezone = league.timezone();
        freeAgentTeam = league.freeAgentTeam();
        RosterLimits limits = league.rosterLimits() == null ? RosterLimits.DEFAULT : league.rosterLimits();
        rosterMajor = limits.majorLeague();
        rosterMinor = limits.minorLeague();
        rosterMinorWeek15 = limits.minorLeagueFromWeek15();
        rosterOffseason = limits.offseason();
        defaultSwarCap = league.defaultSwarCap();
        adminRoleName = league.adminRoleName();
        updatedAt = now;
    }
}
