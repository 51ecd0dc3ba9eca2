package app.frontoffice.draft.domain;

/**
 * The outcome of the draft cap rule.
 *
 * @param projectedTotal sum of the counted (cheapest) sWAR values including the candidate
 * @param cap            the team's own cap, or the league default
 */
public record CapCheck(boolean valid, double projectedTotal, double cap) {
}
