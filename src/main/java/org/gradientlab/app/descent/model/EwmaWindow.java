package org.gradientlab.app.descent.model;

import org.gradientlab.engine.descent.DescentRun;
import org.gradientlab.engine.optim.OptimizerKind;
import org.gradientlab.engine.optim.OptimizerSettings;

/**
 * The newest updates of a momentum or Adam run seen as an EWMA of gradients, read from the run's
 * own recorded rows on the runner thread and handed to the FX thread in a snapshot. Immutable: the
 * arrays are copied in and out. For update t (SPEC section 2, t = 1 for the first update) the
 * gradient is g = f'(w_{t-1}), the one that update used, and the EWMA is the optimizer's state
 * after it: momentum's v_t or Adam's m_t.
 *
 * @param optimizer momentum or adam; gd when the optimizer keeps no EWMA of gradients
 * @param beta      the EWMA factor: momentum's beta or Adam's beta1 (NaN when none)
 * @param steps     the update numbers t, oldest first
 * @param grads     the gradient each update used
 * @param ewma      v_t (momentum) or m_t (Adam) after each update
 * @param corrected Adam's m_t/(1-beta1^t), as the update used it; empty for momentum
 */
public record EwmaWindow(OptimizerKind optimizer, double beta, double[] steps, double[] grads, double[] ewma,
                         double[] corrected) {

    /** Updates kept in the strip: enough to see several effective windows at beta = 0.9. */
    public static final int LENGTH = 60;

    /** For optimizers with no EWMA of gradients (gd, rmsprop, adagrad). */
    static final EwmaWindow NONE = new EwmaWindow(OptimizerKind.GD, Double.NaN, new double[0], new double[0], new double[0],
            new double[0]);

    /** Copies the arrays so that neither thread can change what the other sees. */
    public EwmaWindow {
        steps = steps.clone();
        grads = grads.clone();
        ewma = ewma.clone();
        corrected = corrected.clone();
    }

    @Override
    public double[] steps() {
        return steps.clone();
    }

    @Override
    public double[] grads() {
        return grads.clone();
    }

    @Override
    public double[] ewma() {
        return ewma.clone();
    }

    @Override
    public double[] corrected() {
        return corrected.clone();
    }

    /** True for momentum and Adam, whose strip is shown (even before the first update). */
    public boolean applies() {
        return optimizer == OptimizerKind.MOMENTUM || optimizer == OptimizerKind.ADAM;
    }

    /** Updates in the window. */
    public int size() {
        return steps.length;
    }

    /**
     * The last {@code length} updates of the run that are still kept, read from its rows; NONE when
     * the optimizer keeps no EWMA of gradients. Runner thread: the run is not thread-safe.
     */
    static EwmaWindow of(DescentRun run, OptimizerSettings settings, int length) {
        double beta;
        switch (settings.kind()) {
            case MOMENTUM -> beta = settings.beta();
            case ADAM -> beta = settings.beta1();
            default -> {
                return NONE;
            }
        }
        boolean adam = settings.kind() == OptimizerKind.ADAM;
        long last = run.current().step();
        // Update t needs row t-1 for its gradient and row t for the state after it.
        long first = Math.max(Math.max(1, run.firstKeptStep() + 1), last - length + 1);
        int n = (int) Math.max(0, last - first + 1);
        double[] steps = new double[n];
        double[] grads = new double[n];
        double[] ewma = new double[n];
        double[] corrected = new double[adam ? n : 0];
        double[] state = new double[run.optimizerStateSize()];
        for (int i = 0; i < n; i++) {
            long t = first + i;
            run.optimizerStateAt(t, state);
            // The strip's axis is the optimizer's own t (from 1 again after a branch with another optimizer).
            steps[i] = t - run.startStep();
            grads[i] = run.state(t - 1).grad();
            // Momentum keeps v; Adam keeps m then s: the EWMA of gradients is first in both.
            ewma[i] = state[0];
            if (adam) {
                corrected[i] = state[0] / (1 - Math.pow(beta, t - run.startStep()));
            }
        }
        return new EwmaWindow(settings.kind(), beta, steps, grads, ewma, corrected);
    }
}
