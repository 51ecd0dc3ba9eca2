package app.frontoffice.league;

/**
 * One game of the schedule.
 *
 * @param week      the week it belongs to, from 1
 * @param game      its number within that week's series between the two teams, from 1
 */
public record ScheduledGame(int week, String away, String home, int game, boolean completed) {
}
