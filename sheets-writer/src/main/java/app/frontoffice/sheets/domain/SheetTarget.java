package app.frontoffice.sheets.domain;

/** One league's season: the unit that has one draft sheet, one ping channel and one failure incident. */
public record SheetTarget(String leagueId, int season) {

    @Override
    public String toString() {
        return leagueId + " season " + season;
    }
}
