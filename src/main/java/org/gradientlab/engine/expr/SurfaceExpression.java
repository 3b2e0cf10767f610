package org.gradientlab.engine.expr;

import java.util.Objects;
import org.gradientlab.engine.TwoVariableFunction;

/**
 * A parsed f(w1, w2) of SPEC section 6: the grammar of section 1 with the variables w1 and w2
 * ({@code x} and {@code y} accepted for them; {@code w} alone is an unknown name). Immutable and
 * thread-safe; {@link #evaluator()} gives both partials exactly, by forward-mode automatic
 * differentiation, one pass per partial.
 */
public final class SurfaceExpression {

    private final String source;
    private final Program program;

    private SurfaceExpression(String source, Program program) {
        this.source = source;
        this.program = program;
    }

    /**
     * Parses a typed f(w1, w2); bad input is answered as for {@link Expression#parse}, with the problem
     * and its 1-based column, for example {@code unknown name 'w' at column 1}.
     *
     * @throws ExpressionException if the text is not an f(w1, w2); no other exception for non-null text
     */
    public static SurfaceExpression parse(String source) throws ExpressionException {
        Objects.requireNonNull(source, "source");
        return new SurfaceExpression(source, Parser.parseTwoVariables(source, true));
    }

    /** The text as typed. */
    public String source() {
        return source;
    }

    /** Whether w1 (or x) appears in the text. */
    public boolean dependsOnW1() {
        return program.usesW;
    }

    /** Whether w2 (or y) appears in the text. */
    public boolean dependsOnW2() {
        return program.usesW2;
    }

    /** f(w1, w2). Thread-safe; allocates, so use {@link #evaluator()} in loops. */
    public double value(double w1, double w2) {
        TwoVariableFunction function = evaluator();
        function.evaluate(w1, w2);
        return function.value();
    }

    /** A new allocation-free evaluator of f and its gradient, for one thread. */
    public TwoVariableFunction evaluator() {
        return new Evaluator(new ProgramEvaluator(program));
    }

    @Override
    public String toString() {
        return source;
    }

    /** Two forward passes: seeded (1, 0) for the value and df/dw1, then (0, 1) for df/dw2. */
    private static final class Evaluator implements TwoVariableFunction {
        private final ProgramEvaluator program;
        private double value;
        /** df/dw1. */
        private double partialW1;
        /** df/dw2. */
        private double partialW2;

        Evaluator(ProgramEvaluator program) {
            this.program = program;
        }

        @Override
        public void evaluate(double w1, double w2) {
            program.evaluate(w1, w2, 1.0, 0.0);
            value = program.value();
            partialW1 = program.derivative();
            program.evaluate(w1, w2, 0.0, 1.0);
            partialW2 = program.derivative();
        }

        @Override
        public double value() {
            return value;
        }

        @Override
        public double partialW1() {
            return partialW1;
        }

        @Override
        public double partialW2() {
            return partialW2;
        }
    }
}
