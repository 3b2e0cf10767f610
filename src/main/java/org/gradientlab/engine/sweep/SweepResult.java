package org.gradientlab.engine.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The outcomes of a {@link RateSweep}, in rate order, and the spans of rates that share a
 * {@link RateRegion}. A cancelled sweep holds the rates it finished.
 */
public final class SweepResult {

    /**
     * Neighbouring rates with the same region; the borders lie halfway (in log scale) between the
     * last rate of one span and the first of the next.
     */
    public record Span(RateRegion region, double fromRate, double toRate) {
    }

    private final RateSweep sweep;
    private final List<RateOutcome> outcomes;
    private final boolean complete;

    /**
     * @param byIndex one outcome per rate index; null where cancellation came first
     */
    public SweepResult(RateSweep sweep, RateOutcome[] byIndex) {
        this.sweep = sweep;
        List<RateOutcome> finished = new ArrayList<>(byIndex.length);
        for (RateOutcome outcome : byIndex) {
            if (outcome != null) {
                finished.add(outcome);
            }
        }
        this.outcomes = Collections.unmodifiableList(finished);
        this.complete = finished.size() == byIndex.length;
    }

    /** The sweep's settings. */
    public RateSweep sweep() {
        return sweep;
    }

    /** The finished runs, smallest rate first. */
    public List<RateOutcome> outcomes() {
        return outcomes;
    }

    /** True unless cancelled before every rate had run. */
    public boolean isComplete() {
        return complete;
    }

    /** The finished run whose rate is nearest to this one in log scale, or null if none finished. */
    public RateOutcome nearest(double learningRate) {
        RateOutcome best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (RateOutcome outcome : outcomes) {
            double distance = Math.abs(Math.log(outcome.learningRate() / learningRate));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = outcome;
            }
        }
        return best;
    }

    /** The regions along the rate axis, smallest rate first. */
    public List<Span> spans() {
        List<Span> spans = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= outcomes.size(); i++) {
            if (i == outcomes.size() || outcomes.get(i).region() != outcomes.get(first).region()) {
                double from = first == 0 ? outcomes.get(0).learningRate() : border(first - 1, first);
                double to = i == outcomes.size() ? outcomes.get(i - 1).learningRate() : border(i - 1, i);
                spans.add(new Span(outcomes.get(first).region(), from, to));
                first = i;
            }
        }
        return spans;
    }

    private double border(int below, int above) {
        return Math.sqrt(outcomes.get(below).learningRate() * outcomes.get(above).learningRate());
    }
}
