package org.gradientlab.engine.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.descent.DescentStepper;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.engine.network.NetworkProblem;
import org.gradientlab.engine.network.NetworkStepper;
import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.engine.regression.RegressionProblem;
import org.gradientlab.engine.regression.RegressionStepper;
import org.junit.jupiter.api.Test;

/**
 * The schedule in the three steppers: t is the optimizer's step counter, so a stepper started at a
 * later step (a branch with a fresh optimizer) begins its schedule at t = 1 again; peekUpdate uses
 * the same lr_t as the update it previews.
 */
class ScheduledSteppersTest {

    private static final Schedule EXP = new Schedule(Schedule.Kind.EXP, 0.5, 100, 0, 0);

    @Test
    void descentByHandAndAfterABranch() throws Exception {
        // f = w^2, gd, lr 0.5, exp gamma 0.5: t=1 rate 0.5, w = 1 - 0.5*2 = 0; from w=2: t=2 rate 0.25 ...
        DescentStepper fresh = new DescentStepper(Expression.parse("w^2").evaluator(), new GradientDescent(), EXP, 4);
        DescentStepper branch = new DescentStepper(Expression.parse("w^2").evaluator(), new GradientDescent(), EXP, 4, 10);
        double w = 4;
        for (long t = 1; t <= 6; t++) {
            double rate = 0.5 * Math.pow(0.5, t - 1);
            w = w - rate * 2 * w;
            assertEquals(w, fresh.peekUpdate(0.5), "peek before update " + t);
            fresh.update(0.5);
            branch.update(0.5);
            assertEquals(w, fresh.w(), "update " + t);
            assertEquals(w, branch.w(), "the branch's update " + t + " is its own t = " + t);
        }
        assertEquals(16, branch.step());
    }

    @Test
    void networkBranchStartsTheScheduleAgain() {
        NetworkProblem problem = new NetworkProblem(DataSet.single(1.5, 0), Cost.MSE);
        NetworkParameters start = new NetworkParameters(0.5, 0, -0.3, 0);
        for (Optimizer optimizer : new Optimizer[] {new GradientDescent(), new Adam(0.9, 0.999, 1e-8)}) {
            NetworkStepper fresh = new NetworkStepper(problem, optimizer, EXP, start);
            NetworkStepper branch = new NetworkStepper(new NetworkProblem(DataSet.single(1.5, 0), Cost.MSE), optimizer,
                    EXP, start, 7);
            for (int k = 0; k < 20; k++) {
                NetworkParameters peek = fresh.peekUpdate(2);
                fresh.update(2);
                branch.update(2);
                assertEquals(peek, fresh.state().parameters(), "peek at update " + (k + 1));
                assertEquals(fresh.param(NetworkParameters.W1), branch.param(NetworkParameters.W1));
                assertEquals(fresh.param(NetworkParameters.B2), branch.param(NetworkParameters.B2));
            }
        }
    }

    @Test
    void regressionByHand() {
        // One point (x=1, y=3), sum reduction, gd: g = (-(3 - w0 - w1), -(3 - w0 - w1)).
        RegressionProblem problem = RegressionProblem.fullBatch(new DataSet(new double[] {1}, new double[] {3}),
                Reduction.SUM);
        RegressionStepper stepper = new RegressionStepper(problem, new GradientDescent(), EXP, 0, 0);
        double w0 = 0;
        double w1 = 0;
        for (long t = 1; t <= 5; t++) {
            double rate = 0.2 * Math.pow(0.5, t - 1);
            double r = 3 - (w0 + w1);
            w0 = w0 - rate * -r;
            w1 = w1 - rate * (-r * 1);
            stepper.update(0.2);
            assertEquals(w0, stepper.w0(), "w0 after update " + t);
            assertEquals(w1, stepper.w1(), "w1 after update " + t);
        }
    }
}
