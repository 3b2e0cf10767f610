package org.gradientlab.engine.descent;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.gradientlab.engine.DifferentiableFunction;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.Optimizer;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.sweep.RateSweep;
import org.gradientlab.engine.sweep.TrialProgress;

/**
 * Runs many independent {@link DescentTrial}s on all cores (a parallel stream on the common
 * fork-join pool). Each worker thread gets its own evaluator of f and its own optimizer, since
 * neither may be shared. Cancellation is looked at before every trial and inside long ones.
 */
final class ParallelTrials {

    /** One trial's settings by its index. */
    interface Setup {
        /** The start of trial i. */
        double w0(int i);

        /** The learning rate of trial i. */
        double learningRate(int i);
    }

    private ParallelTrials() {
    }

    /**
     * @return one outcome per index; null where cancellation came first
     */
    static DescentOutcome[] run(Expression function, OptimizerSettings optimizer, int count, Setup setup,
                                int maxSteps, TrialProgress progress, BooleanSupplier cancelled) {
        DescentOutcome[] outcomes = new DescentOutcome[count];
        AtomicInteger done = new AtomicInteger();
        ThreadLocal<DifferentiableFunction> evaluator = ThreadLocal.withInitial(function::evaluator);
        ThreadLocal<Optimizer> rule = ThreadLocal.withInitial(optimizer::create);
        IntStream.range(0, count).parallel().forEach(i -> {
            if (cancelled.getAsBoolean()) {
                return;
            }
            outcomes[i] = DescentTrial.run(evaluator.get(), rule.get(), optimizer.schedule(), setup.w0(i), setup.learningRate(i), maxSteps,
                    cancelled);
            if (outcomes[i] != null) {
                progress.finished(done.incrementAndGet(), count);
            }
        });
        return outcomes;
    }

    /** The i-th of n values spaced evenly in log scale from low to high (both included). */
    static double logSpaced(double low, double high, int i, int n) {
        return RateSweep.logSpaced(low, high, i, n);
    }
}
