package org.gradientlab.engine.expr;

import org.gradientlab.engine.DifferentiableFunction;
import org.gradientlab.engine.Exp;

/**
 * Runs a {@link Program} by forward-mode automatic differentiation: every stack entry carries
 * a value and its exact derivative d/dw. The stacks are allocated once, so
 * {@link #evaluate(double)} allocates nothing. One instance serves one thread.
 *
 * <p>A derivative that is exactly 0 (a constant, or a factor whose derivative vanishes) makes
 * its term vanish rather than be multiplied out, so {@code 3*w^2} at w = 1e200 has the finite
 * derivative 6e200 and not 0*inf = NaN, and an operation on constants has derivative exactly 0.
 */
final class ProgramEvaluator implements DifferentiableFunction {

    private final int[] code;
    private final double[] constants;
    private final double[] values;
    /** d/dw of the value at the same stack position. */
    private final double[] derivatives;
    private double value;
    /** df/dw at the last evaluated w. */
    private double derivative;

    ProgramEvaluator(Program program) {
        this.code = program.code;
        this.constants = program.constants;
        this.values = new double[program.maxStackDepth];
        this.derivatives = new double[program.maxStackDepth];
    }

    @Override
    public void evaluate(double w) {
        evaluate(w, 0.0, 1.0, 0.0);
    }

    /**
     * One forward pass at (w1, w2) carrying the derivative along the direction (seed1, seed2): with
     * (1, 0) it is df/dw1, with (0, 1) df/dw2. A seed of 0 makes its variable a constant to every
     * rule, so each partial is exact in the same way f'(w) is.
     */
    void evaluate(double w1, double w2, double seed1, double seed2) {
        int top = -1;
        for (int instruction : code) {
            int opcode = Opcodes.opcode(instruction);
            switch (opcode) {
                case Opcodes.CONST -> {
                    top++;
                    values[top] = constants[Opcodes.constantIndex(instruction)];
                    derivatives[top] = 0.0;
                }
                case Opcodes.W -> {
                    top++;
                    values[top] = w1;
                    derivatives[top] = seed1;
                }
                case Opcodes.W2 -> {
                    top++;
                    values[top] = w2;
                    derivatives[top] = seed2;
                }
                case Opcodes.ADD, Opcodes.SUBTRACT, Opcodes.MULTIPLY, Opcodes.DIVIDE, Opcodes.POWER -> {
                    top--;
                    binary(opcode, top);
                }
                default -> unary(opcode, top);
            }
        }
        value = values[0];
        derivative = derivatives[0];
    }

    @Override
    public double value() {
        return value;
    }

    @Override
    public double derivative() {
        return derivative;
    }

    /** Replaces the entries at i (u) and i + 1 (v) by u op v, at stack position i. */
    private void binary(int opcode, int i) {
        double u = values[i];
        double du = derivatives[i];
        double v = values[i + 1];
        double dv = derivatives[i + 1];
        double result;
        double dResult;
        switch (opcode) {
            case Opcodes.ADD -> {
                result = u + v;
                dResult = du == 0 && dv == 0 ? 0.0 : du + dv;
            }
            case Opcodes.SUBTRACT -> {
                result = u - v;
                dResult = du == 0 && dv == 0 ? 0.0 : du - dv;
            }
            case Opcodes.MULTIPLY -> {
                result = u * v;
                dResult = productSlope(u, du, v, dv);
            }
            case Opcodes.DIVIDE -> {
                result = u / v;
                // (u/v)' = (u' - (u/v) v') / v
                dResult = du == 0 ? (dv == 0 ? 0.0 : -(result * dv) / v) : (dv == 0 ? du / v : (du - result * dv) / v);
            }
            default -> {
                result = power(u, v);
                dResult = powerDerivative(u, du, v, dv, result);
            }
        }
        values[i] = result;
        derivatives[i] = dResult;
    }

    /**
     * (uv)' = u'v + uv', skipping terms whose slope is 0; a factor that is 0 and not changing keeps
     * the slope 0 beside an infinite one (0*sqrt(w) at 0), where the plain product would give NaN.
     */
    private static double productSlope(double u, double du, double v, double dv) {
        if (du == 0) {
            return dv == 0 || (u == 0 && !Double.isFinite(dv)) ? 0.0 : u * dv;
        }
        if (dv == 0) {
            return v == 0 && !Double.isFinite(du) ? 0.0 : du * v;
        }
        return du * v + u * dv;
    }

    /**
     * Math.pow with the squares and first powers that most typed functions use done directly:
     * the same bits (pow(u, 1) is u by its contract, and HotSpot computes pow(u, 2) as u*u), a
     * fraction of the time.
     */
    private static double power(double u, double v) {
        if (v == 2) {
            return u * u;
        }
        if (v == 1) {
            return u;
        }
        return Math.pow(u, v);
    }

    /** (u^v)', choosing the form that needs no log of u when the exponent does not change. */
    private static double powerDerivative(double u, double du, double v, double dv, double power) {
        if (dv == 0) {
            // c u^(c-1) u', which holds for negative u too; c = 0 makes the term vanish
            return du == 0 || v == 0 ? 0.0 : v * power(u, v - 1) * du;
        }
        if (du == 0) {
            // 0^v is 0 for every v > 0 around here: its slope is 0, not 0*log(0).
            return u == 0 && v > 0 ? 0.0 : power * Math.log(u) * dv;
        }
        return power * (dv * Math.log(u) + v * du / u);
    }

    /** Replaces the entry at i (u) by f(u). */
    private void unary(int opcode, int i) {
        double u = values[i];
        double du = derivatives[i];
        double result;
        double dResult;
        switch (opcode) {
            case Opcodes.NEGATE -> {
                result = -u;
                dResult = -du;
            }
            case Opcodes.SIN -> {
                result = Math.sin(u);
                dResult = Math.cos(u) * du;
            }
            case Opcodes.COS -> {
                result = Math.cos(u);
                dResult = -Math.sin(u) * du;
            }
            case Opcodes.TAN -> {
                result = Math.tan(u);
                double cos = Math.cos(u);
                dResult = du / (cos * cos);
            }
            case Opcodes.EXP -> {
                result = Exp.exp(u);
                dResult = result * du;
            }
            case Opcodes.LOG -> {
                result = Math.log(u);
                dResult = du / u;
            }
            case Opcodes.SQRT -> {
                result = Math.sqrt(u);
                dResult = du / (2 * result);
            }
            case Opcodes.ABS -> {
                result = Math.abs(u);
                // d|u|/du = sign(u), 0 at 0
                dResult = u == 0 ? 0.0 : Math.signum(u) * du;
            }
            case Opcodes.TANH -> {
                result = Math.tanh(u);
                dResult = (1 - result * result) * du;
            }
            case Opcodes.SIGMOID -> {
                result = 1 / (1 + Exp.exp(-u));
                dResult = result * (1 - result) * du;
            }
            default -> throw new IllegalStateException("unknown opcode " + opcode);
        }
        values[i] = result;
        // a vanishing inner derivative makes the whole chain-rule term vanish
        derivatives[i] = du == 0 ? 0.0 : dResult;
    }
}
