package org.gradientlab.engine.expr;

/**
 * A typed f(w) that cannot be parsed: says what is wrong and at which 1-based column,
 * for example {@code unexpected ')' at column 7}.
 */
public final class ExpressionException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int column;
    private final String problem;

    /**
     * @param problem what is wrong, without the position, e.g. {@code unexpected ')'}
     * @param column  1-based column in the typed text where the problem starts
     */
    public ExpressionException(String problem, int column) {
        super(problem + " at column " + column);
        this.problem = problem;
        this.column = column;
    }

    /** The 1-based column of the problem. */
    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String problem() {
        return problem;
    }
}
