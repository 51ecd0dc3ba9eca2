package app.frontoffice.sim.sheets;

/**
 * A deliberately tiny formula evaluator: numbers, {@code + - * / ^}, unary minus and parentheses.
 *
 * <p>That covers the formulas our services might plausibly write (e.g. {@code =1+1}) without pretending to
 * be a spreadsheet engine. Cell references and functions are not evaluated: they yield {@code "#NAME?"}, as
 * Sheets shows for names it does not know, so a test that depends on them fails visibly.
 */
final class Formula {

    private final String src;
    private int pos;

    private Formula(String src) {
        this.src = src;
    }

    /** Returns a Double on success, or the error text Sheets would display. */
    static Object evaluate(String expression) {
        Formula f = new Formula(expression);
        try {
            double v = f.sum();
            f.skipSpaces();
            if (f.pos != f.src.length()) {
                return "#NAME?";
            }
            return Double.isFinite(v) ? v : "#DIV/0!";
        } catch (IllegalStateException e) {
            return "#NAME?";
        }
    }

    private double sum() {
        double v = product();
        while (true) {
            if (eat('+')) {
                v += product();
            } else if (eat('-')) {
                v -= product();
            } else {
                return v;
            }
        }
    }

    private double product() {
        double v = power();
        while (true) {
            if (eat('*')) {
                v *= power();
            } else if (eat('/')) {
                v /= power();
            } else {
                return v;
            }
        }
    }

    private double power() {
        double base = unary();
        return eat('^') ? Math.pow(base, power()) : base;
    }

    private double unary() {
        if (eat('-')) {
            return -unary();
        }
        if (eat('+')) {
            return unary();
        }
        if (eat('(')) {
            double v = sum();
            if (!eat(')')) {
                throw new IllegalStateException("missing )");
            }
            return v;
        }
        skipSpaces();
        int start = pos;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalStateException("number expected at " + pos);
        }
        try {
            return Double.parseDouble(src.substring(start, pos));
        } catch (NumberFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean eat(char c) {
        skipSpaces();
        if (pos < src.length() && src.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpaces() {
        while (pos < src.length() && src.charAt(pos) == ' ') {
            pos++;
        }
    }
}
