package org.gradientlab.app.regression.chart;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.regression.model.LossBowl;
import org.gradientlab.app.regression.model.RegressionSetup;
import org.gradientlab.app.regression.model.UpdateRule;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.app.chart.TickFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Align;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The loss over (w0, w1) as a heat map with contour lines: an image of the plot area's size,
 * painted from the closed-form loss and set as the plot's background, so the chart redraws only
 * when the data, the reduction, the scaling, the view or the size change, never while a run plays.
 * The path and the points move on the light layer ({@link ContourLayer}).
 */
public final class ContourChart {

    private final NumberAxis w0Axis = new NumberAxis("w0 (intercept)");
    private final NumberAxis w1Axis = new NumberAxis("w1 (slope)");
    private final JFreeChart chart;
    private final XYPlot plot;
    private final OverlayChart overlay;
    private RegressionSetup shown;
    private LossGrid grid;
    private int imageWidth;
    private int imageHeight;
    private boolean stale = true;
    /** Where the first update goes from the start (it may overshoot across the valley). */
    private final double[] firstStep = {Double.NaN, Double.NaN};

    public ContourChart() {
        plot = new XYPlot(new DefaultXYDataset(), w0Axis, w1Axis, new XYLineAndShapeRenderer(false, false));
        TickFormat.useFor(w0Axis, w1Axis);
        for (NumberAxis axis : new NumberAxis[] {w0Axis, w1Axis}) {
            axis.setAutoRange(false);
        }
        plot.setBackgroundImageAlignment(Align.FIT);
        plot.setBackgroundImageAlpha(1f);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(true);
        chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setAntiAlias(true);
        overlay = new OverlayChart(chart);
        overlay.setId("contourChart");
        overlay.setOnPaletteChange(this::restyle);
        overlay.setOnViewChange(this::renderImage);
        // Only while on screen: a hidden chart has no plot area, and would render its guess every frame.
        FrameTimer.whileShowing(overlay, now -> {
            if (sizeChanged() && !overlay.userViewProperty().get()) {
                fit();
            } else if (stale || sizeChanged()) {
                renderImage();
            }
        });
    }

    private void restyle() {
        ChartPalette palette = overlay.palette();
        plot.setBackgroundPaint(ChartPalette.awt(palette.background()));
        chart.setBackgroundPaint(ChartPalette.awt(palette.background()));
        java.awt.Color text = ChartPalette.awt(palette.text());
        for (NumberAxis axis : new NumberAxis[] {w0Axis, w1Axis}) {
            axis.setLabelPaint(text);
            axis.setTickLabelPaint(text);
            axis.setLabelFont(palette.awtFont(Font.PLAIN, 16));
            axis.setTickLabelFont(palette.awtFont(Font.PLAIN, 13));
            TickFormat.roomForTheLastTick(plot, palette.size(13));
            axis.setAxisLinePaint(text);
            axis.setTickMarkPaint(text);
        }
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
        setView(shown.bowl().frame(new double[] {shown.startW0(), firstStep[0]},
                new double[] {shown.startW1(), firstStep[1]}));
    }

    /**
     * Shows at least the box {w0 low, w0 high, w1 low, w1 high}, with one w unit as long across as
     * up, so the bowl's true shape shows: a round bowl looks round, a narrow valley narrow.
     */
    private void setView(double[] box) {
        Rectangle2D area = overlay.dataArea();
        double width = area == null ? overlay.getWidth() - 90 : area.getWidth();
        double height = area == null ? overlay.getHeight() - 60 : area.getHeight();
        double half0 = (box[1] - box[0]) / 2;
        double half1 = (box[3] - box[2]) / 2;
        if (width > 0 && height > 0) {
            double perPixel = Math.max(half0 / width, half1 / height);
            half0 = perPixel * width;
            half1 = perPixel * height;
        }
        double centre0 = (box[0] + box[1]) / 2;
        double centre1 = (box[2] + box[3]) / 2;
        chart.setNotify(false);
        try {
            w0Axis.setRange(centre0 - half0, centre0 + half0);
            w1Axis.setRange(centre1 - half1, centre1 + half1);
            renderImage();
        } finally {
            chart.setNotify(true);
        }
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
        setView(new double[] {Math.min(r0.getLowerBound(), w0 - margin0), Math.max(r0.getUpperBound(), w0 + margin0),
                Math.min(r1.getLowerBound(), w1 - margin1), Math.max(r1.getUpperBound(), w1 + margin1)});
    }

    private boolean sizeChanged() {
        Rectangle2D area = overlay.dataArea();
        return area != null && ((int) Math.round(area.getWidth()) != imageWidth
                || (int) Math.round(area.getHeight()) != imageHeight);
    }

    /** Paints the loss over the visible ranges, one value per pixel of the plot area. */
    private void renderImage() {
        Rectangle2D area = overlay.dataArea();
        if (shown == null) {
            return;
        }
        // Before the first draw the plot area is unknown: a guess, corrected at the next frame.
        imageWidth = area == null ? 400 : Math.max(1, (int) Math.round(area.getWidth()));
        imageHeight = area == null ? 300 : Math.max(1, (int) Math.round(area.getHeight()));
        LossBowl bowl = shown.bowl();
        grid = LossGrid.of(bowl, w0Axis.getLowerBound(), w0Axis.getUpperBound(), w1Axis.getLowerBound(),
                w1Axis.getUpperBound(), imageWidth, imageHeight);
        ChartPalette palette = overlay.palette();
        BufferedImage image = ContourImage.render(grid, bowl.minLoss(), palette.background(), palette.curve(),
                palette.curve().deriveColor(0, 1, 1, 0.55));
        plot.setBackgroundImage(image);
        stale = area == null;
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
