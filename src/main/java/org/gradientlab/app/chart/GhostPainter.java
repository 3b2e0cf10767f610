package org.gradientlab.app.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import javafx.scene.canvas.GraphicsContext;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.engine.TraceHistory.Trace;

/**
 * A chart's light layer with a branch's ghost under it: the first run's cut-off part as a faded
 * dashed line with small dots, then whatever the lesson's own layer draws on top.
 */
public final class GhostPainter implements OverlayChart.Painter {

    private final OverlayChart.Painter layer;
    private final int xColumn;
    private final int yColumn;
    private Trace ghost;

    /**
     * @param layer   the lesson's own light layer
     * @param xColumn the ghost trace's column for x
     * @param yColumn the ghost trace's column for y
     */
    public GhostPainter(OverlayChart.Painter layer, int xColumn, int yColumn) {
        this.layer = layer;
        this.xColumn = xColumn;
        this.yColumn = yColumn;
    }

    /** The ghost to draw, or null for none (FX thread). */
    public void setGhost(Trace trace) {
        ghost = trace;
    }

    /** The ghost drawn now, or null. */
    public Trace ghost() {
        return ghost;
    }

    @Override
    public boolean paint(GraphicsContext g, OverlayChart chart, long nowNanos) {
        if (ghost != null && ghost.steps().length > 0) {
            drawGhost(g, chart);
        }
        return layer.paint(g, chart, nowNanos);
    }

    private void drawGhost(GraphicsContext g, OverlayChart chart) {
        Rectangle2D area = chart.dataArea();
        ChartPalette palette = chart.palette();
        double[] xs = ghost.values()[xColumn];
        double[] ys = ghost.values()[yColumn];
        g.save();
        g.beginPath();
        g.rect(area.getX(), area.getY(), area.getWidth(), area.getHeight());
        g.clip();
        g.setGlobalAlpha(0.45);
        g.setStroke(palette.text());
        g.setLineWidth(palette.line(2));
        g.setLineDashes(palette.line(6), palette.line(4));
        PixelPath line = PixelPath.on(g);
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                line.to(Double.NaN, Double.NaN);
                continue;
            }
            // Far-off points are clamped, so a run that flew away still draws as a line off the edge.
            line.to(Math.max(-1e5, Math.min(1e5, chart.toScreenX(xs[i]))), Math.max(-1e5, Math.min(1e5, chart.toScreenY(ys[i]))));
        }
        line.stroke(g);
        g.setLineDashes();
        // Open rings: the ghost's points read as "where the first run went", apart from the run's filled dots.
        g.setGlobalAlpha(0.7);
        double r = palette.size(5);
        int every = Math.max(1, xs.length / 60);
        for (int i = 0; i < xs.length; i += every) {
            g.strokeOval(chart.toScreenX(xs[i]) - r, chart.toScreenY(ys[i]) - r, 2 * r, 2 * r);
        }
        g.restore();
    }

    @Override
    public Object frameKey(OverlayChart chart) {
        Object key = layer.frameKey(chart);
        // A Trace's arrays compare by identity: a new ghost is a new picture.
        return key == null ? null : Arrays.asList(key, ghost);
    }

    @Override
    public void paintVectors(Graphics2D g, OverlayChart chart, OverlayVectors.PlotArea area) {
        layer.paintVectors(g, chart, area);
    }
}
