package app.frontoffice.league;

/**
 * The rosters a team owns besides its major-league one. Players reference them by abbreviation,
 * e.g. {@code "BCBMiL"}; the spelling follows the league's real data ({@code MiL}, not {@code MIL}).
 */
public record Affiliates(String minorLeague, String injuredList) {

    public static Affiliates derivedFrom(String abbrev) {
        return new Affiliates(abbrev + "MiL", abbrev + "IL");
    }
}
