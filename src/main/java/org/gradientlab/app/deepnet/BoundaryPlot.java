package org.gradientlab.app.deepnet;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.gradientlab.app.chart.CanvasRegion;
import org.gradientlab.app.chart.HeatMapImage;
import org.gradientlab.engine.mlp.TrainingSet;

/**
 * The data and what the network makes of it. Two inputs: the plane coloured by yhat (a heat map
 * of the runner's grid, scaled up smoothly), the decision boundary yhat = 0.5, and the points, class
 * 1 as discs in the positive colour and class 0 as squares in the negative one. One input: the
 * points (x, y) and the curve yhat(x). A click adds a point: in the plane the left button class 1,
 * the right button (or Shift) class 0; on the line a point at the place clicked. Redrawn only when
 * the grid, the data, the size or the colours changed.
 */
public final class BoundaryPlot extends CanvasRegion {

    /** A click in data coordinates, with the class or target it asks for. */
    @FunctionalInterface
    public interface PointAdder {
        void add(double x1, double x2, double y);
    }

    private BoundaryGrid grid;
    private TrainingSet data;
    private WritableImage heat;
    private BoundaryGrid heatOf;
    private PointAdder onAdd = (x1, x2, y) -> { };
    /** The plot area: left, top, width, height. */
    private double px;
    private double py;
    private double pw;
    private double ph;

    /** An empty plot; {@link #show} gives it data and a grid. */
    public BoundaryPlot() {
        getStyleClass().addAll("network-diagram", "boundary-plot");
        setId("boundaryPlot");
        setMinSize(160, 160);
        setPrefSize(420, 360);
        setOnMouseClicked(e -> {
            if (grid == null || e.getX() < px || e.getX() > px + pw || e.getY() < py || e.getY() > py + ph) {
                return;
            }
            double x1 = grid.x1Min() + (e.getX() - px) / pw * (grid.x1Max() - grid.x1Min());
            double x2 = grid.x2Max() - (e.getY() - py) / ph * (grid.x2Max() - grid.x2Min());
            if (data.inputCount() == 2) {
                boolean classZero = e.getButton() == MouseButton.SECONDARY || e.isShiftDown();
                onAdd.add(x1, x2, classZero ? 0 : 1);
            } else {
                onAdd.add(x1, 0, x2);
            }
        });
        drawWhenChanged(this::draw);
    }

    /** Where a click's new point goes. */
    public void onAddPoint(PointAdder adder) {
        onAdd = adder;
    }

    /** Shows the data and the network's output over it; the same grid again changes nothing. */
    public void show(TrainingSet pairs, BoundaryGrid output) {
        if (pairs != data || output != grid) {
            data = pairs;
            grid = output;
            requestDraw();
        }
    }

    /** The grid drawn last (for tests). */
    public BoundaryGrid grid() {
        return grid;
    }

    /** Where a data point lands on the plot, in its coordinates (for tests). */
    public javafx.geometry.Point2D toPlot(double x1, double x2) {
        return new javafx.geometry.Point2D(px + (x1 - grid.x1Min()) / (grid.x1Max() - grid.x1Min()) * pw,
                py + (grid.x2Max() - x2) / (grid.x2Max() - grid.x2Min()) * ph);
    }

    /** A change of colours recolours the heat map too. */
    @Override
    protected void requestDraw() {
        super.requestDraw();
        heatOf = null;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        if (grid == null || data == null || w < 40 || h < 40) {
            return;
        }
        double margin = palette.size(34);
        double side = data.inputCount() == 2 ? Math.min(w - 1.5 * margin, h - 1.6 * margin) : 0;
        pw = data.inputCount() == 2 ? side : w - 1.5 * margin;
        ph = data.inputCount() == 2 ? side : h - 1.6 * margin;
        px = margin + (w - 1.5 * margin - pw) / 2;
        py = palette.size(8);
        if (data.inputCount() == 2) {
            drawHeat(g);
            BoundaryContour.draw(g, grid, 0.5, px, py, pw, ph, palette.text(), palette.line(2.5));
        } else {
            drawCurve(g);
        }
        g.setStroke(palette.text().deriveColor(0, 1, 1, 0.6));
        g.setLineWidth(palette.line(1));
        g.strokeRect(px, py, pw, ph);
        axes(g);
        drawPoints(g);
    }

