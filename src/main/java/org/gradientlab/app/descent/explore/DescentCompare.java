package org.gradientlab.app.descent.explore;

import java.util.Locale;
import java.util.function.Supplier;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.compare.CompareModel;
import org.gradientlab.app.compare.CompareSnapshot;
import org.gradientlab.app.compare.CompareWindow;
import org.gradientlab.app.compare.RunPicture;
import org.gradientlab.app.compare.RunSpec;
import org.gradientlab.app.descent.chart.DescentChart;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.engine.expr.Expression;

/**
 * The Descent lesson in the compare window: the runs go down the lesson's f(w) from its start, on a
 * chart of the curve, over the w range the lesson's chart shows when the window opens.
 */
public final class DescentCompare implements CompareWindow.Subject {

    private final DescentModel model;
    private final Supplier<double[]> wRange;
    private final DescentChart chart = new DescentChart();
    private Expression function;
    private double w0;

    /** @param wRange the lesson chart's visible w range, {low, high} */
    public DescentCompare(DescentModel model, Supplier<double[]> wRange) {
        this.model = model;
        this.wRange = wRange;
        chart.node().setId("compareDescentChart");
        chart.node().setOnFit(chart::fit);
    }

    @Override
    public CompareModel.Runs seed() {
        Expression f = model.functionProperty().get();
        double start = model.startWProperty().get();
        function = f;
        w0 = start;
        double[] range = wRange.get();
        chart.show(f, Math.min(range[0], start - 0.5), Math.max(range[1], start + 0.5), f.value(start));
        return (slot, spec) -> new DescentComparedRun(slot, spec, f, start);
    }

    @Override
    public String problemText() {
        return String.format(Locale.ROOT, "f(w) = %s,  start w₀ = %s. Each run takes one update per step at its "
                + "own rate; converged means |f′(w)| and the last step are both below 10⁻⁶.", function.source(),
                Numbers.format(w0));
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
            chart.follow(run.x());
        }
    }
}
