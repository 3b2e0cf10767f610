package org.gradientlab.app.deepnet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gradientlab.engine.mlp.MlpLayout;
import org.junit.jupiter.api.Test;

/** The diagram's node places: no two nodes touch and every node is inside the canvas, at any size and text scale. */
class DiagramLayoutTest {

    private static final int[][] NETWORKS = {{1}, {8}, {1, 1, 1, 1}, {8, 8, 8, 8}, {4, 4}, {2, 8, 1}, {8, 1}};

    @Test
    void nodesNeverOverlapAndStayOnTheCanvas() {
        for (int inputs = 1; inputs <= 2; inputs++) {
            for (int[] hidden : NETWORKS) {
                MlpLayout layout = new MlpLayout(inputs, hidden);
                for (double width : new double[] {300, 520, 900, 1400}) {
                    for (double height : new double[] {200, 330, 600}) {
                        for (double scale : new double[] {0.8, 1, 1.5, 2}) {
                            check(layout, width, height, scale);
                        }
                    }
                }
            }
        }
    }

    private static void check(MlpLayout layout, double width, double height, double scale) {
        double top = 34 * scale;
        DiagramLayout at = new DiagramLayout(layout, width, height, top, scale);
        String where = java.util.Arrays.toString(new double[] {width, height, scale}) + " " + layout.parameterNames().size();
        for (int l = 0; l <= layout.layerCount(); l++) {
            for (int i = 0; i < layout.size(l); i++) {
                double x = at.x(l);
                double y = at.y(l, i);
                assertTrue(x - at.r >= 0 && x + at.r <= width, "inside across " + where);
                assertTrue(y - at.r >= top - 1e-9 && y + at.r <= height, "inside down " + where);
                for (int m = 0; m <= layout.layerCount(); m++) {
                    for (int k = 0; k < layout.size(m); k++) {
                        if (m != l || k != i) {
                            double d = Math.hypot(at.x(m) - x, at.y(m, k) - y);
                            assertTrue(d > 2 * at.r, "apart " + where);
                        }
                    }
                }
            }
        }
    }

    @Test
    void textFitsOnlyWhenTheBlocksCornersAreInTheCircle() {
        DiagramLayout at = new DiagramLayout(new MlpLayout(1, 1), 600, 400, 30, 1);
        double r = at.r;
        assertTrue(at.fitsInside(r, 2, r / 4));
        assertFalse(at.fitsInside(2 * r, 1, 1), "as wide as the node");
        assertFalse(at.fitsInside(r, 3, r), "three lines as tall as the node");
    }
}
