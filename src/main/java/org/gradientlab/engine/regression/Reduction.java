package org.gradientlab.engine.regression;

import java.util.List;

/**
 * How SPEC section 4 reduces a batch's residuals r_j = y_j - (w0 + w1*x_j): {@code sum} is the
 * textbook rule, {@code mean} divides both sums and the loss by the batch size. The order of the
 * floating-point operations is fixed here, so every caller rounds the same way.
 */
public enum Reduction {
    /** w0 &lt;- w0 + lr*sum_j r_j; loss = sum_j r_j^2 / 2. */
    SUM("sum"),
    /** w0 &lt;- w0 + lr*(sum_j r_j / b); loss = sum_j r_j^2 / 2 / b, for a batch of b points. */
    MEAN("mean");

    /** The labels accepted on the command line, in menu order. */
    public static final List<String> LABELS = List.of("sum", "mean");

    private final String label;

    Reduction(String label) {
        this.label = label;
    }

    /** "sum" or "mean". */
    public String label() {
        return label;
    }

    /** The reduction with this label; an unknown label is a programming error here. */
    public static Reduction of(String label) {
        for (Reduction reduction : values()) {
            if (reduction.label.equals(label)) {
                return reduction;
            }
        }
        throw new IllegalArgumentException("unknown reduction '" + label + "' (expected sum, mean)");
    }

    /**
     * One component of the gradient g of SPEC section 4 from a batch sum: {@code -sum} for SUM,
     * {@code -(sum / count)} for MEAN. Negation is exact, so plain gd's {@code w - lr*g} is bit for bit
     * the textbook {@code w + lr*sum} (or {@code w + lr*(sum/count)}).
     *
     * @param sum   sum_j r_j or sum_j r_j*x_j over the batch
     * @param count the batch size b
     */
    public double gradient(double sum, int count) {
        return this == SUM ? -sum : -(sum / count);
    }

    /**
     * The loss from the sum of squared residuals: {@code sumOfSquares / 2} for SUM, then
     * {@code / count} for MEAN. Halving is exact, so outside the subnormal range this equals
     * {@code sumOfSquares / count / 2} and {@code sumOfSquares / (2*count)} bit for bit.
     *
     * @param sumOfSquares sum_j r_j*r_j, summed left to right
     * @param count        the number of points summed over
     */
    public double loss(double sumOfSquares, int count) {
        double half = sumOfSquares / 2;
        return this == SUM ? half : half / count;
    }
}
