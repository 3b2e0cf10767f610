package org.gradientlab.bench;

import java.util.concurrent.TimeUnit;
import org.gradientlab.engine.DifferentiableFunction;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.expr.ExpressionException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A typed f(w): its value and exact derivative in one pass of the compiled program. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ExpressionBenchmark {

    @Param({"w^4 - 3*w^2 + w", "sin(3*w) + 0.1*w^2", "sigmoid(w - 1) + (w/4)^2"})
    public String function;

    private DifferentiableFunction evaluator;
    private double w = 0.3;

    @Setup
    public void parse() throws ExpressionException {
        evaluator = Expression.parse(function).evaluator();
    }

    @Benchmark
    public double valueAndDerivative() {
        w = w * 0.999 + 0.001;
        evaluator.evaluate(w);
        return evaluator.value() + evaluator.derivative();
    }
}
