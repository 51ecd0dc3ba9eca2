package app.frontoffice.league;

/** One row of the standings table. */
public record Standing(String team, int wins, int losses) {
}
