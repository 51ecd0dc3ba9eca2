package app.frontoffice.sim.sheets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * One non-empty cell. The value is a {@link String}, a {@link Double} or a {@link Boolean}, the three types
 * the Sheets API accepts; {@code formula} is the text the user entered when it started with {@code =}.
 *
 * <p>Empty cells are not stored at all, so "empty" is simply a missing {@code Cell}.
 */
public record Cell(Object value, String formula) {

    public Cell {
        if (!(value instanceof String || value instanceof Double || value instanceof Boolean)) {
            throw new IllegalArgumentException("unsupported cell value: " + value);
        }
    }

    public static Cell text(String s) {
        return new Cell(s, null);
    }

    public static Cell number(double d) {
        return new Cell(d, null);
    }

    /**
     * What {@code valueRenderOption=FORMATTED_VALUE} (the default) returns: always a string, numbers in the
     * sheet's "Automatic" format. That is why a sWAR written as the number 2.5 reads back as {@code "2.5"}
     * and 3.0 reads back as {@code "3"}.
     */
    public String formatted() {
        if (value instanceof Double d) {
            return formatNumber(d);
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        return (String) value;
    }

    /** What {@code UNFORMATTED_VALUE} returns: numbers and booleans as JSON numbers and booleans. */
    public Object unformatted() {
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return d.longValue(); // 3.0 is sent as 3, as Sheets does
        }
        return value;
    }

    /** What {@code FORMULA} returns: the formula text where there is one, else the unformatted value. */
    public Object formulaOrValue() {
        return formula != null ? formula : unformatted();
    }

    /**
     * Approximates Sheets' "Automatic" number format: up to 15 significant digits (so 0.1+0.2 shows as 0.3),
     * no trailing zeros, and scientific notation only for very large or very small magnitudes.
     */
    static String formatNumber(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return "#NUM!";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        BigDecimal rounded = new BigDecimal(d).round(new MathContext(15)).stripTrailingZeros();
        double abs = Math.abs(d);
        if (abs >= 1e15 || abs < 1e-9) {
            String s = String.format(Locale.ROOT, "%.5E", d);
            // 1.50000E+20 -> 1.5E+20, as Sheets prints it
            return s.replaceAll("\\.?0+E", "E");
        }
        return rounded.toPlainString();
    }
}
