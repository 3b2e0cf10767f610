package org.gradientlab.app.regression.explore;

import java.util.Locale;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.compare.CompareModel;
import org.gradientlab.app.compare.CompareSnapshot;
import org.gradientlab.app.compare.CompareWindow;
import org.gradientlab.app.compare.RunPicture;
import org.gradientlab.app.compare.RunSpec;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.regression.chart.ContourChart;
import org.gradientlab.app.regression.model.RegressionModel;
import org.gradientlab.app.regression.model.RegressionSetup;

/**
 * The Regression lesson in the compare window: the runs fit the lesson's data (scaled or not, with
 * its batch and reduction) from its start (w0, w1), drawn as paths over the loss contours.
 */
public final class RegressionCompare implements CompareWindow.Subject {

    private final RegressionModel model;
    private final ContourChart chart = new ContourChart();
    private RegressionSetup setup;

    public RegressionCompare(RegressionModel model) {
        this.model = model;
        chart.node().setId("compareContourChart");
        chart.node().setOnFit(chart::fit);
    }

    @Override
    public CompareModel.Runs seed() {
        RegressionSetup now = model.session().snapshotProperty().get().setup();
        setup = now;
        chart.show(now, null);
        return (slot, spec) -> new RegressionComparedRun(slot, spec, now);
    }

    @Override
    public String problemText() {
        return String.format(Locale.ROOT, "%d points%s, %s, %s,  start (w0, w1) = (%s, %s). Converged means an update "
                + "no longer moves w0 and w1 (batch descent only).", setup.trained().size(),
                setup.scaled() ? " with x scaled" : "", setup.problem().isFullBatch() ? "full batch"
                        : "mini-batches of " + setup.problem().batchSize(),
                setup.problem().reduction().name().toLowerCase(Locale.ROOT), Numbers.format(setup.startW0()),
                Numbers.format(setup.startW1()));
    }

    @Override
    public RunSpec lessonRun() {
        return new RunSpec(model.session().optimizerProperty().get(), model.session().learningRateProperty().get());
    }

    @Override
    public OverlayChart chart() {
        return chart.node();
    }

    @Override
    public void follow(CompareSnapshot snapshot) {
        for (RunPicture run : snapshot.runs()) {
            chart.follow(run.x(), run.y());
        }
    }
}
