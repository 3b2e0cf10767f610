package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gradientlab.app.descent.model.DescentLessons;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.io.lesson.LessonExamples;
import org.gradientlab.io.lesson.LessonFile;
import org.gradientlab.io.lesson.LessonFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Lesson files in the real (headless) window: opened through the File menu's handler, saved, and a bad one refused. */
@ExtendWith(ApplicationExtension.class)
class LessonMenuUiTest {

    private final ErrorReporter errors = new ErrorReporter();
    private MainWindow window;

    @TempDir
    Path folder;

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

    private Path copyOfExample(int index) throws Exception {
        String file = LessonExamples.ALL.get(index).file();
        return Files.copy(Path.of("assets", "lessons", file), folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }

    private boolean open(FxRobot robot, Path file) {
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = window.lessonMenu().open(file));
        return opened[0];
    }

    private Menu fileMenu(FxRobot robot) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(0);
    }

    private static MenuItem item(Menu menu, String text) {
        return menu.getItems().stream().filter(i -> text.equals(i.getText())).findFirst().orElseThrow();
    }

    @Test
    void openingALessonFileChangesTheFunctionField(FxRobot robot) throws Exception {
        Path lesson = copyOfExample(2);
        TextField function = robot.lookup("#functionField").queryAs(TextField.class);
        assertEquals("(w - 1)^2 + 0.5", function.getText());

        assertTrue(open(robot, lesson));

        assertEquals("w^4 - 3*w^2 + w", function.getText());
        assertEquals(2.0, Double.parseDouble(robot.lookup("#startField").queryAs(TextField.class).getText()));
        assertEquals(LessonFiles.read(lesson), DescentLessons.export(window.descent().model()));
        assertEquals(lesson.toAbsolutePath(), window.lessonMenu().recentFiles().get(0));
    }

    @Test
    void aBadFileLeavesTheLessonAsItWasAndSaysWhatAndWhere(FxRobot robot) throws Exception {
        Path bad = folder.resolve("bad.json");
        String good = Files.readString(copyOfExample(0));
        Files.writeString(bad, good.replace("\"(w - 1)^2 + 0.5\"", "\"(w - 1)^2 +* 0.5\""));
        TextField function = robot.lookup("#functionField").queryAs(TextField.class);
        robot.interact(() -> window.descent().model().setFunction("w^2 + 3"));
        LessonFile before = DescentLessons.export(window.descent().model());

        assertFalse(open(robot, bad));

        assertEquals("w^2 + 3", function.getText());
        assertEquals(before, DescentLessons.export(window.descent().model()));
        Label message = robot.lookup("#errorText").queryAs(Label.class);
        assertEquals("Cannot open the lesson: bad.json, line 16, column 17: descent.function: unexpected '*' at column 12",
                message.getText());
        assertTrue(message.getParent().isVisible(), "the error bar shows");
        assertTrue(window.lessonMenu().recentFiles().isEmpty(), "a bad file is not remembered");

        // A lesson that opens clears the complaint.
        assertTrue(open(robot, copyOfExample(0)));
        assertEquals("", message.getText());
    }

    @Test
    void aNetworkExampleFromTheMenuOpensTheNetworkTab(FxRobot robot) {
        Menu examples = (Menu) item(fileMenu(robot), "Examples");
        robot.interact(() -> item(examples, LessonExamples.ALL.get(4).title()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LessonId.NETWORK, window.selectedLesson());
        assertEquals(1.0, window.network().model().yProperty().get());
        assertEquals(1.0, Double.parseDouble(robot.lookup("#yField").queryAs(TextField.class).getText()));
    }

    @Test
    void openingALessonShowsItsCostAndSpeedInTheControls(FxRobot robot) throws Exception {
        Path example = copyOfExample(4);
        String json = Files.readString(example);
        assertTrue(json.contains("\"cost\": \"mse\"") && json.contains("\"speed\": 2.0"), json);
        Path lesson = folder.resolve("network-xent.json");
        Files.writeString(lesson, json.replace("\"cost\": \"mse\"", "\"cost\": \"xent\"")
                .replace("\"speed\": 2.0", "\"speed\": 50.0"));
        robot.interact(() -> window.select(LessonId.NETWORK));
        WaitForAsyncUtils.waitForFxEvents();
        ComboBox<?> cost = robot.lookup("#costChoice").queryAs(ComboBox.class);
        Slider speed = robot.lookup("#speedSlider").queryAs(Slider.class);
        assertEquals(Cost.MSE, cost.getValue());
        assertEquals(Math.log10(2), speed.getValue(), 1e-12);

        assertTrue(open(robot, lesson));

        assertEquals(Cost.XENT, window.network().model().costProperty().get());
        assertEquals(Cost.XENT, cost.getValue(), "the Cost box shows the lesson's cost");
        assertEquals(50.0, window.network().model().session().speedProperty().get());
        assertEquals(Math.log10(50), speed.getValue(), 1e-12, "the Speed slider shows the lesson's speed");
        assertEquals(50.0, window.network().model().session().speedProperty().get(), "showing it changes nothing");

        // A speed between the slider's steps is kept as the file says, not rounded to a slider position.
        robot.interact(() -> window.network().model().session().speedProperty().set(123));
        assertEquals(Math.log10(123), speed.getValue(), 1e-12);
        assertEquals(123.0, window.network().model().session().speedProperty().get());
    }

    @Test
    void saveWritesTheOpenLessonToItsFileAndOpenRecentReopensIt(FxRobot robot) throws Exception {
        Path lesson = copyOfExample(5);
        assertTrue(open(robot, lesson));
        assertEquals(LessonId.REGRESSION, window.selectedLesson());
        robot.interact(() -> window.regression().model().session().learningRateProperty().set(0.005));

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(0.005, LessonFiles.read(lesson).learningRate(), "Ctrl+S saved over the file it came from");
        robot.interact(() -> window.regression().model().session().learningRateProperty().set(0.3));
        Menu recent = (Menu) item(fileMenu(robot), "Open recent");
        assertEquals(1, recent.getItems().size());
        robot.interact(() -> recent.getItems().get(0).fire());
        assertEquals(0.005, window.regression().model().session().learningRateProperty().get());
    }
}
