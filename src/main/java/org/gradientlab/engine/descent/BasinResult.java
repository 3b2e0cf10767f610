package org.gradientlab.engine.descent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.gradientlab.engine.DifferentiableFunction;

/**
 * The outcomes of a {@link BasinMap}, cell by cell, and the distinct minima the converged runs
 * reached. Converged runs stop where |f'(w)| &lt; 1e-6, which for a flat minimum such as w^4 can
 * be a few thousandths away from it on either side, so rounding cannot tell minima apart. Instead
 * two neighbouring stopping points (in order of w) reached the same minimum when f has no hill
 * between them: no sample of f between them lies above both ends. Between two distinct minima
 * there is always a maximum; a hill narrower than a {@link #HILL_SAMPLES}-th of the gap could be missed.
 */
public final class BasinResult {

    /** Samples of f between two neighbouring stopping points when looking for a hill. */
    public static final int HILL_SAMPLES = 32;

    private final BasinMap map;
    private final DescentOutcome[] outcomes;
    /** Each minimum's w: the lowest f among the runs that reached it; ascending. */
    private final double[] minima;
    /** Upper edge of each minimum's cluster of final w values. */
    private final double[] clusterTops;
    private final int finished;

    BasinResult(BasinMap map, DescentOutcome[] outcomes) {
        this.map = map;
        this.outcomes = outcomes;
        List<DescentOutcome> converged = Arrays.stream(outcomes).filter(o -> o != null && o.converged())
                .sorted(java.util.Comparator.comparingDouble(DescentOutcome::w)).toList();
        DifferentiableFunction f = map.function().evaluator();
        List<double[]> clusters = new ArrayList<>();
        DescentOutcome lowest = null;
        for (int i = 0; i < converged.size(); i++) {
            DescentOutcome here = converged.get(i);
            if (lowest == null || here.f() < lowest.f()) {
                lowest = here;
            }
            if (i == converged.size() - 1 || hillBetween(f, here, converged.get(i + 1))) {
                clusters.add(new double[] {lowest.w(), here.w()});
                lowest = null;
            }
        }
        minima = clusters.stream().mapToDouble(c -> c[0]).toArray();
        clusterTops = clusters.stream().mapToDouble(c -> c[1]).toArray();
        finished = (int) Arrays.stream(outcomes).filter(o -> o != null).count();
    }

    private static boolean hillBetween(DifferentiableFunction f, DescentOutcome a, DescentOutcome b) {
        double top = Math.max(a.f(), b.f());
        double slack = 1e-12 * (1 + Math.abs(top));
        for (int k = 1; k < HILL_SAMPLES; k++) {
            f.evaluate(a.w() + (b.w() - a.w()) * k / HILL_SAMPLES);
            if (!(f.value() <= top + slack)) {
                return true;
            }
        }
        return false;
    }

    /** The map's settings. */
    public BasinMap map() {
        return map;
    }

    /** The outcome of a cell, or null if cancelled before it ran. */
    public DescentOutcome at(int column, int row) {
        return outcomes[row * map.columns() + column];
    }

    /** The distinct minima reached, ascending. */
    public List<Double> minima() {
        List<Double> list = new ArrayList<>(minima.length);
        for (double m : minima) {
            list.add(m);
        }
        return Collections.unmodifiableList(list);
    }

    /** Which of {@link #minima()} a converged outcome reached, or -1 if it did not converge. */
    public int minimumOf(DescentOutcome outcome) {
        if (outcome == null || !outcome.converged()) {
            return -1;
        }
        for (int i = 0; i < clusterTops.length; i++) {
            if (outcome.w() <= clusterTops[i]) {
                return i;
            }
        }
        return clusterTops.length - 1;
    }

    /** Cells that ran. */
    public int finishedCells() {
        return finished;
    }

    /** True unless cancelled before every cell had run. */
    public boolean isComplete() {
        return finished == outcomes.length;
    }
}
