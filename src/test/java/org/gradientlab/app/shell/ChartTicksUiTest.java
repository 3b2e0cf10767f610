package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.FontMetrics;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.gradientlab.app.lesson.LessonId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every chart of every lesson at 100% and 200% text: the last tick label of the horizontal axis is
 * whole inside the chart, and a tick at zero reads "0" (not "0E0").
 */
@ExtendWith(ApplicationExtension.class)
class ChartTicksUiTest {

    private MainWindow window;
    private final ErrorReporter errors = new ErrorReporter();

    @Start
    void start(Stage stage) {
        errors.install();
        window = GradientLabApp.open(stage, errors);
        stage.show();
    }

    @AfterEach
    void noUncaughtErrors() {
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    @Test
    void lastTicksAreWholeAndZeroReadsZero(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        for (LessonId lesson : List.of(LessonId.DESCENT, LessonId.NETWORK, LessonId.REGRESSION)) {
            LessonId shown = lesson;
            robot.interact(() -> window.select(shown));
            for (int step : new int[] {2, 7}) {
                robot.interact(() -> window.presentation().scaleStepProperty().set(step));
                WaitForAsyncUtils.waitForFxEvents();
                sleep(400);
                WaitForAsyncUtils.waitForFxEvents();
                String where = lesson.key() + " at step " + step + ": ";
                robot.interact(() -> problems.addAll(check(window.root(), where)));
                robot.interact(() -> problems.addAll(sliderLabels(window.root(), where)));
            }
        }
        // The sidebar of a 1024-wide window at 150%: the slider's end labels whole too.
        Stage stage = (Stage) window.root().getScene().getWindow();
        double width = stage.getWidth();
        double height = stage.getHeight();
        for (LessonId lesson : List.of(LessonId.DESCENT, LessonId.NETWORK, LessonId.REGRESSION)) {
            LessonId shown = lesson;
            robot.interact(() -> {
                window.select(shown);
                stage.setWidth(1024);
                stage.setHeight(700);
                window.presentation().scaleStepProperty().set(5);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> problems.addAll(sliderLabels(window.root(), shown.key() + " in 1024x700 at 150%: ")));
        }
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
            window.presentation().scaleStepProperty().set(2);
        });
        // A run gone far: gd on w^2 at rate 1.1 for 120 steps leaves w near -2.5 * 1.2^120, 8e9, and the
        // view follows it, so the ticks are billions apart and the one at zero is JFreeChart's "0E0".
        var descent = window.descent().model();
        robot.interact(() -> {
            window.select(LessonId.DESCENT);
            descent.setFunction("w^2");
            descent.session().learningRateProperty().set(1.1);
        });
        for (int i = 0; i < 120; i++) {
            long next = descent.session().currentStep() + 1;
            robot.interact(descent.session()::step);
            UiWait.until(() -> descent.session().currentStep() == next);
        }
        sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> problems.addAll(check(window.root(), "descent, far diverged: ")));
        assertEquals(List.of(), problems);
    }

    private static List<String> check(javafx.scene.Parent root, String where) {
        List<String> problems = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        UiWait.collect(root, nodes);
        java.awt.Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
        for (Node node : nodes) {
            ChartViewer viewer = node instanceof ChartViewer v ? v : null;
            if (viewer == null || !(viewer.getChart().getPlot() instanceof XYPlot plot) || !viewer.isVisible()
                    || viewer.getWidth() < 50) {
                continue;
            }
            String name = viewer.getChart().getTitle() != null ? viewer.getChart().getTitle().getText()
                    : plot.getDomainAxis().getLabel() + " / " + plot.getRangeAxis().getLabel();
            ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
            Rectangle2D area = info == null ? null : info.getPlotInfo().getDataArea();
            if (area == null || area.getWidth() <= 0) {
                continue;
            }
            for (ValueAxis axis : new ValueAxis[] {plot.getDomainAxis(), plot.getRangeAxis()}) {
                if (axis instanceof NumberAxis number && number.getLowerBound() < 0 && number.getUpperBound() > 0) {
                    String zero = tickLabel(number, 0.0);
                    if (!zero.equals("0")) {
                        problems.add(where + name + ": the tick at zero on '" + axis.getLabel() + "' reads " + zero);
                    }
                }
            }
            if (plot.getDomainAxis() instanceof NumberAxis domain) {
                double unit = domain.getTickUnit().getSize();
                double last = Math.floor(domain.getUpperBound() / unit) * unit;
                String label = tickLabel(domain, last);
                FontMetrics metrics = g.getFontMetrics(domain.getTickLabelFont());
                double x = domain.valueToJava2D(last, area, plot.getDomainAxisEdge());
                double right = x + metrics.stringWidth(label) / 2.0;
                if (right > viewer.getWidth() + 0.5) {
                    problems.add(where + name + ": the last tick label '" + label + "' reaches " + right + " of "
                            + viewer.getWidth());
                }
            }
        }
        return problems;
    }

    /** The learning-rate slider's tick labels, each whole inside the scroll pane that shows it. */
    private static List<String> sliderLabels(javafx.scene.Parent root, String where) {
        List<String> problems = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        UiWait.collect(root, nodes);
        for (Node node : nodes) {
            if (!(node instanceof javafx.scene.control.Slider slider) || !"learningRateSlider".equals(slider.getId())) {
                continue;
            }
            javafx.scene.control.ScrollPane scroll = null;
            for (Node n = slider; n != null && scroll == null; n = n.getParent()) {
                scroll = n instanceof javafx.scene.control.ScrollPane s ? s : null;
            }
            javafx.geometry.Bounds view = scroll == null ? null : scroll.localToScene(scroll.getLayoutBounds());
            List<Node> labels = new ArrayList<>();
            for (Node axis : slider.lookupAll(".axis")) {
                ((javafx.scene.Parent) axis).getChildrenUnmodifiable().stream()
                        .filter(child -> child instanceof javafx.scene.text.Text).forEach(labels::add);
            }
            if (labels.isEmpty()) {
                problems.add(where + "no tick labels found on the rate slider");
            }
            for (Node label : labels) {
                javafx.geometry.Bounds b = label.localToScene(label.getBoundsInLocal());
                if (label.isVisible() && view != null && (b.getMinX() < view.getMinX() - 0.5 || b.getMaxX() > view.getMaxX() + 0.5)) {
                    problems.add(where + "the rate slider's label '" + ((javafx.scene.text.Text) label).getText()
                            + "' runs past its sidebar (" + b.getMinX() + ".." + b.getMaxX() + " in " + view.getMinX() + ".."
                            + view.getMaxX() + ")");
                }
            }
        }
        return problems;
    }

    /** A tick's label as the axis writes it: its format override, or its tick unit's own format. */
    private static String tickLabel(NumberAxis axis, double value) {
        return axis.getNumberFormatOverride() != null ? axis.getNumberFormatOverride().format(value)
                : axis.getTickUnit().valueToString(value);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
