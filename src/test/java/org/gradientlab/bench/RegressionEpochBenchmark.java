package org.gradientlab.bench;

import java.util.concurrent.TimeUnit;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.optim.GradientDescent;
import org.gradientlab.engine.regression.LinearDataGenerator;
import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.engine.regression.RegressionProblem;
import org.gradientlab.engine.regression.RegressionStepper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** One full-batch epoch of the Regression lesson over 1,000,000 points (one update, one pass). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RegressionEpochBenchmark {

    private DataSet data;
    private RegressionStepper stepper;

    @Setup(Level.Trial)
    public void generate() {
        data = LinearDataGenerator.DEFAULT.generate(1_000_000, 1);
    }

    @Setup(Level.Iteration)
    public void start() {
        stepper = new RegressionStepper(RegressionProblem.fullBatch(data, Reduction.MEAN), new GradientDescent(), 0, 0);
    }

    @Benchmark
    public double epoch() {
        stepper.update(0.5);
        return stepper.w1();
    }
}
