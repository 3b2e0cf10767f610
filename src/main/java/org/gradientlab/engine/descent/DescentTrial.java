package org.gradientlab.engine.descent;

import org.gradientlab.engine.sweep.RateRegion;
import java.util.function.BooleanSupplier;
import org.gradientlab.engine.DifferentiableFunction;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.Schedule;

/**
 * One run of up to N updates at a fixed learning rate, reduced to its outcome: the bare
 * {@link DescentStepper} loop with no history, so a sweep can afford thousands of runs. The run
 * stops as {@link DescentRun} and {@link DescentStatus} would: at the first step where |f'(w)| and
 * the last step are both below the tolerance (converged), or before the update that would make w,
 * f or f' non-finite (SPEC section 5: diverged). One thread per trial; the function and the
 * optimizer passed in must belong to the calling thread.
 */
public final class DescentTrial {

    /** |f'(w)| and |w_k - w_(k-1)| below this count as converged, as in the lesson. */
    public static final double TOLERANCE = 1e-6;
    /** Updates between two looks at the cancellation flag. */
    public static final int CHECK_EVERY = 4096;
    /** How many of the last steps decide between "too small" (no reversal among them) and "oscillating". */
    public static final int DIRECTION_WINDOW = 8;
    /** |w| past this (times max(1, |w0|)) has run away: diverging, even if still finite. */
    public static final double RUNAWAY = 1e12;

    private DescentTrial() {
    }

    /**
     * Runs up to {@code maxSteps} updates from w0 at one rate.
     *
     * @param cancelled looked at every {@link #CHECK_EVERY} updates
     * @return the outcome, or null if cancelled before the end
     */
    public static DescentOutcome run(DifferentiableFunction function, Optimizer optimizer, double w0,
                                     double learningRate, int maxSteps, BooleanSupplier cancelled) {
        return run(function, optimizer, Schedule.CONSTANT, w0, learningRate, maxSteps, cancelled);
    }

    /** As above, each update's rate taken from the schedule (SPEC section 2); the outcome keeps the rate as set. */
    public static DescentOutcome run(DifferentiableFunction function, Optimizer optimizer, Schedule schedule, double w0,
                                     double learningRate, int maxSteps, BooleanSupplier cancelled) {
        DescentStepper stepper = new DescentStepper(function, optimizer, schedule, w0);
        if (!stepper.isFinite()) {
            return new DescentOutcome(w0, learningRate, 0, w0, stepper.value(), RateRegion.DIVERGING);
        }
        if (Math.abs(stepper.grad()) < TOLERANCE) {
            return new DescentOutcome(w0, learningRate, 0, w0, stepper.value(), RateRegion.GOOD);
        }
        double runaway = RUNAWAY * Math.max(1, Math.abs(w0));
        double lastStep = 0;
        long lastReversal = Long.MIN_VALUE / 2;
        for (int k = 1; k <= maxSteps; k++) {
            if (k % CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            double before = stepper.w();
            double fBefore = stepper.value();
            stepper.update(learningRate);
            if (!stepper.isFinite()) {
                return new DescentOutcome(w0, learningRate, k, before, fBefore, RateRegion.DIVERGING);
            }
            double w = stepper.w();
            double step = w - before;
            if (Math.abs(stepper.grad()) < TOLERANCE && Math.abs(step) < TOLERANCE) {
                return new DescentOutcome(w0, learningRate, k, w, stepper.value(), RateRegion.GOOD);
            }
            if (Math.abs(w) > runaway) {
                return new DescentOutcome(w0, learningRate, k, w, stepper.value(), RateRegion.DIVERGING);
            }
            if (step * lastStep < 0) {
                lastReversal = k;
            }
            if (step != 0) {
                lastStep = step;
            }
        }
        RateRegion region = maxSteps - lastReversal < DIRECTION_WINDOW ? RateRegion.OSCILLATING : RateRegion.TOO_SMALL;
        return new DescentOutcome(w0, learningRate, maxSteps, stepper.w(), stepper.value(), region);
    }
}
