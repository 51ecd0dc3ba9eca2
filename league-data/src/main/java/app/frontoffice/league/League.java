package app.frontoffice.league;

/**
 * League-wide settings.
 *
 * @param id             the Discord guild id (a snowflake, as a string)
 * @param week           the current week; {@code <= 0} is the offseason / draft period
 * @param timezone       IANA zone the league's weekly jobs and deadlines are shown in
 * @param freeAgentTeam  abbreviation of the implicit free-agent pseudo-team (it is not listed in {@code teams})
 * @param defaultSwarCap sWAR cap of a team that sets none
 * @param adminRoleName  Discord role of the league's administrators; null when only the Administrator permission counts
 */
public record League(String id,
                     String name,
                     int currentSeason,
                     int week,
                     boolean freeze,
                     String timezone,
                     String freeAgentTeam,
                     RosterLimits rosterLimits,
                     double defaultSwarCap,
                     String adminRoleName) {

    /** True in the offseason, which is also when the draft runs. */
    public boolean offseason() {
        return week <= 0;
    }
}
