package org.gradientlab.app.surface;

import java.awt.Graphics2D;
import java.util.Arrays;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.chart.PixelPath;
import org.gradientlab.app.chart.OverlayVectors;
import org.gradientlab.app.chart.VectorMarks;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.engine.surface.SurfaceState;

/**
 * The heat map's light layer: the path of the run, the start, the current point (gliding from the
 * last one when a single step is shown slowly), the arrow of the next move, and a Predict guess.
 */
final class SurfaceLayer implements OverlayChart.Painter {

    /** How long a single step glides, in seconds. */
    static final double GLIDE_SECONDS = 0.35;
    /** The length of the downhill arrow on screen, in pixels at the base text size. */
    static final double DOWNHILL_PIXELS = 70;

    /** What the arrow shows. */
    enum Arrow {
        /** The next step as the optimizer takes it (noise and state included). */
        STEP("the next step"),
        /** −∇f, the steepest way down, drawn at a fixed length. */
        DOWNHILL("−∇f, downhill");

        private final String label;

        Arrow(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private SurfaceSnapshot snapshot;
    private double startW1 = Double.NaN;
    private double startW2 = Double.NaN;
    private double[] guess;
    private boolean hidingNext;
    private Arrow arrow = Arrow.STEP;
    private double glideFromW1 = Double.NaN;
    private double glideFromW2 = Double.NaN;
    private long glideStart;
    private double glideSeconds;

    /** Shows a snapshot; {@code glide} above 0 animates from the point shown before over that many seconds. */
    void show(SurfaceSnapshot next, double glide) {
        if (glide > 0 && snapshot != null) {
            double[] at = pointNow(System.nanoTime());
            glideFromW1 = at[0];
            glideFromW2 = at[1];
            glideStart = System.nanoTime();
            glideSeconds = glide;
        } else {
            glideSeconds = 0;
        }
        snapshot = next;
    }

    void setStart(double w1, double w2) {
        startW1 = w1;
        startW2 = w2;
    }

    void setGuess(double[] placed) {
        guess = placed == null ? null : placed.clone();
    }

    void setHidingNext(boolean hide) {
        hidingNext = hide;
    }

    void setArrow(Arrow shown) {
        arrow = shown;
    }

    /** The point drawn now: on its way from the last one while gliding. */
    private double[] pointNow(long now) {
        SurfaceState current = snapshot.current();
        double t = glideSeconds > 0 ? (now - glideStart) / 1e9 / glideSeconds : 1;
        if (t >= 1 || !Double.isFinite(glideFromW1)) {
            return new double[] {current.w1(), current.w2()};
        }
        double ease = 1 - (1 - t) * (1 - t);
        return new double[] {glideFromW1 + ease * (current.w1() - glideFromW1),
                glideFromW2 + ease * (current.w2() - glideFromW2)};
    }

    @Override
    public Object frameKey(OverlayChart chart) {
        boolean gliding = glideSeconds > 0 && System.nanoTime() - glideStart < glideSeconds * 1e9;
        if (gliding || snapshot == null) {
            return null;
        }
        return List.of(snapshot.step(), snapshot.pathPoints(), snapshot.nextW1(), snapshot.nextW2(), startW1, startW2,
                guess == null ? List.of() : Arrays.stream(guess).boxed().toList(), hidingNext, arrow, snapshot.status());
    }

    @Override
    public boolean paint(GraphicsContext g, OverlayChart chart, long nowNanos) {
        if (snapshot == null) {
            return false;
        }
        ChartPalette palette = chart.palette();
        java.awt.geom.Rectangle2D area = chart.dataArea();
        g.save();
        g.beginPath();
        g.rect(area.getX(), area.getY(), area.getWidth(), area.getHeight());
        g.clip();
        drawPath(g, chart, palette);
        double[] at = pointNow(nowNanos);
        double x = chart.toScreenX(at[0]);
        double y = chart.toScreenY(at[1]);
        boolean gliding = at[0] != snapshot.current().w1() || at[1] != snapshot.current().w2();
        // At a minimum the direction of a gradient of 1e-7 says nothing: no arrow once converged.
        if (!hidingNext && !gliding && snapshot.status() != org.gradientlab.engine.descent.DescentStatus.CONVERGED) {
            drawArrow(g, chart, palette, x, y);
        }
        if (Double.isFinite(startW1)) {
            double r = palette.size(7);
            g.setStroke(palette.text());
            g.setLineWidth(palette.line(2));
            g.strokeRect(chart.toScreenX(startW1) - r, chart.toScreenY(startW2) - r, 2 * r, 2 * r);
        }
        if (guess != null) {
            double r = palette.size(8);
            g.setStroke(palette.tangent());
            g.setLineDashes(4, 3);
            g.setLineWidth(palette.line(2.5));
            g.strokeOval(chart.toScreenX(guess[0]) - r, chart.toScreenY(guess[1]) - r, 2 * r, 2 * r);
            g.setLineDashes((double[]) null);
        }
        double r = palette.size(7);
        g.setFill(palette.point());
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(palette.background());
        g.setLineWidth(palette.line(2));
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.restore();
        return gliding;
    }

    private void drawPath(GraphicsContext g, OverlayChart chart, ChartPalette palette) {
        double[] path = snapshot.path();
        int n = snapshot.pathPoints();
        if (n < 2) {
            return;
        }
        g.setStroke(palette.point());
        g.setLineWidth(palette.line(2));
        g.setGlobalAlpha(0.85);
        PixelPath line = PixelPath.on(g);
        for (int i = 0; i < n; i++) {
            line.to(chart.toScreenX(path[2 * i]), chart.toScreenY(path[2 * i + 1]));
        }
        line.stroke(g);
        g.setGlobalAlpha(1);
        if (n <= 200) {
            double r = palette.size(2.5);
            g.setFill(palette.point());
            for (int i = 0; i < n; i++) {
                g.fillOval(chart.toScreenX(path[2 * i]) - r, chart.toScreenY(path[2 * i + 1]) - r, 2 * r, 2 * r);
            }
        }
    }

    /** The end of the arrow from (x, y) on screen, or null when there is nothing to point at. */
    private double[] arrowEnd(OverlayChart chart, double scale, double x, double y) {
        SurfaceState now = snapshot.current();
        if (arrow == Arrow.STEP) {
            if (!Double.isFinite(snapshot.nextW1()) || !Double.isFinite(snapshot.nextW2())) {
                return null;
            }
            return new double[] {chart.toScreenX(snapshot.nextW1()), chart.toScreenY(snapshot.nextW2())};
        }
        // −∇f in screen directions: w2 grows upwards, and one w unit is as long across as up.
        double dx = chart.toScreenX(now.w1() - now.g1()) - chart.toScreenX(now.w1());
        double dy = chart.toScreenY(now.w2() - now.g2()) - chart.toScreenY(now.w2());
        double length = Math.hypot(dx, dy);
        if (!(length > 0) || !Double.isFinite(length)) {
            return null;
        }
        double k = DOWNHILL_PIXELS * scale / length;
        return new double[] {x + k * dx, y + k * dy};
    }

    private void drawArrow(GraphicsContext g, OverlayChart chart, ChartPalette palette, double x, double y) {
        double[] end = arrowEnd(chart, palette.scale(), x, y);
        if (end == null || Math.hypot(end[0] - x, end[1] - y) < 2) {
            return;
        }
        double angle = Math.atan2(end[1] - y, end[0] - x);
        double head = palette.size(11);
        g.setStroke(palette.tangent());
        g.setFill(palette.tangent());
        g.setLineWidth(palette.line(3));
        g.strokeLine(x, y, end[0], end[1]);
        g.fillPolygon(new double[] {end[0], end[0] - head * Math.cos(angle - 0.4), end[0] - head * Math.cos(angle + 0.4)},
                new double[] {end[1], end[1] - head * Math.sin(angle - 0.4), end[1] - head * Math.sin(angle + 0.4)}, 3);
    }

    @Override
    public void paintVectors(Graphics2D g, OverlayChart chart, OverlayVectors.PlotArea area) {
        if (snapshot == null) {
            return;
        }
        ChartPalette palette = chart.palette();
        VectorMarks marks = new VectorMarks(g);
        int n = snapshot.pathPoints();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = area.x(snapshot.path()[2 * i]);
            ys[i] = area.y(snapshot.path()[2 * i + 1]);
        }
        marks.polyline(xs, ys, n, palette.point(), 2f);
        SurfaceState now = snapshot.current();
        double x = area.x(now.w1());
        double y = area.y(now.w2());
        if (!hidingNext && Double.isFinite(snapshot.nextW1()) && arrow == Arrow.STEP) {
            marks.arrow(x, y, area.x(snapshot.nextW1()), area.y(snapshot.nextW2()), palette.tangent(), 3f);
        }
        marks.dot(x, y, 7, palette.point(), 1, palette.background());
    }

}
