package org.gradientlab.app.surface;

import java.util.Arrays;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.gradientlab.app.chart.PixelPath;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.runner.FrameTimer;
import org.gradientlab.engine.TwoVariableFunction;
import org.gradientlab.engine.expr.SurfaceExpression;

/**
 * The surface f(w1, w2) in 3-D, drawn on a Canvas (JavaFX 3-D does not render under the software
 * pipeline of many classroom machines): the projected mesh in painter's order, each cell shaded
 * by its height and its slope to the light. The mesh is drawn again only when the function, the
 * box, the rotation, the size or the colours change; the path and the point move on a light layer
 * above it. Drag to rotate.
 */
final class SurfacePlot3D extends Region implements ChartPalette.Owner {

    /** Degrees of rotation per pixel dragged. */
    static final double DEGREES_PER_PIXEL = 0.5;

    private final Canvas meshLayer = new Canvas();
    private final Canvas pointLayer = new Canvas();
    private final ChartPalette palette;
    private SurfaceExpression function;
    private TwoVariableFunction evaluator;
    private SurfaceMesh mesh;
    private double azimuth = -35;
    private double elevation = 35;
    private SurfaceSnapshot snapshot;
    private boolean meshDirty = true;
    private boolean pointsDirty = true;
    private double pressX;
    private double pressY;

    SurfacePlot3D() {
        getStyleClass().addAll("surface-plot-3d", org.gradientlab.app.export.Picture.CANVAS_PICTURE);
        setAccessibleText("Surface in 3-D");
        setId("surfacePlot3d");
        palette = new ChartPalette(this, () -> meshDirty = true);
        getChildren().addAll(meshLayer, pointLayer);
        pointLayer.setMouseTransparent(true);
        setMinSize(120, 120);
        setOnMousePressed(e -> {
            pressX = e.getX();
            pressY = e.getY();
        });
        setOnMouseDragged(e -> {
            rotate(e.getX() - pressX, e.getY() - pressY);
            pressX = e.getX();
            pressY = e.getY();
        });
        FrameTimer.whileShowing(this, now -> {
            if (meshDirty) {
                meshDirty = false;
                pointsDirty = true;
                drawMesh();
            }
            if (pointsDirty) {
                pointsDirty = false;
                drawPoints();
            }
        });
    }

    /** Turns the view: across by dx pixels (azimuth), up and down by dy (elevation, 5° to 89°). */
    void rotate(double dx, double dy) {
        azimuth = (azimuth - dx * DEGREES_PER_PIXEL) % 360;
        elevation = Math.max(5, Math.min(89, elevation + dy * DEGREES_PER_PIXEL));
        meshDirty = true;
    }

    /** The azimuth and elevation in degrees (for tests). */
    double[] angles() {
        return new double[] {azimuth, elevation};
    }

    /** Shows f over this box (a new function or view). */
    void show(SurfaceExpression f, double[] box) {
        if (f != function) {
            function = f;
            evaluator = f.evaluator();
        }
        mesh = new SurfaceMesh(f, box);
        meshDirty = true;
    }

    /** Shows the run's path and point. */
    void show(SurfaceSnapshot next) {
        snapshot = next;
        pointsDirty = true;
    }

