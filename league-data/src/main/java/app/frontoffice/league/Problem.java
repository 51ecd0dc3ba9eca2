package app.frontoffice.league;

/**
 * One thing wrong with a league file.
 *
 * @param path    where, as a JSON path such as {@code players[41].team}; {@code $} is the whole document
 * @param message what, e.g. {@code unknown team "XYZ"}
 */
public record Problem(String path, String message) {

    public static final String DOCUMENT = "$";

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
