package org.gradientlab.app.descent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.gradientlab.app.descent.explore.BasinWindow;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.explore.ExploreChart;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.UiWait;
import org.gradientlab.engine.descent.BasinMap;
import org.gradientlab.engine.descent.BasinResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The basin map window, opened from the Descent lesson and driven as a person would. */
@ExtendWith(ApplicationExtension.class)
class BasinWindowUiTest {

    private MainWindow window;
    private DescentModel model;
    private final ErrorReporter errors = new ErrorReporter();

    @Start
    void start(Stage stage) {
        errors.install();
        window = GradientLabApp.open(stage, errors);
        model = window.descent().model();
        stage.show();
    }

    @AfterEach
    void noUncaughtErrors(FxRobot robot) {
        robot.interact(() -> window.descent().explore().close());
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    private BasinWindow open(FxRobot robot) {
        robot.clickOn(robot.from(window.descent().view()).lookup("#basinButton").<Node>query());
        UiWait.until(() -> window.descent().explore().basinWindow() != null
                && window.descent().explore().basinWindow().stage().isShowing());
        return window.descent().explore().basinWindow();
    }

    private static <T extends Node> T find(FxRobot robot, BasinWindow basin, String query) {
        return robot.from(basin.stage().getScene().getRoot()).lookup(query).query();
    }

    @Test
    void clickingACellLoadsItsStartAndRateAndResetsTheLesson(FxRobot robot) {
        robot.interact(() -> model.setFunction("w^4 - 3*w^2 + w"));
        BasinWindow basin = open(robot);
        Spinner<Integer> steps = find(robot, basin, "#basinSteps");
        robot.interact(() -> steps.getValueFactory().setValue(300));
        robot.clickOn((Node) find(robot, basin, "#basinRun"));
        UiWait.until(() -> basin.job().task().isDone() && basin.chart().shown() != null);
        BasinResult result = basin.chart().shown();
        assertTrue(result.isComplete());
        assertEquals(2, result.minima().size(), "the double well's two minima: " + result.minima());
        FlowPane legend = find(robot, basin, "#basinLegend");
        assertEquals(2 + 3, legend.getChildren().size(), "two minima, diverged, not settled, the fade note");

        robot.clickOn(robot.from(window.descent().view()).lookup("#stepButton").<Node>query());
        UiWait.until(() -> model.session().snapshotProperty().get().current().step() == 1);
        BasinMap map = result.map();
        int column = 30;
        int row = 40;
        ExploreChart chart = basin.chart().node();
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = chart.localToScreen(chart.toScreenX(map.startAt(column)),
                chart.toScreenY(map.rateAt(row))));
        robot.clickOn(at[0]);
        UiWait.until(() -> model.startWProperty().get() == map.startAt(column));
        assertEquals(map.rateAt(row), model.session().learningRateProperty().get());
        UiWait.until(() -> model.session().snapshotProperty().get().current().step() == 0
                && model.session().snapshotProperty().get().current().w() == map.startAt(column));
    }

    @Test
    void cancelStopsTheMapEarly(FxRobot robot) {
        robot.interact(() -> model.setFunction("0.001*w"));
        BasinWindow basin = open(robot);
        Spinner<Integer> steps = find(robot, basin, "#basinSteps");
        robot.interact(() -> steps.getValueFactory().setValue(1_000_000));
        robot.clickOn((Node) find(robot, basin, "#basinRun"));
        UiWait.until(() -> !((Node) find(robot, basin, "#basinCancel")).isDisabled());
        robot.clickOn((Node) find(robot, basin, "#basinCancel"));
        UiWait.until(() -> basin.job().task().isDone());
        assertFalse(basin.chart().shown().isComplete());
        Label status = find(robot, basin, "#basinStatus");
        assertTrue(status.getText().startsWith("Cancelled after"), status.getText());
    }
}
