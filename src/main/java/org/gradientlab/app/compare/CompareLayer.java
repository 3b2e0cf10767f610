package org.gradientlab.app.compare;

import java.awt.geom.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.chart.PixelPath;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.engine.TraceHistory.Trace;

/**
 * The light layer of the compare chart: each run's trail and its point now, in the run's colour,
 * over the lesson's own chart (the curve f(w), or the loss contours), and a legend in the corner.
 */
public final class CompareLayer implements OverlayChart.Painter {

    /** Trails with up to this many points show a dot per step. */
    static final int DOTTED = 60;

    private CompareSnapshot snapshot;

    /** The runs to draw next. */
    public void show(CompareSnapshot next) {
        snapshot = next;
    }

    @Override
    public boolean paint(GraphicsContext g, OverlayChart chart, long now) {
        if (snapshot == null) {
            return false;
        }
        ChartPalette palette = chart.palette();
        Rectangle2D area = chart.dataArea();
        g.save();
        g.beginPath();
        g.rect(area.getMinX(), area.getMinY(), area.getWidth(), area.getHeight());
        g.clip();
        // The last run on top: later slots are drawn over earlier ones where the paths coincide.
        for (RunPicture run : snapshot.runs()) {
            drawTrail(g, chart, palette, run);
        }
        drawStart(g, chart, palette);
        for (RunPicture run : snapshot.runs()) {
            drawPoint(g, chart, palette, run);
        }
        g.restore();
        drawLegend(g, palette, area);
        return false;
    }

    private static void drawTrail(GraphicsContext g, OverlayChart chart, ChartPalette palette, RunPicture run) {
        Trace trail = run.trail();
        double[] xs = trail.values()[0];
        double[] ys = trail.values()[1];
        Color colour = RunColours.of(run.slot());
        g.setStroke(colour);
        g.setLineWidth(palette.line(2.5));
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        PixelPath line = PixelPath.on(g);
        for (int i = 0; i < xs.length; i++) {
            double x = chart.toScreenX(xs[i]);
            double y = chart.toScreenY(ys[i]);
            // A runaway point is off any screen: the line breaks there instead of drawing nonsense.
            boolean onScreen = Math.abs(x) <= 1e6 && Math.abs(y) <= 1e6;
            line.to(onScreen ? x : Double.NaN, onScreen ? y : Double.NaN);
        }
        line.stroke(g);
        if (xs.length <= DOTTED) {
            g.setFill(colour);
            double r = palette.line(3);
            for (int i = 0; i < xs.length; i++) {
                g.fillOval(chart.toScreenX(xs[i]) - r, chart.toScreenY(ys[i]) - r, 2 * r, 2 * r);
            }
        }
    }

    /** A ring where every run began (they share the start). */
    private void drawStart(GraphicsContext g, OverlayChart chart, ChartPalette palette) {
        if (snapshot.runs().isEmpty() || snapshot.runs().get(0).trail().steps().length == 0) {
            return;
        }
        Trace trail = snapshot.runs().get(0).trail();
        double x = chart.toScreenX(trail.values()[0][0]);
        double y = chart.toScreenY(trail.values()[1][0]);
        double r = palette.size(7);
        g.setStroke(palette.text());
        g.setLineWidth(palette.line(2));
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    private static void drawPoint(GraphicsContext g, OverlayChart chart, ChartPalette palette, RunPicture run) {
        double x = chart.toScreenX(run.x());
        double y = chart.toScreenY(run.y());
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        double r = palette.line(run.status() == RunStatus.RUNNING ? 8 : 7);
        g.setFill(RunColours.of(run.slot()));
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(palette.background());
        g.setLineWidth(palette.line(2.5));
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    /** One line per run: its colour, its settings and how it stands. */
    private void drawLegend(GraphicsContext g, ChartPalette palette, Rectangle2D area) {
        if (snapshot.runs().isEmpty()) {
            return;
        }
        g.setFont(palette.font("System", FontWeight.NORMAL, 14));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double line = palette.size(21);
        double width = 0;
        String[] texts = new String[snapshot.runs().size()];
        for (int i = 0; i < texts.length; i++) {
            RunPicture run = snapshot.runs().get(i);
            texts[i] = (run.slot() + 1) + "  " + run.spec().label() + "  · " + standing(run);
            width = Math.max(width, texts[i].length() * palette.size(7.4));
        }
        double swatch = palette.size(22);
        double boxWidth = Math.min(area.getWidth() - 16, width + swatch + palette.size(20));
        double x = area.getMaxX() - boxWidth - 8;
        double y = area.getMinY() + 8;
        g.setFill(palette.background().deriveColor(0, 1, 1, 0.88));
        g.fillRect(x, y, boxWidth, line * texts.length + palette.size(8));
        g.setStroke(palette.grid());
        g.setLineWidth(1);
        g.strokeRect(x, y, boxWidth, line * texts.length + palette.size(8));
        for (int i = 0; i < texts.length; i++) {
            double cy = y + palette.size(4) + line * (i + 0.5);
            g.setStroke(RunColours.of(snapshot.runs().get(i).slot()));
            g.setLineWidth(palette.line(4));
            g.strokeLine(x + palette.size(8), cy, x + swatch, cy);
            g.setFill(palette.text());
            g.fillText(texts[i], x + swatch + palette.size(8), cy);
        }
    }

    private static String standing(RunPicture run) {
        return switch (run.status()) {
            case CONVERGED -> "converged at step " + run.endedAt();
            case DIVERGED -> "diverged at step " + run.endedAt();
            default -> "step " + run.step();
        };
    }
}
