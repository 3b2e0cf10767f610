package org.gradientlab.bench;

import java.util.concurrent.TimeUnit;
import org.gradientlab.engine.Exp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The latency of one exponential, as the network's chain of steps feels it: each argument depends
 * on the last result. {@link Exp} against {@code Math.exp}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ExpBenchmark {

    private static final int CHAIN = 1000;

    private double start = 0.5;

    @Benchmark
    @OperationsPerInvocation(CHAIN)
    public double engineExp() {
        double s = start;
        for (int i = 0; i < CHAIN; i++) {
            s = Exp.exp(-s) * 0.9 + 0.05;
        }
        return s;
    }

    @Benchmark
    @OperationsPerInvocation(CHAIN)
    public double mathExp() {
        double s = start;
        for (int i = 0; i < CHAIN; i++) {
            s = Math.exp(-s) * 0.9 + 0.05;
        }
        return s;
    }
}