    private void drawHeat(GraphicsContext g) {
        if (heatOf != grid || heat == null || heat.getWidth() != grid.columns() || heat.getHeight() != grid.rows()) {
            heat = new WritableImage(grid.columns(), grid.rows());
            PixelWriter pixels = heat.getPixelWriter();
            // 64 shades each way, made once per picture: no colour object per cell.
            int[] shades = new int[129];
            for (int k = 0; k <= 128; k++) {
                double yhat = k / 128.0;
                Color shade = yhat >= 0.5 ? palette.background().interpolate(palette.positive(), 2 * (yhat - 0.5) * 0.55)
                        : palette.background().interpolate(palette.negative(), 2 * (0.5 - yhat) * 0.55);
                shades[k] = HeatMapImage.argb(shade);
            }
            int middle = shades[64];
            for (int r = 0; r < grid.rows(); r++) {
                for (int c = 0; c < grid.columns(); c++) {
                    double yhat = grid.at(c, r);
                    pixels.setArgb(c, r, Double.isFinite(yhat) ? shades[(int) Math.round(Math.max(0, Math.min(1, yhat)) * 128)]
                            : middle);
                }
            }
            heatOf = grid;
        }
        g.setImageSmoothing(true);
        g.drawImage(heat, px, py, pw, ph);
    }

    private void drawCurve(GraphicsContext g) {
        g.setStroke(palette.grid());
        g.setLineWidth(palette.line(1));
        g.setLineDashes(palette.size(6), palette.size(4));
        double half = py + ph / 2;
        g.strokeLine(px, half, px + pw, half);
        g.setLineDashes();
        g.setStroke(palette.curve());
        g.setLineWidth(palette.line(2.5));
        g.beginPath();
        for (int c = 0; c < grid.columns(); c++) {
            double x = px + c * pw / (grid.columns() - 1);
            double y = py + (1 - grid.at(c, 0)) * ph;
            if (c == 0) {
                g.moveTo(x, y);
            } else {
                g.lineTo(x, y);
            }
        }
        g.stroke();
    }

    private void drawPoints(GraphicsContext g) {
        double radius = Math.max(2, Math.min(palette.size(4.5), Math.min(pw, ph) / 45));
        int inputs = data.inputCount();
        g.setLineWidth(palette.line(1.2));
        g.setStroke(palette.text());
        for (int p = 0; p < data.size(); p++) {
            double x1 = data.inputs()[p * inputs];
            double y = data.targets()[p];
            double x2 = inputs == 2 ? data.inputs()[p * inputs + 1] : y;
            javafx.geometry.Point2D at = toPlot(x1, x2);
            boolean one = y >= 0.5;
            g.setFill(one ? palette.positive() : palette.negative());
            if (one) {
                g.fillOval(at.getX() - radius, at.getY() - radius, 2 * radius, 2 * radius);
                g.strokeOval(at.getX() - radius, at.getY() - radius, 2 * radius, 2 * radius);
            } else {
                g.fillRect(at.getX() - radius, at.getY() - radius, 2 * radius, 2 * radius);
                g.strokeRect(at.getX() - radius, at.getY() - radius, 2 * radius, 2 * radius);
            }
        }
    }

    private void axes(GraphicsContext g) {
        g.setFill(palette.text());
        g.setFont(palette.font("System", FontWeight.NORMAL, 12));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(org.gradientlab.app.look.Numbers.format(grid.x1Min(), 2), px, py + ph + palette.size(3));
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(org.gradientlab.app.look.Numbers.format(grid.x1Max(), 2), px + pw, py + ph + palette.size(3));
        g.setTextAlign(TextAlignment.CENTER);
        // The axis's name between its ends only where there is room for all three.
        if (pw > palette.size(130)) {
            g.fillText("x" + (data.inputCount() == 2 ? "1" : ""), px + pw / 2, py + ph + palette.size(3));
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(org.gradientlab.app.look.Numbers.format(grid.x2Max(), 2), px - palette.size(4), py);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(org.gradientlab.app.look.Numbers.format(grid.x2Min(), 2), px - palette.size(4), py + ph);
        if (ph > palette.size(80)) {
            g.setTextBaseline(VPos.CENTER);
            g.fillText(data.inputCount() == 2 ? "x2" : "y", px - palette.size(4), py + ph / 2);
        }
    }
}
