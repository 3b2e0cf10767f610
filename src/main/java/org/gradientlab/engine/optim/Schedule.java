package org.gradientlab.engine.optim;

import java.util.ArrayList;
import java.util.List;

/**
 * A learning-rate schedule of SPEC section 2: update t (1 for the first update after a start or a
 * branch with a fresh optimizer) uses lr_t = lr * m(t) * min(1, t/W) in place of lr, without the
 * warm-up factor when W = 0. Immutable, so it can cross threads.
 *
 * <p>Ranges (checked here and by the commands): gamma above 0 and finite (above 1 the rate grows),
 * decaySteps D at least 1, minRatio r in [0, 1], warmup W at least 0.
 *
 * @param kind       which m(t)
 * @param gamma      the factor of step and exp
 * @param decaySteps D: steps per factor gamma for step; steps from lr to r*lr for cosine
 * @param minRatio   r: where cosine ends, as a share of lr
 * @param warmup     W: updates over which the rate rises linearly to lr_t; 0 for none
 */
public record Schedule(Kind kind, double gamma, long decaySteps, double minRatio, long warmup) {

    /** m(t) of SPEC section 2. */
    public enum Kind {
        /** m(t) = 1. */
        CONSTANT("constant"),
        /** m(t) = gamma^floor((t-1)/D). */
        STEP("step"),
        /** m(t) = gamma^(t-1). */
        EXP("exp"),
        /** m(t) = r + (1-r)*(1+cos(pi*min(t-1,D)/D))/2. */
        COSINE("cosine");

        /** The command-line names, in this order. */
        public static final List<String> NAMES = names();

        private final String label;

        /** A loop rather than a stream: the headless commands read this at start, before any lambda is made. */
        private static List<String> names() {
            List<String> names = new ArrayList<>();
            for (Kind kind : values()) {
                names.add(kind.label);
            }
            return List.copyOf(names);
        }

        Kind(String label) {
            this.label = label;
        }

        /** The name used on the command line. */
        public String label() {
            return label;
        }

        /**
         * The kind of this command-line name.
         *
         * @throws IllegalArgumentException for any other text, naming the accepted ones
         */
        public static Kind parse(String name) {
            for (Kind kind : values()) {
                if (kind.label.equals(name)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("unknown schedule '" + name + "' (expected " + String.join(", ", NAMES) + ")");
        }
    }

    /** SPEC's defaults: gamma 0.5, D 100, r 0, W 0. */
    public static final double DEFAULT_GAMMA = 0.5;
    public static final long DEFAULT_DECAY_STEPS = 100;
    public static final double DEFAULT_MIN_RATIO = 0;
    public static final long DEFAULT_WARMUP = 0;

    /** The constant rate without warm-up: lr_t = lr, the default everywhere. */
    public static final Schedule CONSTANT = of(Kind.CONSTANT);

    /** Checks the ranges above; the message names the value that is out of range. */
    public Schedule {
        if (kind == null) {
            throw new IllegalArgumentException("no schedule given");
        }
        if (!(gamma > 0 && Double.isFinite(gamma))) {
            throw new IllegalArgumentException("gamma must be above 0, was " + gamma);
        }
        if (decaySteps < 1) {
            throw new IllegalArgumentException("decay-steps must be at least 1, was " + decaySteps);
        }
        if (!(minRatio >= 0 && minRatio <= 1)) {
            throw new IllegalArgumentException("min-ratio must be from 0 to 1, was " + minRatio);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("warmup must be at least 0, was " + warmup);
        }
    }

    /** This kind with SPEC's default gamma, D, r and W. */
    public static Schedule of(Kind kind) {
        return new Schedule(kind, DEFAULT_GAMMA, DEFAULT_DECAY_STEPS, DEFAULT_MIN_RATIO, DEFAULT_WARMUP);
    }

    /** True for the schedule that leaves every rate as it is (constant, no warm-up). */
    public boolean isConstant() {
        return kind == Kind.CONSTANT && warmup == 0;
    }

    /** m(t), the schedule's factor for update t (t from 1). */
    public double factor(long t) {
        return switch (kind) {
            case CONSTANT -> 1;
            case STEP -> Math.pow(gamma, Math.floorDiv(t - 1, decaySteps));
            case EXP -> Math.pow(gamma, t - 1);
            case COSINE -> minRatio + (1 - minRatio) * (1 + Math.cos(Math.PI * Math.min(t - 1, decaySteps) / decaySteps)) / 2;
        };
    }

    /**
     * lr_t for update t: lr * m(t) * min(1, t/W), evaluated in that order; lr itself, untouched, for
     * the constant schedule without warm-up, and without the factors that are exactly 1.
     */
    public double rate(double learningRate, long t) {
        if (isConstant()) {
            return learningRate;
        }
        double rate = kind == Kind.CONSTANT ? learningRate : learningRate * factor(t);
        return warmup == 0 ? rate : rate * Math.min(1, (double) t / warmup);
    }
}
