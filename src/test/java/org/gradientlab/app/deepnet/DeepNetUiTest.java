package org.gradientlab.app.deepnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Deep network lesson in a real (headless) window, driven the way a student drives it. */
@ExtendWith(ApplicationExtension.class)
class DeepNetUiTest {

    private MainWindow window;
    private DeepNetController lesson;
    private DeepNetModel model;
    private final ErrorReporter errors = new ErrorReporter();

    @Start
    void start(Stage stage) {
        errors.install();
        window = GradientLabApp.open(stage, errors);
        window.select(LessonId.DEEP_NETWORK);
        lesson = window.lesson(LessonId.DEEP_NETWORK, DeepNetTab.class).controller();
        model = lesson.model();
        stage.show();
    }

    @AfterEach
    void noUncaughtErrors() {
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    private DeepNetSnapshot now() {
        return model.session().snapshot();
    }

    @Test
    void choosePresetChangeWidthStepAndHoverANode(FxRobot robot) {
        ComboBox<DeepNetData> data = find(robot, "#deepDataChoice");
        robot.interact(() -> {
            data.setValue(DeepNetData.CIRCLE);
            data.getOnAction().handle(null);
        });
        UiWait.until(() -> now().boundary() != null && model.dataProperty().get() == DeepNetData.CIRCLE);
        TextField widths = find(robot, "#widthsField");
        robot.interact(() -> widths.setText("3"));
        robot.clickOn(widths).type(KeyCode.ENTER);
        UiWait.until(() -> now().layout().layerCount() == 2 && now().layout().size(1) == 3);
        robot.clickOn(this.<Node>find(robot, "#stepButton"));
        UiWait.until(() -> now().step() == 1);
        UiWait.until(() -> lesson.view().plot.grid() != null && lesson.view().plot.grid().step() == 1);
        Label status = find(robot, "#deepNetworkStatus");
        UiWait.until(() -> status.getText().startsWith("Step 1 "));

        DeepNetDiagram diagram = lesson.view().diagram;
        Point2D hidden = diagram.nodeCentre(1, 2);
        robot.moveTo(diagram.localToScreen(hidden));
        UiWait.until(() -> diagram.hoveredNode() != null);
        assertArrayEquals(new int[] {1, 2}, diagram.hoveredNode());
        String box = diagram.describe(1, 2);
        assertTrue(box.startsWith("layer 1, node 3"), box);
        assertTrue(box.contains("z = ") && box.contains("a = ") && box.contains("δ = ∂C/∂z = "), box);
        // A small network: z, a and delta are written on the nodes too.
        assertTrue(diagram.valuesWritten());
    }

    @Test
    void badWidthsAreAnsweredAtTheFieldAndTheLayersStay(FxRobot robot) {
        TextField widths = find(robot, "#widthsField");
        robot.interact(() -> widths.setText("4,12"));
        robot.clickOn(widths).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = find(robot, "#widthsError");
        assertEquals("layer 2: '12' is not a width from 1 to 8 (type widths like 4,4)", error.getText());
        assertTrue(error.isVisible());
        assertArrayEquals(new int[] {4, 4}, model.hiddenProperty().get());
        robot.interact(() -> widths.setText("2,2"));
        robot.clickOn(widths).type(KeyCode.ENTER);
        UiWait.until(() -> now().layout().size(1) == 2);
        assertEquals("", error.getText());
    }

    @Test
    void aClickAddsAPointOfTheClassOfItsButton(FxRobot robot) {
        UiWait.until(() -> lesson.view().plot.grid() != null);
        BoundaryPlot plot = lesson.view().plot;
        int before = model.dataProperty().get().set().size();
        robot.moveTo(plot.localToScreen(plot.toPlot(0.5, 0.5))).clickOn(MouseButton.SECONDARY);
        UiWait.until(() -> model.dataProperty().get().set().size() == before + 1);
        assertEquals(0, model.dataProperty().get().set().targets()[before]);
        robot.moveTo(plot.localToScreen(plot.toPlot(-0.5, 0.5))).clickOn(MouseButton.PRIMARY);
        UiWait.until(() -> model.dataProperty().get().set().size() == before + 2);
        assertEquals(1, model.dataProperty().get().set().targets()[before + 1]);
        double x1 = model.dataProperty().get().set().inputs()[2 * (before + 1)];
        assertEquals(-0.5, x1, 0.05, "the point lands where it was clicked");
    }

    @Test
    void aBadDataFileIsAnsweredWithItsLineAndTheDataStays(FxRobot robot, @TempDir Path dir) throws Exception {
        DeepNetData before = model.dataProperty().get();
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "x1,x2,y\n0,0,0\n1,1,2\n");
        robot.interact(() -> lesson.load(bad));
        Label error = find(robot, "#deepDataError");
        UiWait.until(() -> !error.getText().isEmpty());
        assertTrue(error.getText().startsWith(bad + ", line 3: "), error.getText());
        assertEquals(before, model.dataProperty().get());

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "x,y\n-1,0\n0,0.5\n1,1\n");
        robot.interact(() -> lesson.load(good));
        UiWait.until(() -> now().layout().size(0) == 1);
        assertEquals("", error.getText());
        assertEquals("good.csv (3 pairs)", model.dataProperty().get().name());
    }

    @Test
    void theProbesHeadlessCommandTrainsTheSameNetworkOnTheSameData(FxRobot robot) {
        robot.interact(() -> model.choose(DeepNetData.CIRCLE));
        for (int i = 0; i < 3; i++) {
            robot.interact(model.session()::step);
        }
        UiWait.until(() -> now().step() == 3);
        double cost = now().cost();
        java.util.List<String> args = new java.util.ArrayList<>(
                window.lesson(LessonId.DEEP_NETWORK).probeCommand().orElseThrow());
        args.addAll(java.util.List.of("--steps", "3", "--every", "1"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int status = org.gradientlab.cli.Cli.run(args.toArray(String[]::new), new java.io.PrintStream(out),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        assertEquals(0, status, String.join(" ", args));
        String[] rows = out.toString().strip().split("\n");
        String[] last = rows[rows.length - 1].split(",");
        assertEquals("3", last[0]);
        assertEquals(cost, Double.parseDouble(last[1]), 0.0, "the command's cost at step 3 is the lesson's, to the bit");
    }

    /** A node of this lesson (the other lessons have controls with the same ids). */
    private <T extends Node> T find(FxRobot robot, String query) {
        return robot.from(lesson.view()).lookup(query).query();
    }
}
