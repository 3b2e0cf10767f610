package org.gradientlab.app.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.util.List;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.engine.TraceHistory.Trace;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * A chart of values over steps (a cost, the parameters), fed with immutable traces. It redraws at
 * most every {@link #MIN_REDRAW_NANOS}; the newest trace is drawn at the next chance, so nothing is
 * lost, only coalesced. Non-finite values become gaps, and a log scale skips values at or below 0.
 * Its colours, fonts and line widths come from the theme's CSS through a {@link ChartPalette}.
 */
public final class TraceChart {

    /**
     * One series: its name, its colour picked from the palette, and whether it is dashed (told
     * apart by its pattern too, not only by colour).
     */
    public record Line(String name, Function<ChartPalette, Color> color, boolean dashed) {
    }

    /**
     * At least 100 ms between redraws: a redraw repaints the whole chart, which costs the software
     * renderer several milliseconds on its own thread as well as the drawing here; ten pictures a
     * second of thousands of steps is as much as anyone reads, and a single step still shows at once.
     */
    static final long MIN_REDRAW_NANOS = 100_000_000L;
    /** A redraw may take at most this share of the FX thread's time: the wait after one is this many times its cost. */
    static final int REDRAW_COST_FACTOR = 6;

    /** The ghost's series key. */
    static final String GHOST = "first run";
    private final List<String> names;
    private final List<Line> lines;
    private final PalettePane pane;
    private final int firstColumn;
    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    private final XYPlot plot;
    private final JFreeChart chart;
    private final ChartViewer viewer;
    private final String rangeLabel;
    private Trace pending;
    /** A branch's cut-off first run, drawn faded under the first series; null for none. */
    private Trace ghost;
    private Trace shown;
    private long lastDraw;
    private long nextDrawAfter = MIN_REDRAW_NANOS;
    /**
     * The pulse at which a chart over steps last redrew (FX thread only): the charts of a lesson take
     * turns, one redraw a pulse, rather than all redrawing in the same frame (each costs the FX thread
     * milliseconds).
     */
    private static long pulseOfLastDraw;
    private boolean logScale;
    /** What the range label's fit was last judged on (FX thread). */
    private double fittedRoom = -1;
    private String fittedLabel;
    private Font fittedFont;
    private java.awt.Paint fittedPaint;
    /** A CSS pass changed colours or sizes: restyle once, at the next frame, with notifications held. */
    private boolean restyleDue;

    /**
     * @param title      the chart's title
     * @param rangeLabel the vertical axis's label
     * @param lines       one series per value shown
     * @param firstColumn the trace's column shown as the first series (the others follow in order)
     */
    public TraceChart(String title, String rangeLabel, List<Line> lines, int firstColumn) {
        this.lines = lines;
        this.names = lines.stream().map(Line::name).toList();
        this.firstColumn = firstColumn;
        this.rangeLabel = rangeLabel;
        NumberAxis steps = new NumberAxis("step");
        steps.setAutoRangeIncludesZero(false);
        steps.setAutoRangeMinimumSize(10);
        steps.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        steps.setRangeType(org.jfree.data.RangeType.POSITIVE);
        TickFormat.useFor(steps);
        plot = new XYPlot(dataset, steps, valueAxis(false), renderer);
        // No hit-testing entity per item: these charts take no clicks, and each redraw made thousands.
        renderer.setDefaultCreateEntities(false);
        chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, 15), plot, names.size() > 1);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.RIGHT);
        }
        viewer = new ChartViewer(chart, false);
        viewer.getStyleClass().add("trace-chart");
        pane = new PalettePane(viewer, () -> restyleDue = true);
        pane.setMinHeight(120);
        restyle();
        FrameTimer.whileShowing(viewer, this::drawIfDue);
    }

    /** The theme's colours, fonts and line widths, again whenever the CSS changes them. */
    private void restyle() {
        ChartPalette palette = pane.palette();
        for (int i = 0; i < lines.size(); i++) {
            renderer.setSeriesPaint(i, ChartPalette.awt(lines.get(i).color().apply(palette)));
            float width = (float) palette.line(2.2);
            renderer.setSeriesStroke(i, lines.get(i).dashed()
                    ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                            new float[] {4 * width, 2.5f * width}, 0f)
                    : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        java.awt.Color background = ChartPalette.awt(palette.background());
        java.awt.Color text = ChartPalette.awt(palette.text());
        plot.setBackgroundPaint(background);
        plot.setDomainGridlinePaint(ChartPalette.awt(palette.grid()));
        plot.setRangeGridlinePaint(ChartPalette.awt(palette.grid()));
        chart.setBackgroundPaint(background);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(palette.awtFont(Font.BOLD, 15));
            chart.getTitle().setPaint(text);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(palette.awtFont(Font.PLAIN, 13));
            legend.setItemPaint(text);
            legend.setBackgroundPaint(background);
        }
        styleAxis(plot.getDomainAxis());
        styleAxis(plot.getRangeAxis());
        TickFormat.roomForTheLastTick(plot, palette.size(12));
        float ghostWidth = (float) palette.line(2);
        renderer.setSeriesPaint(lines.size(), ChartPalette.awt(palette.text().deriveColor(0, 1, 1, 0.4)));
        renderer.setSeriesStroke(lines.size(), new BasicStroke(ghostWidth, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 10f, new float[] {3 * ghostWidth, 2 * ghostWidth}, 0f));
    }

    private ValueAxis valueAxis(boolean log) {
        ValueAxis axis = TraceAxis.of(rangeLabel, log);
        if (pane != null) {
            styleAxis(axis);
        }
        return axis;
    }

    private void styleAxis(ValueAxis axis) {
        TraceAxis.style(axis, pane.palette());
    }

    /** The node to put in a layout. */
    public StackPane node() {
        return pane;
    }

    /** The colours and sizes from CSS (for tests). */
    public ChartPalette palette() {
        return pane.palette();
    }

    /** Measures the axis label's length in its font, antialiased as drawn. */
    private static final java.awt.font.FontRenderContext LABEL_MEASURE = new java.awt.font.FontRenderContext(null, true, true);
    /** The paint of a label that does not fit. */
    private static final java.awt.Color CLEAR = new java.awt.Color(0, 0, 0, 0);

    /** The region that holds the chart and takes its palette from CSS. */
    private static final class PalettePane extends StackPane implements ChartPalette.Owner {
        private final ChartPalette palette;

        PalettePane(ChartViewer viewer, Runnable onChange) {
            super(viewer);
            getStyleClass().add("trace-chart-pane");
            palette = new ChartPalette(this, onChange);
        }

        @Override
        public ChartPalette palette() {
            return palette;
        }

        @Override
        public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
            return ChartPalette.cssMetaData();
        }
    }

    /** Shows this trace at the next redraw. */
    public void show(Trace trace) {
        pending = trace;
    }

    /** Shows a branch's ghost (the first series' column of this trace) faded under the run; null for none. */
    public void showGhost(Trace trace) {
        if (trace != ghost) {
            ghost = trace;
            pending = pending == null ? shown : pending;
        }
    }

    /** The newest value drawn of a series, NaN if none (for tests). */
    public double lastDrawn(String series) {
        int index = dataset.indexOf(series);
        if (index < 0 || dataset.getItemCount(index) == 0) {
            return Double.NaN;
        }
        return dataset.getYValue(index, dataset.getItemCount(index) - 1);
    }

    /** The legend under the plot instead of beside it (a chart of several series in a narrow place). */
    public void setLegendBelow() {
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setPosition(RectangleEdge.BOTTOM);
        }
    }

    /** A log scale for the values (costs and losses that fall by orders of magnitude). */
    public void setLogScale(boolean log) {
        if (log != logScale) {
            logScale = log;
            plot.setRangeAxis(valueAxis(log));
            if (pending == null) {
                pending = shown;
            }
        }
    }

    void drawIfDue(long now) {
        if (restyleDue) {
            restyleDue = false;
            chart.setNotify(false);
            try {
                restyle();
            } finally {
                chart.setNotify(true);
            }
        }
        fitRangeLabel();
        if (pending == null || now - lastDraw < nextDrawAfter || now == pulseOfLastDraw) {
            return;
        }
        pulseOfLastDraw = now;
        Trace trace = pending;
        pending = null;
        shown = trace;
        lastDraw = now;
        chart.setNotify(false);
        try {
            TraceAxis.fitMinimumRange(plot.getRangeAxis(), trace, firstColumn, names.size());
            for (int s = 0; s < names.size(); s++) {
                dataset.addSeries(names.get(s), new double[][] {trace.steps(), finite(trace.values()[firstColumn + s])});
            }
            dataset.removeSeries(GHOST);
            if (ghost != null) {
                dataset.addSeries(GHOST, new double[][] {ghost.steps(), finite(ghost.values()[firstColumn])});
            }
        } finally {
            long drawStart = System.nanoTime();
            chart.setNotify(true);
            // The chart redraws synchronously here; a costly redraw waits longer before the next.
            nextDrawAfter = Math.max(MIN_REDRAW_NANOS, REDRAW_COST_FACTOR * (System.nanoTime() - drawStart));
        }
    }

    /**
     * The vertical axis's label drawn only where it fits beside the plot: a label longer than the
     * plot is tall was cut at both ends (Deep network's "share right" read "ght" at 200% text). It
     * is hidden by drawing it clear, not removed: the axis keeps its text (and its " (log)"), which
     * names the chart's exported picture, and its room, so hiding it changes no layout. Measured
     * again only when the plot's height, the label or its font change.
     */
    private void fitRangeLabel() {
        org.jfree.chart.ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        double room = info == null ? 0 : info.getPlotInfo().getDataArea().getHeight();
        ValueAxis axis = plot.getRangeAxis();
        String label = axis.getLabel();
        Font font = axis.getLabelFont();
        if (room <= 0 || label == null || (room == fittedRoom && label.equals(fittedLabel) && font.equals(fittedFont)
                && axis.getLabelPaint().equals(fittedPaint))) {
            return;
        }
        boolean fits = font.getStringBounds(label, LABEL_MEASURE).getWidth() <= room;
        java.awt.Paint paint = fits ? ChartPalette.awt(pane.palette().text()) : CLEAR;
        if (!paint.equals(axis.getLabelPaint())) {
            axis.setLabelPaint(paint);
        }
        fittedRoom = room;
        fittedLabel = label;
        fittedFont = font;
        fittedPaint = paint;
    }

    /** The vertical axis's label, drawn or not (for tests). */
    String rangeLabelText() {
        return plot.getRangeAxis().getLabel();
    }

    /** Whether the vertical axis's label is drawn (for tests). */
    boolean showsRangeLabel() {
        return plot.getRangeAxis().getLabel() != null && !CLEAR.equals(plot.getRangeAxis().getLabelPaint());
    }

    private double[] finite(double[] values) {
        double[] ys = values.clone();
        for (int i = 0; i < ys.length; i++) {
            if (!Double.isFinite(ys[i]) || (logScale && ys[i] <= 0)) {
                ys[i] = Double.NaN;
            }
        }
        return ys;
    }
}
