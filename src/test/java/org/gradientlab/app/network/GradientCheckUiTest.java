package org.gradientlab.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.network.model.NetworkModel;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.OpenedWindow;
import org.gradientlab.app.shell.Truncation;
import org.gradientlab.app.shell.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The gradient check in the sidebar: whole numbers at every text size, and vanishing gradients shown agreeing. */
@ExtendWith(ApplicationExtension.class)
class GradientCheckUiTest {

    private MainWindow window;
    private NetworkModel model;
    private Stage stage;
    private OpenedWindow opened;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        opened = OpenedWindow.on(stage);
        window = opened.window();
        model = window.network().model();
        window.select(LessonId.NETWORK);
    }

    @AfterEach
    void restore(FxRobot robot) {
        opened.restore(robot);
    }

    @Test
    void bothNodesSaturatedTheNearlyVanishingGradientsAreShownAgreeing(FxRobot robot) {
        // x = 1.5: z1 = 30 and z2 = 10; dC/dw1 and dC/db1 are about 1e-16, their finite differences rounding noise.
        robot.interact(() -> {
            model.startProperty(0).set(20);
            model.startProperty(2).set(20);
            model.startProperty(3).set(-10);
        });
        GradientCheckPanel check = window.network().view().check;
        Label w1 = robot.from(check).lookup("#check-w1-2").queryAs(Label.class);
        UiWait.until(() -> model.session().snapshotProperty().get().current().w1() == 20 && !w1.getText().isEmpty());
        String[] names = {"w1", "b1", "w2", "b2"};
        for (String name : names) {
            Label error = robot.from(check).lookup("#check-" + name + "-2").queryAs(Label.class);
            assertTrue(error.getStyleClass().contains("agrees"), name + ": " + error.getText() + " " + error.getStyleClass());
        }
        assertTrue(model.session().snapshotProperty().get().check().w1().relativeError() > 1e-6, "a large relative error of noise");
    }

    @Test
    void everyNumberIsWholeAtEveryTextSize(FxRobot robot) {
        GradientCheckPanel check = window.network().view().check;
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1360, 880}, {1024, 700}, {900, 600}}) {
            for (int step = 2; step <= 7; step++) {
                int scale = step;
                robot.interact(() -> {
                    opened.resize(size[0], size[1], scale);
                });
                WaitForAsyncUtils.waitForFxEvents();
                WaitForAsyncUtils.waitForFxEvents();
                String where = size[0] + "x" + size[1] + " at step " + step + ": ";
                robot.interact(() -> {
                    if (size[0] == 1360 && scale == 2 && !check.isFourColumns()) {
                        problems.add(where + "the four columns do not fit the sidebar at 100%");
                    }
                    Truncation.in(check).forEach(cut -> problems.add(where + cut));
                    // Nothing past the sidebar's right edge either.
                    Bounds panel = check.localToScene(check.getLayoutBounds());
                    Bounds sidebar = window.network().view().getRight().localToScene(
                            window.network().view().getRight().getLayoutBounds());
                    if (panel.getMaxX() > sidebar.getMaxX() + 0.5) {
                        problems.add(where + "the check reaches " + panel.getMaxX() + " past the sidebar's " + sidebar.getMaxX());
                    }
                });
            }
        }
        assertEquals(List.of(), problems);
    }
}
