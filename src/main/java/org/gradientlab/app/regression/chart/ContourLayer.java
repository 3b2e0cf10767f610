package org.gradientlab.app.regression.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.gradientlab.app.chart.FrameKey;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.chart.OverlayVectors;
import org.gradientlab.app.chart.VectorMarks;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.regression.model.LossBowl;
import org.gradientlab.app.regression.model.RegressionSetup;
import org.gradientlab.app.regression.model.RegressionSnapshot;
import org.gradientlab.app.regression.model.UpdateRule;
import org.gradientlab.engine.TraceHistory.Trace;
import org.gradientlab.engine.regression.RegressionState;

/**
 * The light layer over the loss surface: the path (w0, w1) took from the start, the current point,
 * the start, the best fit, and before a step the arrow to where Step would go.
 */
public final class ContourLayer implements OverlayChart.Painter {

    /** Paths with up to this many points show a dot per step. */
    static final int DOTTED = 80;

    private RegressionSnapshot snapshot;
    /** Predict mode: the student's guess of the next (w0, w1), or null; and whether the next step is hidden. */
    private double[] guess;
    private boolean hidingNext;

    public void show(RegressionSnapshot next) {
        snapshot = next;
    }

    /** Predict mode: the guessed next (w0, w1), or null for none. */
    public void setGuess(double[] w) {
        guess = w;
    }

    /** Predict mode: hides the arrow of the next step while the student guesses it. */
    public void setHidingNext(boolean hide) {
        hidingNext = hide;
    }

    @Override
    public void paintVectors(Graphics2D g, OverlayChart chart, OverlayVectors.PlotArea area) {
        RegressionVectors.contour(new VectorMarks(g), area, chart.palette(), snapshot);
    }

