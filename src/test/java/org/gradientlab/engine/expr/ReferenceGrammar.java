package org.gradientlab.engine.expr;

import org.gradientlab.engine.Exp;

/**
 * A test oracle written straight from the grammar of SPEC section 1, one method per rule, that
 * evaluates f(w) as it reads (value only, no derivative). It shares no code with the engine but
 * the exponential ({@link Exp}, checked on its own by ExpTest), so agreeing with it checks the
 * engine's precedence and associativity. It also records how close
 * the evaluation came to a point where f is not smooth (a zero under log, sqrt, abs or a
 * division, a pole of tan, a zero base of a fractional power) and how large the intermediate
 * results grew, so derivative checks can skip points where f is not smooth or overflows inside.
 * Recursive, so only for inputs of modest nesting.
 */
final class ReferenceGrammar {

    /** Thrown for text the grammar does not derive. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(String why, int index) {
            super(why + " at index " + index);
        }
    }

    /**
     * f(w), the smallest distance from a non-smooth point seen on the way, and the largest
     * magnitude of any intermediate result (infinite when one overflowed).
     */
    record Result(double value, double nearestSingularity, double largestIntermediate) {
    }

    private final String text;
    private final double w;
    private int index;
    private double nearest = Double.POSITIVE_INFINITY;
    private double largest;

    private ReferenceGrammar(String text, double w) {
        this.text = text;
        this.w = w;
    }

    /** Evaluates the text at w, or throws {@link Rejected} when the grammar does not derive it. */
    static Result evaluate(String text, double w) {
        ReferenceGrammar grammar = new ReferenceGrammar(text, w);
        double value = grammar.expr();
        grammar.skipSpace();
        if (grammar.index != text.length()) {
            throw new Rejected("trailing text", grammar.index);
        }
        return new Result(value, grammar.nearest, grammar.largest);
    }

    /** Whether the grammar derives the text. */
    static boolean accepts(String text) {
        try {
            evaluate(text, 0.5);
            return true;
        } catch (Rejected rejected) {
            return false;
        }
    }

    // expr := term (('+' | '-') term)*
    private double expr() {
        double sum = term();
        while (true) {
            if (eat('+')) {
                sum = seen(sum + term());
            } else if (eat('-')) {
                sum = seen(sum - term());
            } else {
                return sum;
            }
        }
    }

    // term := unary (('*' | '/') unary)*
    private double term() {
        double product = unary();
        while (true) {
            if (eat('*')) {
                product = seen(product * unary());
            } else if (eat('/')) {
                double divisor = unary();
                near(Math.abs(divisor));
                product = seen(product / divisor);
            } else {
                return product;
            }
        }
    }

    // unary := '-' unary | '+' unary | power
    private double unary() {
        if (eat('-')) {
            return seen(-unary());
        }
        if (eat('+')) {
            return unary();
        }
        return power();
    }

    // power := atom ('^' unary)?
    private double power() {
        double base = atom();
        if (!eat('^')) {
            return base;
        }
        double exponent = unary();
        // a whole exponent of moderate size: in practice a constant one, since a varying exponent is whole only at isolated w
        boolean whole = exponent == Math.rint(exponent) && Math.abs(exponent) < 1e6;
        if (base < 0 && !whole) {
            near(0);  // a negative base to a varying power is not a real function of w
        }
        if (!whole || exponent < 0) {
            near(Math.abs(base));
        }
        return seen(Math.pow(base, exponent));
    }

    // atom := number | 'w' | 'pi' | 'e' | name '(' expr ')' | '(' expr ')'
    private double atom() {
        skipSpace();
        if (eat('(')) {
            double inner = expr();
            expect(')');
            return inner;
        }
        char c = peek();
        if ((c >= '0' && c <= '9') || c == '.') {
            return number();
        }
        int start = index;
        while (Character.isLetterOrDigit(peek()) || (index > start && peek() == '_')) {
            index++;
        }
        String name = text.substring(start, index);
        switch (name) {
            case "w":
                return w;
            case "pi":
                return Math.PI;
            case "e":
                return Math.E;
            default:
                expect('(');
                double u = expr();
                expect(')');
                return seen(function(name, u, start));
        }
    }

    private double function(String name, double u, int start) {
        switch (name) {
            case "sin": return Math.sin(u);
            case "cos": return Math.cos(u);
            case "tan": near(Math.abs(Math.cos(u))); return Math.tan(u);
            case "exp": return Exp.exp(u);
            case "log": near(Math.abs(u)); return Math.log(u);
            case "sqrt": near(Math.abs(u)); return Math.sqrt(u);
            case "abs": near(Math.abs(u)); return Math.abs(u);
            case "tanh": return Math.tanh(u);
            case "sigmoid": return 1 / (1 + Exp.exp(-u));
            default: throw new Rejected("no function '" + name + "'", start);
        }
    }

    // number := digits ['.' digits] [('e'|'E') ['+'|'-'] digits], also '.' digits
    private double number() {
        int start = index;
        digits(peek() != '.');
        if (eat0('.')) {
            digits(true);
        }
        int beforeExponent = index;
        if (eat0('e') || eat0('E')) {
            if (!eat0('+')) {
                eat0('-');
            }
            if (isDigit(peek())) {
                digits(true);
            } else {
                index = beforeExponent;  // not an exponent: 'e' is left for whatever follows
            }
        }
        double value = Double.parseDouble(text.substring(start, index));
        if (Double.isInfinite(value)) {
            throw new Rejected("number too large", start);
        }
        return value;
    }

    private void digits(boolean required) {
        if (required && !isDigit(peek())) {
            throw new Rejected("digit expected", index);
        }
        while (isDigit(peek())) {
            index++;
        }
    }

    /** Notes an intermediate result and returns it. */
    private double seen(double intermediate) {
        largest = Math.max(largest, Double.isNaN(intermediate) ? Double.POSITIVE_INFINITY : Math.abs(intermediate));
        return intermediate;
    }

    private void near(double distance) {
        nearest = Math.min(nearest, distance);
    }

    private void expect(char c) {
        if (!eat(c)) {
            throw new Rejected("'" + c + "' expected", index);
        }
    }

    /** Skips space, then reads c if it is next. */
    private boolean eat(char c) {
        skipSpace();
        return eat0(c);
    }

    /** Reads c if it is the very next character (no space skipped: inside a number). */
    private boolean eat0(char c) {
        if (peek() == c) {
            index++;
            return true;
        }
        return false;
    }

    private char peek() {
        return index < text.length() ? text.charAt(index) : '\0';
    }

    private void skipSpace() {
        while (index < text.length()
                && (Character.isWhitespace(text.charAt(index)) || Character.isSpaceChar(text.charAt(index)))) {
            index++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
