/**
 * The league data file: one JSON document that seeds the league office and the draft.
 *
 * <p>{@link app.frontoffice.league.LeagueFiles} reads and writes it, reporting every problem with a
 * JSON path; {@link app.frontoffice.league.DemoLeagueGenerator} makes the demo league and
 * {@link app.frontoffice.league.GuildSeeds} turns a league into the Discord simulator's guild seed.
 * The format is described by {@code league-file.schema.json} on the classpath.
 */
package app.frontoffice.league;