    @Override
    public boolean paint(GraphicsContext g, OverlayChart chart, long now) {
        if (snapshot == null) {
            return false;
        }
        ChartPalette palette = chart.palette();
        ChartLabels.clipToPlot(g, chart);
        drawBest(g, chart, palette);
        drawPath(g, chart, palette);
        if (!hidingNext) {
            drawNextStep(g, chart, palette);
        }
        drawGuess(g, chart, palette);
        RegressionSetup setup = snapshot.setup();
        ring(g, chart.toScreenX(setup.startW0()), chart.toScreenY(setup.startW1()), palette.text(), palette.size(7),
                palette.line(2));
        RegressionState at = snapshot.current();
        if (at.isFinite()) {
            double x = chart.toScreenX(at.w0());
            double y = chart.toScreenY(at.w1());
            double r = palette.line(8);
            g.setFill(palette.point());
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(palette.background());
            g.setLineWidth(palette.line(2.5));
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
        g.restore();
        Rectangle2D area = chart.dataArea();
        // The bands lean from the surface colour to the curve colour: darker on a light surface, lighter on a dark one.
        String higher = palette.background().getBrightness() < 0.5 ? "lighter" : "darker";
        ChartLabels.label(g, chart, ChartLabels.SMALL, palette.text(),
                higher + " = higher loss · ● now · ○ start · ✕ best fit",
                area.getMinX() + 8, area.getMinY() + 6, false);
        return false;
    }

    /** The picture's fingerprint: every point of the path on screen, the marks, the arrow, the colours. */
    @Override
    public Object frameKey(OverlayChart chart) {
        if (snapshot == null) {
            return null;
        }
        RegressionSetup setup = snapshot.setup();
        LossBowl bowl = setup.bowl();
        ChartPalette palette = chart.palette();
        FrameKey key = new FrameKey(chart).value(palette.point()).value(palette.tangent()).value(palette.text())
                .value(palette.positive()).value(palette.background()).point(setup.startW0(), setup.startW1());
        if (bowl.hasMinimum()) {
            key.point(bowl.statistics().bestW0(), bowl.statistics().bestW1());
        }
        Trace trace = snapshot.trace();
        double[] w0s = trace.values()[RegressionSnapshot.W0];
        double[] w1s = trace.values()[RegressionSnapshot.W1];
        for (int i = 0; i < w0s.length; i++) {
            key.point(w0s[i], w1s[i]);
        }
        RegressionState at = snapshot.current();
        key.point(at.w0(), at.w1()).value(hidingNext);
        if (guess != null) {
            key.point(guess[0], guess[1]);
        }
        UpdateRule rule = snapshot.rule();
        if (rule != null && !rule.taken()) {
            key.point(rule.w0(), rule.w1()).point(rule.newW0(), rule.newW1());
        }
        return key;
    }

    private void drawBest(GraphicsContext g, OverlayChart chart, ChartPalette palette) {
        LossBowl bowl = snapshot.setup().bowl();
        if (!bowl.hasMinimum()) {
            return;
        }
        double x = chart.toScreenX(bowl.statistics().bestW0());
        double y = chart.toScreenY(bowl.statistics().bestW1());
        double arm = palette.size(7);
        g.setStroke(palette.positive());
        g.setLineWidth(palette.line(3));
        g.strokeLine(x - arm, y - arm, x + arm, y + arm);
        g.strokeLine(x - arm, y + arm, x + arm, y - arm);
    }

    private void drawPath(GraphicsContext g, OverlayChart chart, ChartPalette palette) {
        Trace trace = snapshot.trace();
        double[] w0s = trace.values()[RegressionSnapshot.W0];
        double[] w1s = trace.values()[RegressionSnapshot.W1];
        int n = w0s.length;
        RegressionState at = snapshot.current();
        double[] xs = new double[n + 1];
        double[] ys = new double[n + 1];
        int count = 0;
        for (int i = 0; i < n; i++) {
            count = add(chart, xs, ys, count, w0s[i], w1s[i]);
        }
        // The trace may skip steps once thinned: the path always ends at the current point.
        if (n == 0 || trace.steps()[n - 1] != at.step()) {
            count = add(chart, xs, ys, count, at.w0(), at.w1());
        }
        Color path = palette.point();
        g.setStroke(path.deriveColor(0, 1, 1, 0.85));
        g.setLineWidth(palette.line(2.5));
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokePolyline(xs, ys, count);
        if (count <= DOTTED) {
            g.setFill(path);
            double r = palette.line(3.5);
            for (int i = 0; i < count; i++) {
                g.fillOval(xs[i] - r, ys[i] - r, 2 * r, 2 * r);
            }
        }
    }

    /** Appends a point in layer pixels, bounded so a runaway value does not reach the canvas as a huge number. */
    private static int add(OverlayChart chart, double[] xs, double[] ys, int count, double w0, double w1) {
        if (!Double.isFinite(w0) || !Double.isFinite(w1)) {
            return count;
        }
        xs[count] = Math.max(-1e5, Math.min(1e5, chart.toScreenX(w0)));
        ys[count] = Math.max(-1e5, Math.min(1e5, chart.toScreenY(w1)));
        return count + 1;
    }

    private void drawNextStep(GraphicsContext g, OverlayChart chart, ChartPalette palette) {
        UpdateRule rule = snapshot.rule();
        if (rule == null || rule.taken() || !Double.isFinite(rule.newW0()) || !Double.isFinite(rule.newW1())) {
            return;
        }
        double x0 = chart.toScreenX(rule.w0());
        double y0 = chart.toScreenY(rule.w1());
        double x1 = Math.max(-1e5, Math.min(1e5, chart.toScreenX(rule.newW0())));
        double y1 = Math.max(-1e5, Math.min(1e5, chart.toScreenY(rule.newW1())));
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (length < 6) {
            return;
        }
        Color color = palette.tangent();
        g.setStroke(color);
        g.setFill(color);
        g.setLineWidth(palette.line(2.5));
        g.setLineDashes(palette.line(6), palette.line(5));
        g.strokeLine(x0, y0, x1, y1);
        g.setLineDashes();
        double angle = Math.atan2(y1 - y0, x1 - x0);
        double head = Math.min(palette.line(14), length * 0.5);
        g.fillPolygon(new double[] {x1, x1 - head * Math.cos(angle - 0.4), x1 - head * Math.cos(angle + 0.4)},
                new double[] {y1, y1 - head * Math.sin(angle - 0.4), y1 - head * Math.sin(angle + 0.4)}, 3);
    }

    /** The ghost of the guess: a dashed ring with a cross, where the student thinks the step lands. */
    private void drawGuess(GraphicsContext g, OverlayChart chart, ChartPalette palette) {
        if (guess == null) {
            return;
        }
        double x = chart.toScreenX(guess[0]);
        double y = chart.toScreenY(guess[1]);
        g.setStroke(palette.text());
        g.setLineWidth(2);
        g.setLineDashes(4, 3);
        g.strokeOval(x - 10, y - 10, 20, 20);
        g.setLineDashes();
        g.strokeLine(x - 5, y, x + 5, y);
        g.strokeLine(x, y - 5, x, y + 5);
    }

    private static void ring(GraphicsContext g, double x, double y, Color color, double radius, double width) {
        if (!(Math.abs(x) < 1e5 && Math.abs(y) < 1e5)) {
            return;
        }
        g.setStroke(color);
        g.setLineWidth(width);
        g.strokeOval(x - radius, y - radius, 2 * radius, 2 * radius);
    }
}
