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

/** A team as draft-service knows it. */
@Entity
@Table(name = "draft_team")
@IdClass(TeamRow.Key.class)
public class TeamRow extends PanacheEntityBase {

    @Id
    @Column(name = "league_id")
    public String leagueId;

    @Id
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

    /** Comma-separated Discord user ids of the team's GMs. */
    @Column(name = "gm_ids", nullable = false)
    public String gmIds = "";

    @Column(name = "minor_league")
    public String minorLeague;

    @Column(name = "injured_list")
    public String injuredList;

    public List<String> gmIdList() {
        return gmIds.isBlank() ? List.of() : Arrays.asList(gmIds.split(","));
    }

    public static Optional<TeamRow> find(String leagueId, String abbrev) {
        return find("leagueId = ?1 and abbrev = ?2", leagueId, abbrev).firstResultOptional();
    }

    public static List<TeamRow> ofLeague(String leagueId) {
        return list("leagueId", leagueId);
    }

    /** The team this Discord user manages (GM or co-GM), if any. */
    public static Optional<TeamRow> managedBy(String leagueId, String userId) {
        return ofLeague(leagueId).stream().filter(t -> t.gmIdList().contains(userId)).findFirst();
    }

    public record Key(String leagueId, String abbrev) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
