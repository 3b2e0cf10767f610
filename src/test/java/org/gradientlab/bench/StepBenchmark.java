package org.gradientlab.bench;

import java.util.concurrent.TimeUnit;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.descent.DescentStepper;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ExpressionException;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.engine.network.NetworkProblem;
import org.gradientlab.engine.network.NetworkStepper;
import org.gradientlab.engine.optim.GradientDescent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One update of the Descent lesson (a typed function) and of the Network lesson (one pair). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class StepBenchmark {

    private DescentStepper descent;
    private NetworkStepper network;

    @Setup(Level.Iteration)
    public void start() throws ExpressionException {
        // A bowl that gd at this rate approaches slowly: the values stay finite for any number of steps.
        descent = new DescentStepper(Expression.parse("(w - 1)^2 + 0.5").evaluator(), new GradientDescent(), -2.5);
        network = new NetworkStepper(new NetworkProblem(DataSet.single(1.5, 0), Cost.MSE), new GradientDescent(),
                new NetworkParameters(0.5, 0, -0.3, 0));
    }

    @Benchmark
    public double descentStep() {
        descent.update(1e-9);
        return descent.w();
    }

    @Benchmark
    public double networkStep() {
        network.update(0.5);
        return network.param(0);
    }

    /** One Network update inside the stepper's own loop, as the headless command runs them. */
    @Benchmark
    @OperationsPerInvocation(1_000)
    public double networkStepInItsLoop() {
        network.updateWhileFinite(0.5, 1_000);
        return network.param(0);
    }
}
