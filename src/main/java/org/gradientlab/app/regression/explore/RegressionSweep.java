package org.gradientlab.app.regression.explore;

import java.util.Locale;
import javafx.beans.value.ObservableDoubleValue;
import javafx.stage.Window;
import org.gradientlab.app.controls.LearningRateControl;
import org.gradientlab.app.explore.SweepChart;
import org.gradientlab.app.explore.SweepWindow;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.regression.model.RegressionModel;
import org.gradientlab.app.regression.model.RegressionSetup;
import org.gradientlab.app.regression.model.RegressionSnapshot;
import org.gradientlab.engine.regression.RegressionProblem;
import org.gradientlab.engine.regression.RegressionRateSweep;

/**
 * The Regression lesson as its sweep window sees it: the run on screen (its data, scaling,
 * reduction, batch mode and seed, optimizer and start) at 201 rates, N steps each. The rates are
 * the engine's default five decades around gd's critical rate, kept within the lesson's own slider
 * (0.0001 to 10) so that every point can be loaded; a picked rate goes into the lesson and the run
 * resets, so it replays what the sweep computed. The window is made when first asked for, then reused.
 */
public final class RegressionSweep implements SweepWindow.Lesson {

    /** About a second for 201 rates over 1,000 points on a 2-core laptop, instant on the lesson's 40. */
    static final int DEFAULT_STEPS = 2000;
    static final String INTRO = "Run tries the lesson's data, batch mode, reduction, optimizer and start at "
            + RegressionRateSweep.DEFAULT_RATES + " learning rates, N steps each. Click a point to use its rate in the lesson.";

    private final RegressionModel model;
    private final java.util.function.Supplier<Window> owner;
    private SweepWindow window;

    public RegressionSweep(RegressionModel model, java.util.function.Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
    }

    /** Opens the window (or brings it to the front). */
    public SweepWindow show() {
        if (window == null) {
            window = new SweepWindow(this, model.session().runners().tasks("rate-sweep"), owner.get(), INTRO,
                    DEFAULT_STEPS,
                    new SweepChart("final loss", "steps to converge"));
        }
        window.show();
        return window;
    }

    /** The window, or null before it was first opened. */
    public SweepWindow window() {
        return window;
    }

    /** Cancels any sweep and closes the window. */
    public void close() {
        if (window != null) {
            window.stage().hide();
        }
    }

    @Override
    public SweepWindow.Plan plan(int maxSteps) {
        RegressionSnapshot shown = model.session().snapshotProperty().get();
        if (shown == null) {
            throw new IllegalArgumentException("The lesson has no run yet.");
        }
        RegressionSetup setup = shown.setup();
        RegressionProblem problem = setup.problem();
        double[] range = lessonRange(RegressionRateSweep.defaultRange(problem, setup.optimizer()));
        RegressionRateSweep sweep = new RegressionRateSweep(problem, setup.optimizer(), setup.startW0(),
                setup.startW1(), range[0], range[1], RegressionRateSweep.DEFAULT_RATES, maxSteps);
        String batch = problem.isFullBatch() ? "all points" : problem.batchSize() == 1
                ? "one sample, seed " + problem.seed() : "mini-batch of " + problem.batchSize() + ", seed " + problem.seed();
        String settings = String.format(Locale.ROOT,
                "%d points%s,  %s,  %s,  %s,  start (w0, w1) = (%s, %s),  N = %d steps per rate,  rates %s to %s "
                        + "(gd's limit 2/λmax for these batches: η ≈ %s)",
                problem.data().size(), setup.scaled() ? " (x scaled)" : "", batch, problem.reduction().label(),
                setup.optimizer().name(), Numbers.format(setup.startW0()), Numbers.format(setup.startW1()), maxSteps,
                Numbers.format(range[0]), Numbers.format(range[1]),
                Numbers.format(RegressionRateSweep.criticalRate(problem), 3));
        return new SweepWindow.Plan(sweep, settings);
    }

    /**
     * The engine's range kept within the lesson's slider; when that leaves less than a decade (gd's
     * critical rate far outside the slider), two decades at the slider's nearer end.
     */
    static double[] lessonRange(double[] engineRange) {
        double low = Math.max(LearningRateControl.MIN, engineRange[0]);
        double high = Math.min(LearningRateControl.MAX, engineRange[1]);
        if (high / low < 10) {
            return engineRange[1] <= LearningRateControl.MIN * 10
                    ? new double[] {LearningRateControl.MIN, LearningRateControl.MIN * 100}
                    : new double[] {LearningRateControl.MAX / 100, LearningRateControl.MAX};
        }
        return new double[] {low, high};
    }

    @Override
    public void load(double learningRate) {
        model.session().pause();
        model.session().learningRateProperty().set(learningRate);
        model.session().reset();
    }

    @Override
    public boolean locked() {
        return model.session().predict().lockedProperty().get();
    }

    @Override
    public ObservableDoubleValue learningRate() {
        return model.session().learningRateProperty();
    }
}
