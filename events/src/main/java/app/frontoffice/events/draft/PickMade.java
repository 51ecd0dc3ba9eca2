package app.frontoffice.events.draft;

import java.time.Instant;

/**
 * A pick as it now stands, on the compacted {@code draft.pick-made} topic (key
 * {@code leagueId:season:overall}, see {@link app.frontoffice.events.Keys#pick}). A cleared pick is a
 * tombstone. Produced by draft-service; read by the league office (rosters) and the sheets writer.
 *
 * @param originalOwner abbrev of the team whose slot the pick is in
 * @param owner         abbrev of the team that made the pick (differs after a trade)
 * @param auto          true when the clock's auto-draft made it
 */
public record PickMade(String leagueId,
                       int season,
                       int overall,
                       int round,
                       String originalOwner,
                       String owner,
                       int playerId,
                       String playerName,
                       double swar,
                       boolean auto,
                       Instant pickedAt) {
}
