package org.gradientlab.engine.surface;

import org.gradientlab.engine.descent.DescentStatus;

/**
 * Where a run on f(w1, w2) stands, by the Descent lesson's definitions with lengths in place of
 * absolute values: converged when |∇f| and the last step are below the tolerance; diverging when
 * the distance from the origin and the step length have both grown for
 * {@link DescentStatus#DIVERGING_STEPS} steps in a row; diverged when the next update would be non-finite.
 */
public final class SurfaceStatus {

    private SurfaceStatus() {
    }

    /** Classifies a run at its current step. */
    public static DescentStatus of(SurfaceRun run, double tolerance) {
        if (run.isDiverged()) {
            return DescentStatus.DIVERGED;
        }
        SurfaceState now = run.current();
        long k = now.step();
        boolean settled = Math.hypot(now.g1(), now.g2()) < tolerance
                && (k == run.firstKeptStep() || !run.isKept(k - 1) || distance(now, run.state(k - 1)) < tolerance);
        if (settled) {
            return DescentStatus.CONVERGED;
        }
        if (k == 0) {
            return DescentStatus.START;
        }
        return isRunningAway(run, k) ? DescentStatus.DIVERGING : DescentStatus.RUNNING;
    }

    private static boolean isRunningAway(SurfaceRun run, long k) {
        if (k < DescentStatus.DIVERGING_STEPS + 1 || !run.isKept(k - DescentStatus.DIVERGING_STEPS - 1)) {
            return false;
        }
        for (long j = k - DescentStatus.DIVERGING_STEPS + 1; j <= k; j++) {
            SurfaceState w = run.state(j);
            SurfaceState before = run.state(j - 1);
            SurfaceState twoBefore = run.state(j - 2);
            boolean farther = Math.hypot(w.w1(), w.w2()) > Math.hypot(before.w1(), before.w2());
            boolean biggerStep = distance(w, before) > distance(before, twoBefore);
            if (!farther || !biggerStep) {
                return false;
            }
        }
        return true;
    }

    private static double distance(SurfaceState a, SurfaceState b) {
        return Math.hypot(a.w1() - b.w1(), a.w2() - b.w2());
    }
}
