package org.gradientlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.gradientlab.app.controls.Playback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Thirty students clicking everything: a seeded run of random actions across the lessons (buttons,
 * sliders, typed functions and numbers good and bad, combo boxes, switching lessons while playing).
 * It fails on any uncaught exception, any non-finite axis bound, or the FX thread not answering
 * within a second.
 */
@ExtendWith(ApplicationExtension.class)
class MonkeyTest {

    static final int ACTIONS = 2000;
    static final long SEED = 20261122L;
    private static final String[] TEXTS = {"0.1", "abc", "1e-9", "10", "-1", "", "1e400", "NaN", "0.5", "3", "-2.5",
        "1e6", "0", "  7 ", "1,5", "-0", "2e-3"};
    private static final String[] FUNCTIONS = {"w^2", "sin(w))", "log(w)", "1/w", "exp(w^2)", "w^4-3*w^2+w", "",
        "sqrt(-w)", "tan(w)", "((((w))))", "2^3^2*w", "sigmoid(w", "abs(w-1)", "exp(exp(w))", "w^0.5", "-w^2", "1e400*w"};
    private static final Set<String> BUTTONS = Set.of("stepButton", "stepBackButton", "playButton", "resetButton",
            "stepPhaseButton");

    private final ErrorReporter errors = new ErrorReporter();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        errors.install();
        window = GradientLabApp.open(stage, errors);
        stage.show();
    }

    @Test
    void twoThousandRandomActionsBreakNothing(FxRobot robot) throws Exception {
        Random random = new Random(SEED);
        // Lessons are built on the FX thread, when first asked for.
        int lesson = WaitForAsyncUtils.asyncFx(() -> window.lessons().size()).get(5, TimeUnit.SECONDS);
        for (int action = 0; action < ACTIONS; action++) {
            int kind = random.nextInt(10);
            // One round trip to the FX thread per action (robot.interact waits for several).
            WaitForAsyncUtils.asyncFx(() -> act(kind, lesson, random)).get(5, TimeUnit.SECONDS);
            if (action % 25 == 0) {
                int done = action;
                assertAnswers(robot, done);
                assertTrue(errors.errors().isEmpty(), "after action " + done + ": " + errors.errors());
                robot.interact(() -> UiWait.assertSaneAxes(window.root(), "after action " + done));
            }
        }
        robot.interact(() -> window.lessons().forEach(Playback::reset));
        assertAnswers(robot, ACTIONS);
        assertTrue(errors.errors().isEmpty(), "uncaught: " + errors.errors());
    }

    private void act(int kind, int lessons, Random random) {
        Parent view = (Parent) window.root().getCenter();
        List<Node> nodes = new ArrayList<>();
        UiWait.collect(view, nodes);
        switch (kind) {
            case 0 -> window.select(window.lessonIds().get(random.nextInt(lessons)));
            case 1, 2, 3 -> pick(nodes, Button.class, random, b -> BUTTONS.contains(b.getId()) && !b.isDisabled())
                    .ifPresent(Button::fire);
            case 4 -> pick(nodes, Slider.class, random, s -> !s.isDisabled())
                    .ifPresent(s -> s.setValue(s.getMin() + random.nextDouble() * (s.getMax() - s.getMin())));
            case 5, 6 -> pick(nodes, TextField.class, random, f -> !"functionField".equals(f.getId()))
                    .ifPresent(f -> type(f, TEXTS[random.nextInt(TEXTS.length)]));
            case 7 -> pick(nodes, TextField.class, random, f -> "functionField".equals(f.getId()))
                    .ifPresent(f -> type(f, FUNCTIONS[random.nextInt(FUNCTIONS.length)]));
            case 8 -> pick(nodes, ComboBox.class, random, c -> !c.getItems().isEmpty())
                    .ifPresent(c -> c.getSelectionModel().select(random.nextInt(c.getItems().size())));
            default -> window.lessons().get(random.nextInt(lessons)).togglePlay();
        }
    }

    private static void type(TextField field, String text) {
        field.setText(text);
        field.fireEvent(new ActionEvent());
    }

    private static <T extends Node> java.util.Optional<T> pick(List<Node> nodes, Class<T> type, Random random,
                                                               java.util.function.Predicate<T> usable) {
        List<T> candidates = new ArrayList<>();
        for (Node node : nodes) {
            if (type.isInstance(node) && node.isVisible() && usable.test(type.cast(node))) {
                candidates.add(type.cast(node));
            }
        }
        return candidates.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(candidates.get(random.nextInt(candidates.size())));
    }

    private static void assertAnswers(FxRobot robot, int action) throws Exception {
        long start = System.nanoTime();
        WaitForAsyncUtils.asyncFx(() -> { }).get(1, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1000, "the FX thread took " + millis + " ms to answer after action " + action);
    }

}
