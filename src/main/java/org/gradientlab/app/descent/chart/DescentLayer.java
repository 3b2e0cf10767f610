package org.gradientlab.app.descent.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.gradientlab.app.chart.FrameKey;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.chart.OverlayVectors;
import org.gradientlab.app.chart.VectorMarks;
import org.gradientlab.app.descent.model.DescentSnapshot;
import org.gradientlab.app.descent.model.StepRow;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.engine.descent.DescentState;

/**
 * The light layer over the curve: the fading trail of earlier points, the tangent at the current
 * point with its slope, the arrow of the next step, and the point itself, which glides to its new
 * place after a step (first along the tangent, then down to the curve: the linear guess, then the
 * truth).
 */
public final class DescentLayer implements OverlayChart.Painter {

    /** How long one step's glide takes when stepping by hand. */
    public static final double GLIDE_SECONDS = 0.45;

    private DescentSnapshot snapshot;
    private String stepFormula = "−η·f′(w)";
    private DescentState glideFrom;
    private long glideStart;
    private double glideSeconds;
    private boolean glideRequested;
    private double startW = Double.NaN;
    private double startF = Double.NaN;
    /** Predict mode: the student's ghost marker (NaN for none), and whether the next step is hidden. */
    private double guessW = Double.NaN;
    private double guessF = Double.NaN;
    private boolean hidingNext;

    /** A new snapshot; glide to it over {@code seconds} (0 for a jump). */
    public void show(DescentSnapshot next, double seconds) {
        DescentSnapshot previous = snapshot;
        snapshot = next;
        if (seconds > 0 && previous != null && previous.current().isFinite()) {
            glideFrom = previous.current();
            glideSeconds = seconds;
            glideRequested = true;
        } else {
            glideFrom = null;
        }
    }

    /** The start marker. */
    public void setStart(double w, double f) {
        startW = w;
        startF = f;
    }

    /** Predict mode: the ghost marker at the guessed w (NaN for none), on the curve at f. */
    public void setGuess(double w, double f) {
        guessW = w;
        guessF = f;
    }

    /** Predict mode: hides the arrow of the next step while the student guesses it. */
    public void setHidingNext(boolean hide) {
        hidingNext = hide;
    }

    /** How the arrow's label names the step: the gd formula, or just "next step" for the others. */
    public void setStepFormula(String formula) {
        stepFormula = formula;
    }

    /** True while a glide is under way (tests and the probe may wait for it). */
    public boolean isGliding() {
        return glideFrom != null;
    }

    @Override
    public void paintVectors(Graphics2D g, OverlayChart chart, OverlayVectors.PlotArea area) {
        DescentVectors.paint(new VectorMarks(g), area, chart.palette(), snapshot,
                startW, startF, stepFormula);
    }

    @Override
    public boolean paint(GraphicsContext g, OverlayChart chart, long now) {
        if (snapshot == null) {
            return false;
        }
        if (glideRequested) {
            glideRequested = false;
            glideStart = now;
        }
        Rectangle2D area = chart.dataArea();
        ChartPalette palette = chart.palette();
        g.save();
        g.beginPath();
        g.rect(area.getX(), area.getY(), area.getWidth(), area.getHeight());
        g.clip();
        drawStart(g, chart, palette);
        DescentPixels marks = new DescentPixels(pixels(chart), snapshot.recent());
        drawTrail(g, palette, marks);
        DescentState at = snapshot.current();
        double progress = glideFrom == null ? 1 : Math.min(1, (now - glideStart) / (glideSeconds * 1e9));
        if (!at.isFinite()) {
            g.restore();
            return false;
        }
        double w = at.w();
        double f = at.f();
        double slope = at.grad();
        if (progress < 1) {
            double[] p = glidePoint(glideFrom, at, progress);
            w = p[0];
            f = p[1];
            slope = glideFrom.grad();
        } else {
            glideFrom = null;
        }
        double[] tangent = marks.tangent(w, f, slope);
        drawTangent(g, palette, tangent);
        boolean arrow = glideFrom == null && !hidingNext && Double.isFinite(snapshot.nextW()) && snapshot.nextW() != at.w();
        StepArrowPainter labels = new StepArrowPainter(palette, DescentPixels.slopeText(slope),
                arrow ? DescentPixels.stepText(stepFormula, snapshot.nextW() - at.w()) : null);
        double x0 = chart.toScreenX(w);
        double y0 = chart.toScreenY(f);
        double step = snapshot.nextW() - at.w();
        StepArrowLayout places = marks.layout(palette, tangent, x0, y0, chart.toScreenX(snapshot.nextW()),
                chart.toScreenY(at.f() + at.grad() * step), labels.stepSize(), labels.slopeSize());
        Color color = step > 0 ? palette.positive() : palette.negative();
        if (arrow) {
            StepArrowPainter.arrow(g, palette, color, x0, y0, places.endX, places.endY);
        }
        drawGuess(g, chart, palette);
        drawPoint(g, chart, palette, w, f);
        labels.drawSlope(g, palette.tangent(), places.slopeLabel);
        if (arrow) {
            labels.drawStep(g, color, places.stepLabel);
        }
        g.restore();
        return glideFrom != null;
    }

