package org.gradientlab.engine.expr;

import java.util.Objects;
import org.gradientlab.engine.DifferentiableFunction;

/**
 * A parsed f(w) of SPEC section 1, immutable and thread-safe, with its exact derivative.
 *
 * <p>Parsing compiles the text into a flat postfix program (w-free parts folded into
 * constants); {@link #evaluator()} runs it with forward-mode automatic differentiation, so
 * f'(w) is exact to rounding and never a finite difference.
 */
public final class Expression {

    private final String source;
    private final Program program;

    private Expression(String source, Program program) {
        this.source = source;
        this.program = program;
    }

    /**
     * Parses a typed f(w); bad input is answered with the problem and its 1-based column.
     *
     * @param source the text as typed, for example {@code "w^2 - 3*sin(w)"}
     * @return the parsed function
     * @throws ExpressionException if the text is not an f(w) of SPEC section 1, for example
     *                             {@code unexpected ')' at column 7}; no other exception is thrown
     *                             for any non-null text
     */
    public static Expression parse(String source) throws ExpressionException {
        Objects.requireNonNull(source, "source");
        return new Expression(source, Parser.parse(source, true));
    }

    /** Parses without constant folding, so tests can check that folding changes no bit. */
    static Expression parseUnfolded(String source) throws ExpressionException {
        return new Expression(source, Parser.parse(source, false));
    }

    /** The text as typed. */
    public String source() {
        return source;
    }

    /** Whether w appears in the text: {@code w-w} counts, {@code 2*pi} does not. */
    public boolean dependsOnW() {
        return program.usesW;
    }

    /** f(w). Thread-safe; allocates, so use {@link #evaluator()} in loops. */
    public double value(double w) {
        DifferentiableFunction function = evaluator();
        function.evaluate(w);
        return function.value();
    }

    /** f'(w), exact. Thread-safe; allocates, so use {@link #evaluator()} in loops. */
    public double derivative(double w) {
        DifferentiableFunction function = evaluator();
        function.evaluate(w);
        return function.derivative();
    }

    /** A new allocation-free evaluator of f and f' in one pass, for one thread. */
    public DifferentiableFunction evaluator() {
        return new ProgramEvaluator(program);
    }

    /** How many instructions the compiled form runs per evaluation; tests use it to see folding. */
    int programLength() {
        return program.length();
    }

    @Override
    public String toString() {
        return source;
    }
}
