/**
 * The league office: seasons and weeks, teams, players and their rosters, standings and schedule.
 *
 * <p>This package is plain Java (what an import changes, how a draft pick moves a roster); the
 * subpackages are the adapters: {@code store} (PostgreSQL), {@code api} (admin import and read-only
 * REST), {@code draft} (the {@code draft.pick-made} consumer), and {@link app.frontoffice.league.office.LeaguePublisher}
 * writes what changed to the outbox. The classes live below {@code app.frontoffice.league}, whose own
 * package belongs to the league-data module (the file model), hence the {@code office} name.
 */
package app.frontoffice.league.office;
