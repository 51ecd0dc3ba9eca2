package app.frontoffice.league.office;

/**
 * The answer to an import: the league as it now stands and what the import changed.
 *
 * @param teams     how many teams the league now has
 * @param players   how many players it now has
 * @param published how many records the import queued for Kafka (0 when nothing changed)
 */
public record ImportSummary(String leagueId, String name, int teams, int players, ImportDiff.Changes changed,
                           int published) {
}
