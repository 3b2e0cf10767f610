package org.gradientlab.engine.descent;

/** Where a descent run stands, as the status line says it. */
public enum DescentStatus {
    /** No update yet. */
    START,
    /** Updating, neither settled nor running away. */
    RUNNING,
    /** |f'(w)| and the last step are below the tolerance: w has settled at a stationary point. */
    CONVERGED,
    /** |w| and the step size have both grown for several steps in a row: the signature of overshooting. */
    DIVERGING,
    /** The next update would make w, f or f' non-finite; the run has stopped. */
    DIVERGED;

    /** Steps in a row that |w| and the step size must grow for DIVERGING. */
    public static final int DIVERGING_STEPS = 3;

    /** Classifies a run at its current step. */
    public static DescentStatus of(DescentRun run, double tolerance) {
        if (run.isDiverged()) {
            return DIVERGED;
        }
        DescentState now = run.current();
        long k = now.step();
        boolean settled = Math.abs(now.grad()) < tolerance
                && (k == 0 || !run.isKept(k - 1) || Math.abs(now.w() - run.state(k - 1).w()) < tolerance);
        if (settled) {
            return CONVERGED;
        }
        if (k == 0) {
            return START;
        }
        return isRunningAway(run, k) ? DIVERGING : RUNNING;
    }

    private static boolean isRunningAway(DescentRun run, long k) {
        if (k < DIVERGING_STEPS + 1 || !run.isKept(k - DIVERGING_STEPS - 1)) {
            return false;
        }
        for (long j = k - DIVERGING_STEPS + 1; j <= k; j++) {
            double w = run.state(j).w();
            double before = run.state(j - 1).w();
            double twoBefore = run.state(j - 2).w();
            boolean farther = Math.abs(w) > Math.abs(before);
            boolean biggerStep = Math.abs(w - before) > Math.abs(before - twoBefore);
            if (!farther || !biggerStep) {
                return false;
            }
        }
        return true;
    }
}
