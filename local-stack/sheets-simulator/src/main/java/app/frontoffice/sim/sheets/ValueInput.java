package app.frontoffice.sim.sheets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns JSON values from a request into cells, following {@code valueInputOption}.
 *
 * <ul>
 *   <li>{@code RAW}: stored exactly as sent; the string {@code "=1+1"} stays a string.</li>
 *   <li>{@code USER_ENTERED}: strings are parsed as if typed into the UI: numbers become numbers, TRUE/FALSE
 *       become booleans, a leading {@code '} forces text, and {@code =…} is a formula. The simulator evaluates
 *       only plain arithmetic formulas (see {@link Formula}); anything else shows {@code #NAME?}.</li>
 * </ul>
 */
public enum ValueInput {
    RAW,
    USER_ENTERED;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    /** Parses the query parameter; Sheets rejects a write without one, so null is an error too. */
    public static ValueInput fromParameter(String parameter) {
        if (parameter == null || parameter.isEmpty()) {
            throw new ApiException(400, "'valueInputOption' is required but not specified");
        }
        try {
            return valueOf(parameter.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "Invalid value at 'value_input_option' (type.googleapis.com/"
                    + "google.apps.sheets.v4.ValueInputOption), \"" + parameter + "\"");
        }
    }

    /**
     * Converts one JSON value. An empty result means "make the cell empty"; a JSON null is handled by the
     * caller because Sheets treats it as "leave this cell alone".
     */
    public Optional<Cell> toCell(JsonNode node) {
        if (node.isNumber()) {
            return Optional.of(Cell.number(node.doubleValue()));
        }
        if (node.isBoolean()) {
            return Optional.of(new Cell(node.booleanValue(), null));
        }
        String text = node.isTextual() ? node.textValue() : node.toString();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(this == RAW ? Cell.text(text) : parseUserEntered(text));
    }

    private static Cell parseUserEntered(String text) {
        if (text.startsWith("'")) {
            return Cell.text(text.substring(1));
        }
        if (text.startsWith("=") && text.length() > 1) {
            return new Cell(Formula.evaluate(text.substring(1)), text);
        }
        String trimmed = text.trim();
        if (NUMBER.matcher(trimmed).matches()) {
            return Cell.number(Double.parseDouble(trimmed));
        }
        if (trimmed.equalsIgnoreCase("TRUE") || trimmed.equalsIgnoreCase("FALSE")) {
            return new Cell(Boolean.parseBoolean(trimmed.toLowerCase(Locale.ROOT)), null);
        }
        return Cell.text(text);
    }
}
