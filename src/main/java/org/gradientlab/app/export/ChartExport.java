package org.gradientlab.app.export;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;
import org.gradientlab.app.chart.OverlayVectors;
import org.gradientlab.app.chart.OverlayVectors.PlotArea;
import org.gradientlab.io.export.AtomicFile;
import org.gradientlab.io.export.ExportException;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.util.ExportUtils;

/**
 * Pictures of charts and the diagram, written all or nothing. PNG is a snapshot of the node as it
 * is on screen, its light layer (point, tangent, trail) included, scaled for slides. SVG draws the
 * chart through JFreeChart's ExportUtils and then the light layer's marks as vectors into the same
 * SVG, through the plot's axes over the data area of that drawing: the chart on screen is not
 * changed, so nothing flickers and nothing needs putting back. FX thread only: JFreeChart's
 * datasets change there.
 */
public final class ChartExport {

    /** The scales offered for PNG: the screen's size, and twice and three times it for slides. */
    public static final List<Integer> SCALES = List.of(1, 2, 3);

    private ChartExport() {
    }

    /** A picture of the node as it is on screen, at {@code scale} times its size. */
    public static WritableImage snapshot(Node node, int scale) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setTransform(Transform.scale(scale, scale));
        // Transparent corners would print black on some slide software.
        parameters.setFill(Color.WHITE);
        return node.snapshot(parameters, null);
    }

    /** Writes the node as a PNG at {@code scale} times its size. */
    public static void writePng(Node node, int scale, Path target) throws ExportException {
        BufferedImage picture = SwingFXUtils.fromFXImage(snapshot(node, scale), null);
        AtomicFile.write(target, out -> {
            if (!ImageIO.write(picture, "png", out)) {
                throw new IOException("no PNG writer is installed");
            }
        });
    }

    /** Writes the picture's chart, with its light layer, as an SVG of the node's size on screen. */
    public static void writeSvg(Picture picture, Path target) throws ExportException {
        int width = (int) Math.max(1, Math.round(picture.node().getLayoutBounds().getWidth()));
        int height = (int) Math.max(1, Math.round(picture.node().getLayoutBounds().getHeight()));
        writeSvg(picture.chart(), picture.vectors(), width, height, target);
    }

    /** Writes the chart and then the marks of {@code vectors} (null for none) as an SVG of this size. */
    public static void writeSvg(JFreeChart chart, OverlayVectors vectors, int width, int height, Path target)
            throws ExportException {
        Drawable drawing = (g, area) -> {
            ChartRenderingInfo info = new ChartRenderingInfo();
            // Without the workaround, rotated text (the vertical axis label) stays text in the SVG instead of
            // glyph outlines, so it can be edited and searched. Only for this drawing, on the FX thread.
            boolean workaround = TextUtils.isUseDrawRotatedStringWorkaround();
            TextUtils.setUseDrawRotatedStringWorkaround(false);
            try {
                chart.draw(g, area, info);
            } finally {
                TextUtils.setUseDrawRotatedStringWorkaround(workaround);
            }
            if (vectors != null && chart.getPlot() instanceof XYPlot plot) {
                Rectangle2D dataArea = info.getPlotInfo().getDataArea();
                Graphics2D marks = (Graphics2D) g.create();
                try {
                    marks.clip(dataArea);
                    vectors.paint(marks, new PlotArea(plot, dataArea));
                } finally {
                    marks.dispose();
                }
            }
        };
        AtomicFile.writeVia(target, temporary -> {
            if (!ExportUtils.isJFreeSVGAvailable()) {
                throw new IOException("JFreeSVG (org.jfree.svg) is not on the class path");
            }
            ExportUtils.writeAsSVG(drawing, width, height, temporary.toFile());
        });
    }
}
