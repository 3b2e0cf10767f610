package org.gradientlab.app.surface;

import java.util.Locale;
import java.util.function.Supplier;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.compare.CompareModel;
import org.gradientlab.app.compare.CompareSnapshot;
import org.gradientlab.app.compare.CompareWindow;
import org.gradientlab.app.compare.RunSpec;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.engine.expr.SurfaceExpression;
import org.gradientlab.engine.surface.SurfaceNoise;

/**
 * The Surface lesson in the compare window: up to four optimizers race down the lesson's
 * f(w1, w2) from its start, on a contour map of the box the lesson's map shows when seeded.
 */
final class SurfaceCompare implements CompareWindow.Subject {

    private final SurfaceModel model;
    private final Supplier<double[]> box;
    private final SurfaceHeatMap map;
    private String problem = "";

    /** @param box the lesson map's visible box */
    SurfaceCompare(SurfaceModel model, Supplier<double[]> box) {
        this.model = model;
        this.box = box;
        map = new SurfaceHeatMap(model.session().runners().tasks("surface-compare-map"));
        map.node().setId("compareSurfaceMap");
        map.node().setOnFit(() -> map.show(model.functionProperty().get(), box.get()));
    }

    @Override
    public CompareModel.Runs seed() {
        SurfaceExpression f = model.functionProperty().get();
        double w1 = model.startW1Property().get();
        double w2 = model.startW2Property().get();
        SurfaceNoise noise = new SurfaceNoise(model.noiseProperty().get(), model.seedProperty().get());
        map.show(f, box.get());
        problem = String.format(Locale.ROOT, "f(w1, w2) = %s,  start (%s, %s)%s. Each run takes one update per step at "
                + "its own rate; converged means |∇f| and the last step are both below 10⁻⁶.", f.source(),
                Numbers.format(w1), Numbers.format(w2), noise.isNone() ? ""
                        : ",  noise S = " + Numbers.format(noise.scale()) + " (seed " + noise.seed() + ", the same for every run)");
        return (slot, spec) -> new SurfaceComparedRun(slot, spec, f, noise, w1, w2);
    }

    @Override
    public String problemText() {
        return problem;
    }

    @Override
    public RunSpec lessonRun() {
        return new RunSpec(model.session().optimizerProperty().get(), model.session().learningRateProperty().get());
    }

    @Override
    public OverlayChart chart() {
        return map.node();
    }

    /** The map keeps its box: a runaway would only shrink the picture of the others. */
    @Override
    public void follow(CompareSnapshot snapshot) {
    }
}
