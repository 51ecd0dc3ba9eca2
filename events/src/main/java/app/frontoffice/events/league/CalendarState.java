package app.frontoffice.events.league;

/**
 * Where a league is in its year, published on {@code league.calendar} (key {@code leagueId}) whenever
 * it changes. The latest record of a league is its current calendar.
 *
 * @param week     the current week; {@code <= 0} is the offseason, when the draft runs
 * @param freeze   true while transactions are frozen for the week
 * @param timezone IANA zone the league's weekly jobs and deadlines are shown in
 */
public record CalendarState(String leagueId, int season, int week, boolean freeze, String timezone) {
}