    /**
     * The picture's fingerprint: the points at a quarter of a pixel, the colours and the labels'
     * texts. Null while a glide runs (every frame moves then).
     */
    @Override
    public Object frameKey(OverlayChart chart) {
        if (snapshot == null || glideFrom != null || glideRequested) {
            return null;
        }
        ChartPalette palette = chart.palette();
        FrameKey key = new FrameKey(chart).value(stepFormula).value(palette.point()).value(palette.tangent())
                .value(palette.background()).point(startW, startF).point(guessW, guessF).value(hidingNext);
        List<StepRow> rows = snapshot.recent();
        for (int i = Math.max(0, rows.size() - 1 - DescentPixels.TRAIL); i < rows.size(); i++) {
            key.point(rows.get(i).w(), rows.get(i).f());
        }
        DescentState at = snapshot.current();
        double halfWidth = DescentPixels.tangentHalfWidth(pixels(chart));
        double step = snapshot.nextW() - at.w();
        return key.point(at.w(), at.f()).point(at.w() + halfWidth, at.f() + at.grad() * halfWidth)
                .point(snapshot.nextW(), at.f() + at.grad() * step)
                .value(Numbers.format(at.grad())).value(Numbers.signed(step));
    }

    /** Along the old tangent to the new w for the first 60%, then straight to the curve. */
    static double[] glidePoint(DescentState from, DescentState to, double progress) {
        double eased = progress * progress * (3 - 2 * progress);
        double split = 0.6;
        double tangentF = from.f() + from.grad() * (to.w() - from.w());
        if (to.step() < from.step()) {
            return new double[] {from.w() + (to.w() - from.w()) * eased, from.f() + (to.f() - from.f()) * eased};
        }
        if (eased < split) {
            double s = eased / split;
            return new double[] {from.w() + (to.w() - from.w()) * s, from.f() + (tangentF - from.f()) * s};
        }
        double s = (eased - split) / (1 - split);
        return new double[] {to.w(), tangentF + (to.f() - tangentF) * s};
    }

    private void drawStart(GraphicsContext g, OverlayChart chart, ChartPalette palette) {
        if (!Double.isFinite(startF)) {
            return;
        }
        g.setStroke(palette.text().deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(palette.line(2));
        double x = chart.toScreenX(startW);
        double y = chart.toScreenY(startF);
        double r = palette.size(6);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private void drawTrail(GraphicsContext g, ChartPalette palette, DescentPixels marks) {
        Color trail = palette.point();
        g.setLineWidth(palette.line(1.5));
        double r = palette.size(4);
        double[] xy = marks.trail;
        for (int k = 0; k < marks.trailDots(); k++) {
            double alpha = marks.trailAlpha(k);
            g.setStroke(trail.deriveColor(0, 1, 1, alpha * 0.5));
            g.strokeLine(xy[2 * k], xy[2 * k + 1], xy[2 * k + 2], xy[2 * k + 3]);
            g.setFill(trail.deriveColor(0, 1, 1, alpha));
            g.fillOval(xy[2 * k] - r, xy[2 * k + 1] - r, 2 * r, 2 * r);
        }
    }

    private void drawTangent(GraphicsContext g, ChartPalette palette, double[] tangent) {
        g.setStroke(palette.tangent());
        g.setLineWidth(palette.line(2.5));
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(tangent[0], tangent[1], tangent[2], tangent[3]);
    }

    /** The canvas's plot area and its mapping, as an export has its own. */
    private static OverlayVectors.PlotArea pixels(OverlayChart chart) {
        return new OverlayVectors.PlotArea(chart.plot(), chart.dataArea());
    }

    /** The ghost: a dashed line down to the w axis and a hollow ring on the curve, labelled with the guess. */
    private void drawGuess(GraphicsContext g, OverlayChart chart, ChartPalette palette) {
        if (!Double.isFinite(guessW)) {
            return;
        }
        Rectangle2D area = chart.dataArea();
        double x = chart.toScreenX(guessW);
        Color ghost = palette.text().deriveColor(0, 1, 1, 0.75);
        g.setStroke(ghost);
        g.setLineWidth(2);
        g.setLineDashes(6, 5);
        g.strokeLine(x, area.getMinY(), x, area.getMaxY());
        g.setLineDashes(null);
        if (Double.isFinite(guessF)) {
            double y = chart.toScreenY(guessF);
            g.strokeOval(x - 9, y - 9, 18, 18);
        }
        g.setFill(ghost);
        g.fillPolygon(new double[] {x, x - 9, x + 9}, new double[] {area.getMaxY() - 16, area.getMaxY(), area.getMaxY()}, 3);
        label(g, chart, palette, palette.text(), "your guess w = " + Numbers.format(guessW, 3), x, area.getMaxY() - 34);
    }

    private void drawPoint(GraphicsContext g, OverlayChart chart, ChartPalette palette, double w, double f) {
        double x = chart.toScreenX(w);
        double y = chart.toScreenY(f);
        double r = palette.line(8);
        g.setFill(palette.point());
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(palette.background());
        g.setLineWidth(palette.line(2.5));
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    /** A label centred at (x, y) on a light box, moved inside the plot area if it would stick out. */
    private static void label(GraphicsContext g, OverlayChart chart, ChartPalette palette, Color color, String text,
                              double x, double y) {
        Font font = palette.font("System", FontWeight.BOLD, 16);
        g.setFont(font);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        Text measure = new Text(text);
        measure.setFont(font);
        double width = measure.getLayoutBounds().getWidth();
        double half = measure.getLayoutBounds().getHeight() / 2 + palette.size(3);
        Rectangle2D area = chart.dataArea();
        x = Math.max(area.getMinX() + width / 2 + 8, Math.min(area.getMaxX() - width / 2 - 8, x));
        y = Math.max(area.getMinY() + half, Math.min(area.getMaxY() - half, y));
        g.setFill(palette.background().deriveColor(0, 1, 1, 0.85));
        g.fillRoundRect(x - width / 2 - 6, y - half, width + 12, 2 * half, 8, 8);
        g.setFill(color);
        g.fillText(text, x, y);
    }
}
