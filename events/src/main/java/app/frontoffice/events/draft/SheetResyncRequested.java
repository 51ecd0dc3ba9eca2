package app.frontoffice.events.draft;

import app.frontoffice.events.discord.InteractionRef;

/**
 * An admin asked for a season's draft sheet to be rebuilt ({@code /draft-admin resync-sheet}). On
 * {@code draft.sheet-requests}, key {@code leagueId}. draft-service checks the admin before publishing;
 * sheets-writer replays {@code draft.pick-made} for the league and season, rewrites the sheet and answers
 * {@code replyTo} through {@code discord.actions}.
 *
 * @param replyTo the deferred interaction to answer; null when nobody waits for an answer
 */
public record SheetResyncRequested(String leagueId, int season, InteractionRef replyTo) {
}
