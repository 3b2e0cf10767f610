package org.gradientlab.app.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.regression.chart.ScatterChart;
import org.gradientlab.app.regression.model.BatchMode;
import org.gradientlab.app.regression.model.RegressionData;
import org.gradientlab.app.regression.model.RegressionModel;
import org.gradientlab.app.regression.model.RegressionSnapshot;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.UiWait;
import org.gradientlab.engine.DataSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Regression lesson in a real (headless) window, driven the way a student drives it. */
@ExtendWith(ApplicationExtension.class)
class RegressionUiTest {

    private MainWindow window;
    private RegressionModel model;
    private RegressionView view;
    private final ErrorReporter errors = new ErrorReporter();

    @Start
    void start(Stage stage) {
        errors.install();
        window = GradientLabApp.open(stage, errors);
        model = window.regression().model();
        view = window.regression().view();
        window.select(LessonId.REGRESSION);
        stage.show();
    }

    @AfterEach
    void noUncaughtErrors() {
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    private RegressionSnapshot now() {
        return model.session().snapshotProperty().get();
    }

    private void waitForCharts() {
        UiWait.until(() -> view.scatter.node().dataArea() != null && view.scatter.shown() != null
                && view.contour.node().dataArea() != null);
    }

    /** Where the data point (x, y) of the scatter plot is on the screen. */
    private Point2D onScreen(double x, double y) {
        OverlayChart chart = view.scatter.node();
        return chart.localToScreen(chart.toScreenX(x), chart.toScreenY(y));
    }

    @Test
    void clickingEmptySpaceOnTheDataAddsAPointAndChangesTheLoss(FxRobot robot) {
        waitForCharts();
        double lossBefore = now().current().loss();
        Rectangle2D area = view.scatter.node().dataArea();
        OverlayChart chart = view.scatter.node();
        // High above the data, near the right edge: no point there yet.
        double x = chart.toDataX(area.getMaxX() - 30);
        double y = chart.toDataY(area.getMinY() + 40);
        assertEquals(-1, view.scatter.pointNear(x, y));
        robot.clickOn(onScreen(x, y));
        UiWait.until(() -> now().setup().data().size() == 41);
        DataSet data = model.dataProperty().get().data();
        assertEquals(x, data.x()[40], 2 * chart.dataPerPixelX());
        assertTrue(now().current().loss() > lossBefore, lossBefore + " -> " + now().current().loss());
        assertEquals(0, now().current().step());
        Label description = robot.lookup("#dataDescription").queryAs(Label.class);
        assertTrue(description.getText().startsWith("41 points"), description.getText());
        UiWait.until(() -> view.scatter.shown().size() == 41);
        assertEquals(40, view.scatter.pointNear(data.x()[40], data.y()[40]), "the new point is drawn where it was clicked");
    }

    @Test
    void draggingAPointMovesItAndARightClickRemovesIt(FxRobot robot) {
        waitForCharts();
        DataSet data = model.dataProperty().get().data();
        int index = 7;
        Point2D at = onScreen(data.x()[index], data.y()[index]);
        assertEquals(index, view.scatter.pointNear(data.x()[index], data.y()[index]));
        robot.drag(at, MouseButton.PRIMARY).moveBy(0, 30).drop();
        UiWait.until(() -> now().setup().data().data().y()[index] < data.y()[index]);
        assertEquals(40, model.dataProperty().get().size(), "a drag moves, it does not add");
        DataSet moved = model.dataProperty().get().data();
        UiWait.until(() -> view.scatter.shown() == model.dataProperty().get());
        robot.moveTo(onScreen(moved.x()[index], moved.y()[index])).press(MouseButton.SECONDARY).release(MouseButton.SECONDARY);
        UiWait.until(() -> now().setup().data().size() == 39);
        assertNotEquals(moved.y()[index], model.dataProperty().get().data().y()[index], "that point is gone");
    }

    @Test
    void miniBatchesStepOverTheirShareOfThePoints(FxRobot robot) {
        robot.clickOn("#batchModeBox");
        robot.clickOn("mini-batch");
        UiWait.until(() -> model.batchModeProperty().get() == BatchMode.MINI_BATCH);
        assertTrue(robot.lookup("#batchSizeField").query().isVisible());
        robot.clickOn("#stepButton");
        UiWait.until(() -> now().current().step() == 1);
        assertEquals(8, now().rule().batchSize());
        Label title = robot.lookup("#updateRuleTitle").queryAs(Label.class);
        UiWait.until(() -> title.getText().contains("mini-batch of 8 (1 of 5 in epoch 1)"));
        // The Right arrow is the lesson's Step too.
        robot.clickOn("#regressionStatus").type(KeyCode.RIGHT);
        UiWait.until(() -> now().current().step() == 2);
        UiWait.until(() -> view.lossChart.lastDrawn("loss") == now().current().loss());
    }

    @Test
    void aBadDataFileIsAnsweredWithItsLineAndTheDataStay(FxRobot robot, @TempDir Path dir) throws Exception {
        RegressionData before = model.dataProperty().get();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x,y\n1,2\n3,oops\n");
        robot.interact(() -> window.regression().load(bad));
        Label error = robot.lookup("#dataError").queryAs(Label.class);
        UiWait.until(() -> !error.getText().isEmpty());
        assertEquals(bad + ", line 3: 'oops' is not a number", error.getText());
        assertEquals(before, model.dataProperty().get());

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "x,y\n0,1\n1,3\n2,5\n");
        robot.interact(() -> window.regression().load(good));
        UiWait.until(() -> now().setup().data().size() == 3);
        assertEquals("", error.getText());
        assertEquals(2, now().setup().bowl().statistics().bestW1(), 1e-12);
    }

    @Test
    void aBigGeneratedSetIsMadeInTheBackgroundAndDrawnAsASample(FxRobot robot) {
        robot.interact(() -> model.generator().countProperty().set(200_000));
        robot.clickOn("#generateButton");
        UiWait.until(() -> now().setup().data().size() == 200_000);
        UiWait.until(() -> view.scatter.shown().size() == 200_000);
        assertEquals(ScatterChart.MAX_DRAWN, view.scatter.drawnCount());
        assertTrue(!view.dataBar.progressRow.isVisible() && !view.dataBar.generate.isDisabled());
    }

    @Test
    void leavingTheTabPausesTheRun(FxRobot robot) {
        robot.clickOn("#playButton");
        UiWait.until(() -> model.session().isPlaying() && now().current().step() > 0);
        robot.interact(() -> window.select(LessonId.DESCENT));
        UiWait.until(() -> !model.session().isPlaying());
        assertTrue(view.getScene() == null, "only the open lesson is in the scene");
    }

    @Test
    void aDoubleClickOnTheDataGivesTheViewBackWithoutAddingAPoint(FxRobot robot) {
        waitForCharts();
        OverlayChart chart = view.scatter.node();
        robot.interact(() -> chart.changeView(() -> chart.plot().getDomainAxis().setRange(-5, 5)));
        assertTrue(chart.userViewProperty().get());
        Rectangle2D area = chart.dataArea();
        robot.doubleClickOn(chart.localToScreen(area.getMaxX() - 30, area.getMinY() + 40), MouseButton.PRIMARY);
        UiWait.until(() -> !chart.userViewProperty().get() && chart.plot().getDomainAxis().getUpperBound() < 2);
        UiWait.until(() -> now().setup().data().size() == 40);
        assertEquals(40, model.dataProperty().get().size());
    }
}
