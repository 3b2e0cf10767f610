package org.gradientlab.app.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.UiWait;
import org.gradientlab.engine.surface.SurfaceState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Surface lesson in a real (headless) window, driven the way a person drives it. */
@ExtendWith(ApplicationExtension.class)
class SurfaceUiTest {

    private MainWindow window;
    private SurfaceModel model;
    private final ErrorReporter errors = new ErrorReporter();

    @Start
    void start(Stage stage) {
        errors.install();
        window = GradientLabApp.open(stage, errors);
        window.select(LessonId.SURFACE);
        model = ((SurfaceTab) window.lesson(LessonId.SURFACE)).model();
        stage.show();
    }

    @AfterEach
    void noUncaughtErrors() {
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    private SurfaceState now() {
        return model.session().snapshot().current();
    }

    private <T extends Node> T find(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }

    private void type(FxRobot robot, String text) {
        TextField field = find(robot, "#surfaceFunctionField");
        robot.clickOn(field);
        robot.interact(() -> field.setText(""));
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void typingAFunctionThenStepMakesOneUpdateOfIt(FxRobot robot) {
        type(robot, "x^2 + 3*y^2");
        assertEquals("x^2 + 3*y^2", model.functionProperty().get().source());
        UiWait.until(() -> now().step() == 0 && now().f() == now().w1() * now().w1() + 3 * now().w2() * now().w2());
        SurfaceState start = now();
        double rate = model.session().learningRateProperty().get();
        robot.clickOn(this.<Node>find(robot, "#stepButton"));
        UiWait.until(() -> now().step() == 1);
        assertEquals(start.w1() - rate * 2 * start.w1(), now().w1());
        assertEquals(start.w2() - rate * 6 * start.w2(), now().w2());
        TableView<?> table = find(robot, "#stepTable");
        UiWait.until(() -> table.getItems().size() == 2);
        Label w1 = find(robot, "#readoutW1");
        UiWait.until(() -> !w1.getText().isEmpty());
    }

    @Test
    void aBadFunctionSaysWhereAndKeepsTheLastGoodOne(FxRobot robot) {
        String old = model.functionProperty().get().source();
        type(robot, "x^2 + w^2");
        Label error = find(robot, "#surfaceFunctionError");
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("unknown name 'w' at column 7"), error.getText());
        assertTrue(error.getText().startsWith("      ^"), error.getText());
        assertEquals(old, model.functionProperty().get().source());
        TextField field = find(robot, "#surfaceFunctionField");
        assertEquals(6, field.getCaretPosition());
        type(robot, "x^2 + y^2");
        assertEquals("", model.functionErrorProperty().get());
        assertTrue(!error.isVisible());
    }

    @Test
    void clickingTheMapSetsTheStart(FxRobot robot) {
        OverlayChart map = find(robot, "#surfaceMap");
        UiWait.until(() -> map.dataArea() != null);
        double w1 = 1.5;
        double w2 = -1;
        Point2D inMap = new Point2D(map.toScreenX(w1), map.toScreenY(w2));
        Point2D onScreen = map.localToScreen(inMap);
        robot.clickOn(onScreen);
        UiWait.until(() -> now().step() == 0 && Math.abs(now().w1() - w1) < 0.1);
        double perPixel = map.dataPerPixelX();
        assertEquals(w1, model.startW1Property().get(), 2 * perPixel);
        assertEquals(w2, model.startW2Property().get(), 2 * perPixel);
        TextField field = find(robot, "#startW1Field");
        assertEquals(model.startW1Property().get(), Double.parseDouble(field.getText()), 1e-6);
    }

    @Test
    void theMapAndTheSurfaceArePicturesThatExportAsPng(FxRobot robot) throws Exception {
        java.util.List<org.gradientlab.app.export.Picture> pictures = new java.util.ArrayList<>();
        robot.interact(() -> pictures.addAll(org.gradientlab.app.export.Picture.in(window.lesson(LessonId.SURFACE).view())));
        java.util.List<String> names = pictures.stream().map(org.gradientlab.app.export.Picture::name).toList();
        assertTrue(names.contains("Contour map of f(w1, w2)"), names.toString());
        assertTrue(names.contains("Surface in 3-D"), names.toString());
        org.gradientlab.app.export.Picture surface = pictures.stream().filter(p -> p.name().equals("Surface in 3-D"))
                .findFirst().orElseThrow();
        assertTrue(!surface.hasSvg());
        java.nio.file.Path file = java.nio.file.Files.createTempFile("surface", ".png");
        robot.interact(() -> {
            try {
                org.gradientlab.app.export.ChartExport.writePng(surface.node(), 1, file);
            } catch (org.gradientlab.io.export.ExportException e) {
                throw new IllegalStateException(e);
            }
        });
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        assertEquals((int) Math.round(surface.node().getBoundsInLocal().getWidth()), image.getWidth());
        java.nio.file.Files.delete(file);
    }

    @Test
    void draggingTheSurfaceRotatesIt(FxRobot robot) {
        SurfacePlot3D plot = find(robot, "#surfacePlot3d");
        double[] before = plot.angles();
        Bounds bounds = plot.localToScreen(plot.getBoundsInLocal());
        robot.drag(new Point2D(bounds.getCenterX(), bounds.getCenterY()), javafx.scene.input.MouseButton.PRIMARY)
                .moveBy(80, -30).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double[] after = plot.angles();
        assertNotEquals(before[0], after[0], "the azimuth turned");
        assertNotEquals(before[1], after[1], "the elevation changed");
    }
}
