package app.frontoffice.draft.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting that matches the reference's Python {@code f"{x:.2f}"}. */
final class Numbers {

    private Numbers() {
    }

    /**
     * Two decimals, rounded the way Python rounds: from the double's exact binary value, ties to
     * even. {@code String.format("%.2f")} rounds 2.675 up to 2.68 where Python (and the sheet the
     * league compares against) shows 2.67.
     */
    static String twoDp(double value) {
        BigDecimal rounded = new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN);
        if (rounded.signum() == 0) {
            // "-0.00" for a tiny negative cap space reads as a bug; show zero.
            return "0.00";
        }
        return rounded.toPlainString();
    }
}
