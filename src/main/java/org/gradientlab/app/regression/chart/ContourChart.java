package org.gradientlab.app.regression.chart;

import org.gradientlab.app.chart.HeatMapChart;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.regression.model.LossBowl;
import org.gradientlab.app.regression.model.RegressionSetup;
import org.gradientlab.app.regression.model.UpdateRule;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.app.chart.TickFormat;
import org.jfree.chart.axis.NumberAxis;

/**
 * The loss over (w0, w1) as a heat map with contour lines: an image of the plot area's size,
 * painted from the closed-form loss and set as the plot's background, so the chart redraws only
 * when the data, the reduction, the scaling, the view or the size change, never while a run plays.
 * The path and the points move on the light layer ({@link ContourLayer}).
 */
public final class ContourChart {

    private final HeatMapChart map = new HeatMapChart("w0 (intercept)", "w1 (slope)", "contourChart", this::renderImage);
    private final NumberAxis w0Axis = map.xAxis();
    private final NumberAxis w1Axis = map.yAxis();
    private final OverlayChart overlay = map.overlay();
    private RegressionSetup shown;
    private LossGrid grid;
    private boolean stale = true;
    /** Where the first update goes from the start (it may overshoot across the valley). */
    private final double[] firstStep = {Double.NaN, Double.NaN};

    public ContourChart() {
        TickFormat.useFor(w0Axis, w1Axis);
        overlay.setOnPaletteChange(this::restyle);
        overlay.setOnViewChange(this::renderImage);
        // Only while on screen: a hidden chart has no plot area, and would render its guess every frame.
        FrameTimer.whileShowing(overlay, now -> {
            if (map.sizeChanged() && !overlay.userViewProperty().get()) {
                fit();
            } else if (stale || map.sizeChanged()) {
                renderImage();
            }
        });
    }

    private void restyle() {
        map.restyle();
        TickFormat.roomForTheLastTick(map.plot(), overlay.palette().size(13));
        stale = true;
    }

    /** The node to put in a layout. */
    public OverlayChart node() {
        return overlay;
    }

    /**
     * The surface of this run. A new surface (other data, reduction or scaling) brings the
     * automatic view back unless the person has zoomed or panned; a new start only widens it when
     * the start lies outside.
     */
    public void show(RegressionSetup setup, UpdateRule rule) {
        RegressionSetup before = shown;
        shown = setup;
        if (rule != null && rule.fromStep() == 0) {
            // A first step that raises the loss is the start of a divergence: framing it would hide the bowl.
            LossBowl bowl = setup.bowl();
            boolean descends = bowl.loss(rule.newW0(), rule.newW1()) <= bowl.loss(rule.w0(), rule.w1());
            firstStep[0] = descends ? rule.newW0() : Double.NaN;
            firstStep[1] = descends ? rule.newW1() : Double.NaN;
        }
        boolean newSurface = before == null || before.statistics() != setup.statistics()
                || before.problem().reduction() != setup.problem().reduction();
        boolean startOutside = !w0Axis.getRange().contains(setup.startW0())
                || !w1Axis.getRange().contains(setup.startW1());
        if (newSurface && !overlay.userViewProperty().get() || startOutside && !overlay.userViewProperty().get()) {
            fit();
        } else if (newSurface) {
            renderImage();
        }
        String units = setup.scaled() ? ", for scaled x)" : ")";
        if (!w0Axis.getLabel().equals("w0 (intercept" + units)) {
            w0Axis.setLabel("w0 (intercept" + units);
            w1Axis.setLabel("w1 (slope" + units);
        }
    }

    /** The automatic view: the best fit, the start and where the first step goes. */
    public void fit() {
        if (shown == null) {
            return;
        }
        map.setView(shown.bowl().frame(new double[] {shown.startW0(), firstStep[0]},
                new double[] {shown.startW1(), firstStep[1]}));
    }

    /**
     * Widens the automatic view when the run leaves it (a zigzag across a narrow valley), with a
     * margin; leaves a person's own view alone, and a runaway far beyond the picture too.
     */
    public void follow(double w0, double w1) {
        if (overlay.userViewProperty().get() || !Double.isFinite(w0) || !Double.isFinite(w1)) {
            return;
        }
        org.jfree.data.Range r0 = w0Axis.getRange();
        org.jfree.data.Range r1 = w1Axis.getRange();
        if (r0.contains(w0) && r1.contains(w1)) {
            return;
        }
        if (Math.abs(w0 - r0.getCentralValue()) > 10 * r0.getLength()
                || Math.abs(w1 - r1.getCentralValue()) > 10 * r1.getLength()) {
            return;
        }
        double margin0 = 0.1 * r0.getLength();
        double margin1 = 0.1 * r1.getLength();
        map.setView(new double[] {Math.min(r0.getLowerBound(), w0 - margin0), Math.max(r0.getUpperBound(), w0 + margin0),
                Math.min(r1.getLowerBound(), w1 - margin1), Math.max(r1.getUpperBound(), w1 + margin1)});
    }

    /** Paints the loss over the visible ranges, one value per pixel of the plot area. */
    private void renderImage() {
        if (shown == null) {
            return;
        }
        boolean guessed = map.sizeImage();
        LossBowl bowl = shown.bowl();
        grid = LossGrid.of(bowl, w0Axis.getLowerBound(), w0Axis.getUpperBound(), w1Axis.getLowerBound(),
                w1Axis.getUpperBound(), map.imageWidth(), map.imageHeight());
        ChartPalette palette = overlay.palette();
        map.setImage(ContourImage.render(grid, bowl.minLoss(), palette.background(), palette.curve(),
                palette.curve().deriveColor(0, 1, 1, 0.55)));
        stale = guessed;
    }

    /** The loss values of the image shown (for tests), or null before the first. */
    LossGrid grid() {
        return grid;
    }

    /** The surface shown. */
    RegressionSetup shown() {
        return shown;
    }
}
