package app.frontoffice.league.office.store;

import app.frontoffice.league.Affiliates;
import app.frontoffice.league.Team;
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

/** A major-league team; its own sWAR cap is null when the league default applies. */
@Entity
@Table(name = "team")
public class TeamRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    public Long id;

    @Column(name = "league_id", nullable = false)
    public String leagueId;

    @Column(nullable = false)
    public String abbrev;

    @Column(name = "short_name", nullable = false)
    public String shortName;

    @Column(name = "long_name", nullable = false)
    public String longName;

    public String colour;

    @Column(name = "thumbnail_url")
    public String thumbnailUrl;

    @Column(name = "swar_cap")
    public Double swarCap;

    @Convert(converter = CommaList.class)
    @Column(name = "gm_ids", nullable = false)
    public List<String> gmIds = List.of();

    @Column(name = "minor_league", nullable = false)
    public String minorLeague;

    @Column(name = "injured_list", nullable = false)
    public String injuredList;

    public static List<TeamRow> ofLeague(String leagueId) {
        return list("leagueId = ?1 order by abbrev", leagueId);
    }

    public Team toTeam() {
        return new Team(abbrev, shortName, longName, colour, thumbnailUrl, swarCap, gmIds,
                new Affiliates(minorLeague, injuredList));
    }

    public void set(String league, Team team) {
        leagueId = league;
        abbrev = team.abbrev();
        shortName = team.shortName();
        longName = team.longName();
        colour = team.colour();
        thumbnailUrl = team.thumbnailUrl();
        swarCap = team.swarCap();
        gmIds = team.gmIds();
        minorLeague = team.affiliates().minorLeague();
        injuredList = team.affiliates().injuredList();
    }
}
