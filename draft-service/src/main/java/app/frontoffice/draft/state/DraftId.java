package app.frontoffice.draft.state;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class DraftId implements Serializable {

    @Column(name = "league_id", nullable = false)
    public String leagueId;

    @Column(nullable = false)
    public int season;

    public DraftId() {
    }

    public DraftId(String leagueId, int season) {
        this.leagueId = leagueId;
        this.season = season;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DraftId other && other.season == season && Objects.equals(other.leagueId, leagueId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(leagueId, season);
    }
}
