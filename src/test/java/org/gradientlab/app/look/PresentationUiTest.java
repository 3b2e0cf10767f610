package org.gradientlab.app.look;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gradientlab.app.chart.OverlayChart;
import org.gradientlab.app.descent.model.DescentModel;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.network.NetworkDiagram;
import org.gradientlab.app.shell.ErrorReporter;
import org.gradientlab.app.shell.GradientLabApp;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.RecentLessons;
import org.gradientlab.app.shell.Shortcut;
import org.gradientlab.app.shell.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Themes, the text scale, the help overlay and the explanations in a real (headless) window. */
@ExtendWith(ApplicationExtension.class)
class PresentationUiTest {

    private final ErrorReporter errors = new ErrorReporter();
    private final SettingsStore settings = SettingsStore.inMemory();
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        errors.install();
        window = GradientLabApp.open(stage, errors, settings, RecentLessons.inMemory());
        stage.show();
    }

    @AfterEach
    void noUncaughtErrorsAndTheWindowStops() {
        // The stage is shared by every test: without close() each test's runners and frame timers
        // would go on working beside the later tests' windows (and slow their mouse timing).
        new FxRobot().interact(window::close);
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    private OverlayChart descentChart(FxRobot robot) {
        return robot.from(window.descent().view()).lookup("#descentChart").queryAs(OverlayChart.class);
    }

    private double statusFontSize(FxRobot robot) {
        Label status = robot.from(window.descent().view()).lookup("#statusLine").queryAs(Label.class);
        return status.getFont().getSize();
    }

    private void theme(FxRobot robot, Theme theme) {
        robot.interact(() -> window.presentation().themeProperty().set(theme));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDarkThemeAddsItsSheetAndRepaintsTheChart(FxRobot robot) {
        OverlayChart chart = descentChart(robot);
        UiWait.until(() -> chart.dataArea() != null);
        Color lightBackground = chart.palette().background();
        WritableImage light = UiWait.image(robot, chart);

        theme(robot, Theme.DARK);

        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-dark.css")),
                "the dark sheet is in the scene: " + stage.getScene().getStylesheets());
        assertEquals(Color.web("#0d1117"), chart.palette().background(), "the palette reads the dark surface");
        assertNotEquals(lightBackground, chart.palette().background());
        UiWait.until(() -> UiWait.differingPixels(light, UiWait.image(robot, chart)) > 10_000);

        theme(robot, Theme.LIGHT);
        assertFalse(stage.getScene().getStylesheets().stream().anyMatch(s -> s.contains("theme-")));
        assertEquals(lightBackground, chart.palette().background());
    }

    @Test
    void theProjectorThemeDrawsTheNetworkWithThickerLinesAndLargerText(FxRobot robot) {
        robot.interact(() -> window.select(LessonId.NETWORK));
        NetworkDiagram diagram = robot.from(window.network().view()).lookup("#networkDiagram").queryAs(NetworkDiagram.class);
        double lineBefore = diagram.palette().line(2);
        WritableImage light = UiWait.image(robot, diagram);

        theme(robot, Theme.PROJECTOR);

        assertEquals(Color.web("#000000"), diagram.palette().text(), "black text for the back of the room");
        assertEquals(Theme.PROJECTOR.rootFontSize() / ChartPalette.BASE_TEXT_SIZE, diagram.palette().scale(), 1e-9);
        assertTrue(diagram.palette().line(2) > 1.5 * lineBefore, "lines " + lineBefore + " -> " + diagram.palette().line(2));
        UiWait.until(() -> UiWait.differingPixels(light, UiWait.image(robot, diagram)) > 1000);
    }

    @Test
    void ctrlPlusMinusAndZeroScaleTheTextAndStopAtTheEnds(FxRobot robot) {
        double normal = statusFontSize(robot);
        assertEquals(Theme.LIGHT.rootFontSize(), normal, 1e-9);
        OverlayChart chart = descentChart(robot);

        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal * 1.1, statusFontSize(robot), 1e-6, "one step up: 110%");
        assertEquals(1.1, chart.palette().scale(), 1e-6, "the chart's hand-drawn text follows");
        assertEquals("Text size 110%", window.presentation().toast().getText());

        for (int i = 0; i < 10; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal * 2, statusFontSize(robot), 1e-6, "stops at 200%");

        for (int i = 0; i < 12; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal * 0.8, statusFontSize(robot), 1e-6, "stops at 80%");
        assertEquals(0.8, chart.palette().scale(), 1e-6);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal, statusFontSize(robot), 1e-6, "Ctrl+0: back to 100%");
    }

    @Test
    void ctrlPlusWorksWithShiftAndWhileATextFieldHasTheFocus(FxRobot robot) {
        double normal = statusFontSize(robot);
        robot.clickOn(robot.from(window.descent().view()).lookup("#functionField").queryAs(javafx.scene.Node.class));
        // Where + is a shifted key the press comes as Ctrl+Shift+PLUS, which the menu's Ctrl+PLUS does not match.
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.PLUS).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal * 1.1, statusFontSize(robot), 1e-6, "Ctrl+Shift+plus in a text field");
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(normal, statusFontSize(robot), 1e-6);
        assertEquals("(w - 1)^2 + 0.5", robot.lookup("#functionField").queryAs(javafx.scene.control.TextField.class)
                .getText(), "and nothing is typed into it");
    }

    @Test
    void aScaleChangeInAThemeKeepsTheThemesColours(FxRobot robot) {
        theme(robot, Theme.PROJECTOR);
        OverlayChart chart = descentChart(robot);
        robot.interact(() -> window.presentation().larger());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.web("#c2185b"), chart.palette().point(), "still the projector's point colour");
        assertEquals(Theme.PROJECTOR.rootFontSize() * 1.1 / ChartPalette.BASE_TEXT_SIZE, chart.palette().scale(), 1e-6);
    }

    @Test
    void aLessonAwayDuringAThemeChangeTakesTheThemeWhenItComesBack(FxRobot robot) {
        theme(robot, Theme.DARK);
        robot.interact(() -> window.select(LessonId.NETWORK));
        robot.interact(() -> window.select(LessonId.REGRESSION));
        theme(robot, Theme.PROJECTOR);
        robot.clickOn(robot.lookup("#explanation-regression").queryAs(TitledPane.class).lookup(".title"));
        robot.interact(() -> window.select(LessonId.DESCENT));
        WaitForAsyncUtils.waitForFxEvents();
        OverlayChart chart = descentChart(robot);
        assertEquals(Color.web("#c2185b"), chart.palette().point(), "the projector's point colour");
        robot.interact(() -> window.help().show());
        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.EQUALS).release(KeyCode.SHIFT, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.EQUALS).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Color.web("#c2185b"), chart.palette().point(), "still the projector's point colour");
        assertEquals(Theme.PROJECTOR.rootFontSize() * 1.25 / ChartPalette.BASE_TEXT_SIZE, chart.palette().scale(), 1e-6);
    }

    @Test
    void f1OpensTheHelpWhereSpaceDoesNotPlayAndEscClosesIt(FxRobot robot) {
        DescentModel model = window.descent().model();
        robot.clickOn(descentChart(robot));
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.help().isShowing(), "F1 opens the help");
        assertTrue(window.help().shownKeys().containsAll(java.util.List.of("Space", "F11", "F1",
                Shortcut.LARGER.keys(), Shortcut.NORMAL_SIZE.keys())), "every shortcut: " + window.help().shownKeys());
        assertTrue(window.help().shownKeys().contains("Ctrl+Q"), "File's accelerators come from the menu itself");

        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(model.session().playingProperty().get(), "Space does not play under the help");
        assertEquals(0, model.session().snapshotProperty().get().current().step(), "Right does not step under the help");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.help().isShowing(), "Esc closes the help");

        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.help().isShowing());
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.help().isShowing(), "F1 closes it too");

        robot.type(KeyCode.SPACE);
        UiWait.until(() -> model.session().playingProperty().get());
        robot.interact(model.session()::pause);
    }

    @Test
    void aClickClosesTheHelp(FxRobot robot) {
        robot.interact(() -> window.help().show());
        robot.clickOn(window.help());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.help().isShowing());
    }

    @Test
    void eachLessonKeepsItsExplanationOpenOrClosed(FxRobot robot) {
        TitledPane descent = robot.lookup("#explanation-descent").queryAs(TitledPane.class);
        assertFalse(descent.isExpanded(), "closed at first, so the lesson has its room");
        double closedHeight = descent.getHeight();
        robot.clickOn(descent.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(descent.isExpanded(), "a click on the title opens it");
        double openHeight = descent.getHeight();
        assertTrue(openHeight > 2 * closedHeight, "the text shows: " + closedHeight + " -> " + openHeight);

        robot.interact(() -> window.select(LessonId.NETWORK));
        TitledPane network = robot.lookup("#explanation-network").queryAs(TitledPane.class);
        assertFalse(network.isExpanded(), "the Network lesson's stays closed");
        robot.interact(() -> window.select(LessonId.DESCENT));
        assertTrue(descent.isExpanded(), "the Descent lesson's is still open");
        assertEquals("true", settings.get("explanation.descent.expanded", "?"), "and stays so next run");

        robot.clickOn(descent.lookup(".title"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(descent.isExpanded(), "a second click closes it");
        assertEquals(closedHeight, descent.getHeight(), 0.5);

        robot.interact(() -> window.presentation().explanationsShownProperty().set(false));
        assertFalse(descent.isVisible(), "View > Show explanations off hides them");
    }

    @Test
    void theThemeAndScaleOutliveTheWindow(FxRobot robot) {
        robot.interact(() -> {
            window.presentation().themeProperty().set(Theme.DARK);
            window.presentation().larger();
        });
        Presentation[] next = new Presentation[1];
        robot.interact(() -> next[0] = new Presentation(settings));
        assertEquals(Theme.DARK, next[0].themeProperty().get());
        assertEquals(TextScale.NORMAL + 1, next[0].scaleStepProperty().get());
    }

    @Test
    void f11TogglesFullScreen(FxRobot robot) {
        robot.clickOn(descentChart(robot));
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isFullScreen(), "F11 fills the screen");
        robot.type(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isFullScreen(), "F11 again leaves it");
    }
}
