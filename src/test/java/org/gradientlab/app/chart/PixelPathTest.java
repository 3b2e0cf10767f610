package org.gradientlab.app.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PixelPathTest {

    /** What the path drew: "M x y" and "L x y" in order. */
    private final List<String> drawn = new ArrayList<>();
    private final List<double[]> vertices = new ArrayList<>();
    private final PixelPath path = new PixelPath(new PixelPath.Sink() {
        @Override
        public void moveTo(double x, double y) {
            drawn.add("M " + x + " " + y);
            vertices.add(new double[] {x, y});
        }

        @Override
        public void lineTo(double x, double y) {
            drawn.add("L " + x + " " + y);
            vertices.add(new double[] {x, y});
        }
    });

    @Test
    void pointsAPixelApartAreAllDrawn() {
        for (int i = 0; i <= 10; i++) {
            path.to(i, 2 * i);
        }
        path.end();
        assertEquals(11, drawn.size());
        assertEquals("M 0.0 0.0", drawn.get(0));
        assertEquals("L 10.0 20.0", drawn.get(10));
        assertEquals(10, path.segments());
    }

    @Test
    void aCrawlOfTinyStepsKeepsWithinHalfAPixelAndEndsAtTheLastPoint() {
        int n = 2000;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            // 0.01 px a step along a curve: 20 px in all, with a wobble far below a pixel.
            xs[i] = 100 + 0.01 * i;
            ys[i] = 50 + 3 * Math.sin(i / 300.0) + 0.05 * Math.sin(i);
            path.to(xs[i], ys[i]);
        }
        path.end();
        assertTrue(path.segments() < 80, "segments " + path.segments());
        double[] last = vertices.get(vertices.size() - 1);
        assertEquals(xs[n - 1], last[0]);
        assertEquals(ys[n - 1], last[1]);
        // Every point given lies within MIN_PIXELS of a vertex drawn.
        for (int i = 0; i < n; i++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (double[] v : vertices) {
                nearest = Math.min(nearest, Math.hypot(v[0] - xs[i], v[1] - ys[i]));
            }
            assertTrue(nearest < PixelPath.MIN_PIXELS, "point " + i + " is " + nearest + " px from the line's vertices");
        }
    }

    @Test
    void aPointThatIsNotFiniteBreaksTheLineAndKeepsThePointBeforeIt() {
        path.to(0, 0);
        path.to(0.1, 0.1);
        path.to(Double.NaN, 5);
        path.to(10, 10);
        path.to(20, 10);
        path.end();
        assertEquals(List.of("M 0.0 0.0", "L 0.1 0.1", "M 10.0 10.0", "L 20.0 10.0"), drawn);
    }

    @Test
    void aLoneRepeatedPointIsOneDot() {
        path.to(5, 5);
        path.to(5, 5);
        path.to(5, 5);
        path.end();
        assertEquals(List.of("M 5.0 5.0", "L 5.0 5.0"), drawn);
    }
}
