package app.frontoffice.league;

/** Pick number {@code overall} belongs to {@code owner} instead of the team whose slot it is in. */
public record TradedPick(int overall, String owner) {
}