    @Override
    protected void layoutChildren() {
        for (Canvas canvas : new Canvas[] {meshLayer, pointLayer}) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
        }
        meshDirty = true;
    }

    private Projection projection() {
        double size = Math.min(getWidth(), getHeight());
        return new Projection(azimuth, elevation, mesh.box, getWidth() / 2, getHeight() / 2 + size * 0.04, size * 0.34);
    }

    private void drawMesh() {
        GraphicsContext g = meshLayer.getGraphicsContext2D();
        g.setFill(palette.background());
        g.fillRect(0, 0, getWidth(), getHeight());
        if (mesh == null || getWidth() < 10 || getHeight() < 10) {
            return;
        }
        Projection p = projection();
        int cells = SurfaceMesh.CELLS;
        Integer[] order = new Integer[cells * cells];
        double[] depth = new double[order.length];
        for (int j = 0; j < cells; j++) {
            for (int i = 0; i < cells; i++) {
                int c = j * cells + i;
                order[c] = c;
                double h = (mesh.height(i, j) + mesh.height(i + 1, j) + mesh.height(i, j + 1) + mesh.height(i + 1, j + 1)) / 4;
                depth[c] = p.depth((mesh.w1(i) + mesh.w1(i + 1)) / 2, (mesh.w2(j) + mesh.w2(j + 1)) / 2, h);
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(depth[b], depth[a]));
        drawFloor(g, p);
        double[] xs = new double[4];
        double[] ys = new double[4];
        Color low = palette.background();
        Color high = palette.curve();
        g.setLineWidth(0.6);
        for (int c : order) {
            int i = c % cells;
            int j = c / cells;
            int[][] corners = {{i, j}, {i + 1, j}, {i + 1, j + 1}, {i, j + 1}};
            double sum = 0;
            for (int k = 0; k < 4; k++) {
                int ci = corners[k][0];
                int cj = corners[k][1];
                double h = mesh.height(ci, cj);
                xs[k] = p.x(mesh.w1(ci), mesh.w2(cj), h);
                ys[k] = p.y(mesh.w1(ci), mesh.w2(cj), h);
                sum += mesh.values[cj * mesh.n + ci];
            }
            Color base = HeightBands.colour(mesh.bands.shade(sum / 4), low.interpolate(palette.positive(), 0.25), high);
            Color shaded = base.deriveColor(0, 1, light(i, j), 1);
            g.setFill(shaded);
            g.fillPolygon(xs, ys, 4);
            g.setStroke(shaded.deriveColor(0, 1, 0.8, 1));
            g.strokePolygon(xs, ys, 4);
        }
        g.setFill(palette.text());
        g.setFont(palette.font("System", javafx.scene.text.FontWeight.NORMAL, 13));
        double[] b = mesh.box;
        double mid1 = (b[0] + b[1]) / 2;
        double mid2 = (b[2] + b[3]) / 2;
        g.fillText("w1 →", p.x(mid1, b[2], 0) - 10, p.y(mid1, b[2], 0) + 18);
        g.fillText("w2 →", p.x(b[1], mid2, 0) + 8, p.y(b[1], mid2, 0) + 18);
        g.fillText("drag to rotate", 8, getHeight() - 8);
    }

    /** The box's floor outline, under the surface. */
    private void drawFloor(GraphicsContext g, Projection p) {
        double[] b = mesh.box;
        double[] wx = {b[0], b[1], b[1], b[0]};
        double[] wy = {b[2], b[2], b[3], b[3]};
        double[] xs = new double[4];
        double[] ys = new double[4];
        for (int k = 0; k < 4; k++) {
            xs[k] = p.x(wx[k], wy[k], 0);
            ys[k] = p.y(wx[k], wy[k], 0);
        }
        g.setStroke(palette.grid());
        g.setLineWidth(1);
        g.strokePolygon(xs, ys, 4);
    }

    /** Brightness of a cell: 0.6 in shadow up to 1.15 facing the light, from its normal. */
    private double light(int i, int j) {
        double du = 2.0 / SurfaceMesh.CELLS;
        double dh1 = (mesh.height(i + 1, j) + mesh.height(i + 1, j + 1) - mesh.height(i, j) - mesh.height(i, j + 1)) / 2;
        double dh2 = (mesh.height(i, j + 1) + mesh.height(i + 1, j + 1) - mesh.height(i, j) - mesh.height(i + 1, j)) / 2;
        double nx = -dh1 * Projection.HEIGHT / du;
        double ny = -dh2 * Projection.HEIGHT / du;
        double nz = 1;
        double length = Math.sqrt(nx * nx + ny * ny + nz * nz);
        double lx = -0.45;
        double ly = -0.35;
        double lz = 0.82;
        double dot = (nx * lx + ny * ly + nz * lz) / length;
        return 0.6 + 0.55 * Math.max(0, dot);
    }

    private void drawPoints() {
        GraphicsContext g = pointLayer.getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (mesh == null || snapshot == null || evaluator == null) {
            return;
        }
        Projection p = projection();
        double[] path = snapshot.path();
        int n = snapshot.pathPoints();
        g.setStroke(palette.point());
        g.setLineWidth(palette.line(2));
        PixelPath line = PixelPath.on(g);
        for (int k = 0; k < n; k++) {
            double w1 = path[2 * k];
            double w2 = path[2 * k + 1];
            evaluator.evaluate(w1, w2);
            double h = mesh.height(evaluator.value());
            line.to(p.x(w1, w2, h), p.y(w1, w2, h));
        }
        line.stroke(g);
        double w1 = snapshot.current().w1();
        double w2 = snapshot.current().w2();
        double h = mesh.height(snapshot.current().f());
        double x = p.x(w1, w2, h);
        double y = p.y(w1, w2, h);
        double r = palette.size(6);
        g.setFill(palette.point());
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(palette.background());
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
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
