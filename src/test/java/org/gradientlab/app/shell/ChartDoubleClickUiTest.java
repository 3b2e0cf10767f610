package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.lesson.LessonId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A double click on a chart gives the automatic view back and does nothing else: the start stays
 * and the run goes on where it was. A single click still picks (after waiting for a second one).
 */
@ExtendWith(ApplicationExtension.class)
class ChartDoubleClickUiTest {

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

    /** Zooms the chart by hand, then double clicks near its top right, away from the run's marks. */
    private void zoomThenDoubleClick(FxRobot robot, OverlayChart chart) {
        UiWait.until(() -> chart.dataArea() != null);
        robot.interact(() -> chart.changeView(() -> {
            var axis = chart.plot().getDomainAxis();
            axis.setRange(axis.getLowerBound() - 1, axis.getUpperBound() + 1);
        }));
        assertTrue(chart.userViewProperty().get());
        Rectangle2D area = chart.dataArea();
        robot.doubleClickOn(chart.localToScreen(area.getMaxX() - 30, area.getMinY() + 30), MouseButton.PRIMARY);
        UiWait.until(() -> !chart.userViewProperty().get());
        // Longer than a click waits for its second one (ChartGestures.CLICK_WAIT): a pick would have come by now.
        sleep(1200);
    }

    @Test
    void aDoubleClickOnTheDescentChartKeepsTheStartAndTheRun(FxRobot robot) {
        var model = window.descent().model();
        for (int i = 0; i < 3; i++) {
            robot.interact(model.session()::step);
        }
        UiWait.until(() -> model.session().currentStep() == 3);
        double start = model.startWProperty().get();
        double w = model.session().snapshotProperty().get().current().w();
        OverlayChart chart = robot.from(window.descent().view()).lookup("#descentChart").queryAs(OverlayChart.class);
        zoomThenDoubleClick(robot, chart);
        assertEquals(start, model.startWProperty().get(), "the start");
        assertEquals(3, model.session().currentStep(), "the run's step");
        assertEquals(w, model.session().snapshotProperty().get().current().w(), "the run's w");
        // One click still chooses the start (and restarts there).
        Rectangle2D area = chart.dataArea();
        robot.clickOn(chart.localToScreen(area.getMinX() + 20, area.getCenterY()), MouseButton.PRIMARY);
        UiWait.until(() -> model.startWProperty().get() != start && model.session().currentStep() == 0);
    }

    @Test
    void aDoubleClickOnTheRegressionChartsKeepsTheStartTheDataAndTheRun(FxRobot robot) {
        robot.interact(() -> window.select(LessonId.REGRESSION));
        var model = window.regression().model();
        for (int i = 0; i < 3; i++) {
            robot.interact(model.session()::step);
        }
        UiWait.until(() -> model.session().currentStep() == 3);
        var before = model.session().snapshotProperty().get().current();
        int points = model.dataProperty().get().size();
        var view = window.regression().view();
        zoomThenDoubleClick(robot, robot.from(view).lookup("#contourChart").queryAs(OverlayChart.class));
        zoomThenDoubleClick(robot, robot.from(view).lookup("#scatterChart").queryAs(OverlayChart.class));
        assertEquals(3, model.session().currentStep(), "the run's step");
        assertEquals(before, model.session().snapshotProperty().get().current(), "the run's state");
        assertEquals(points, model.dataProperty().get().size(), "no point added");
        assertFalse(model.session().playing().get());
    }

    private static void sleep(double millis) {
        try {
            Thread.sleep((long) millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
