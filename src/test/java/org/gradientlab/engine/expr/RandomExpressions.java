package org.gradientlab.engine.expr;

import java.util.Random;

/**
 * Seeded random f(w) texts, each a random derivation of the grammar of SPEC section 1, with
 * parentheses only where the derivation puts them, random white space and every number form,
 * so precedence and associativity get exercised rather than spelled out.
 */
final class RandomExpressions {

    private static final String[] FUNCTIONS = {"sin", "cos", "tan", "exp", "log", "sqrt", "abs", "tanh", "sigmoid"};
    private static final String[] NUMBERS = {"2", "3", "0.5", ".5", "1.5", "1e0", "2.5E-1", "3e+0", "0.25", "10e-1", "007"};
    private static final String[] SPACES = {"", "", "", "", " ", "  ", "\t"};

    private final Random random;
    private final int maxDepth;

    RandomExpressions(long seed, int maxDepth) {
        this.random = new Random(seed);
        this.maxDepth = maxDepth;
    }

    /** The next random text. */
    String next() {
        StringBuilder out = new StringBuilder();
        expr(out, maxDepth);
        return out.toString();
    }

    private void expr(StringBuilder out, int depth) {
        term(out, depth);
        int more = depth > 0 ? random.nextInt(3) : 0;
        for (int k = 0; k < more; k++) {
            token(out, random.nextBoolean() ? "+" : "-");
            term(out, depth - 1);
        }
    }

    private void term(StringBuilder out, int depth) {
        unary(out, depth);
        int more = depth > 0 ? random.nextInt(3) : 0;
        for (int k = 0; k < more; k++) {
            token(out, random.nextBoolean() ? "*" : "/");
            unary(out, depth - 1);
        }
    }

    private void unary(StringBuilder out, int depth) {
        int choice = random.nextInt(10);
        if (depth > 0 && choice == 0) {
            token(out, "-");
            unary(out, depth - 1);
        } else if (depth > 0 && choice == 1) {
            token(out, "+");
            unary(out, depth - 1);
        } else {
            power(out, depth);
        }
    }

    private void power(StringBuilder out, int depth) {
        atom(out, depth);
        if (depth > 0 && random.nextInt(4) == 0) {
            token(out, "^");
            unary(out, depth - 1);
        }
    }

    private void atom(StringBuilder out, int depth) {
        int choice = depth > 0 ? random.nextInt(10) : random.nextInt(6);
        switch (choice) {
            case 0, 1, 2 -> token(out, "w");
            case 3 -> token(out, NUMBERS[random.nextInt(NUMBERS.length)]);
            case 4 -> token(out, random.nextBoolean() ? "pi" : "e");
            case 5 -> token(out, "w");
            case 6, 7, 8 -> {
                token(out, FUNCTIONS[random.nextInt(FUNCTIONS.length)]);
                token(out, "(");
                expr(out, depth - 1);
                token(out, ")");
            }
            default -> {
                token(out, "(");
                expr(out, depth - 1);
                token(out, ")");
            }
        }
    }

    private void token(StringBuilder out, String token) {
        out.append(SPACES[random.nextInt(SPACES.length)]).append(token);
    }
}
