package org.gradientlab.app.descent.explore;

import java.util.Locale;
import javafx.beans.value.ObservableDoubleValue;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.explore.SweepChart;
import org.gradientlab.app.explore.SweepWindow;
import org.gradientlab.engine.descent.LearningRateSweep;

/**
 * The Descent lesson as its sweep window sees it: the lesson's function, start and optimizer over
 * 201 rates from 1e-4 to 10, N steps each; a picked rate goes into the lesson and the run resets.
 */
public final class DescentSweep implements SweepWindow.Lesson {

    static final int DEFAULT_STEPS = 1000;
    static final String INTRO = "Run tries the lesson's function, start and optimizer at " + LearningRateSweep.DEFAULT_RATES
            + " rates from 0.0001 to 10. Click a point to use its rate in the lesson.";

    private final DescentModel model;

    public DescentSweep(DescentModel model) {
        this.model = model;
    }

    /** The window for this lesson, over its owner. */
    public static SweepWindow window(DescentModel model, javafx.stage.Window owner) {
        return new SweepWindow(new DescentSweep(model), model.session().runners().tasks("rate-sweep"), owner, INTRO,
                DEFAULT_STEPS,
                new SweepChart("final f(w)", "steps taken"));
    }

    @Override
    public SweepWindow.Plan plan(int maxSteps) {
        LearningRateSweep sweep = new LearningRateSweep(model.functionProperty().get(), model.session().optimizerProperty().get(),
                model.startWProperty().get(), LearningRateSweep.DEFAULT_MIN_RATE, LearningRateSweep.DEFAULT_MAX_RATE,
                LearningRateSweep.DEFAULT_RATES, maxSteps);
        return new SweepWindow.Plan(sweep, String.format(Locale.ROOT, "f(w) = %s,  w₀ = %s,  %s,  N = %d steps per rate",
                sweep.function().source(), sweep.w0(), sweep.optimizer().name(), sweep.maxSteps()));
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
