package org.gradientlab.app.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.gradientlab.app.lesson.LessonId;
import org.gradientlab.app.network.DiagramLayout.Label;
import org.gradientlab.app.network.model.NetworkData;
import org.gradientlab.app.network.model.NetworkModel;
import org.gradientlab.app.network.model.Phase;
import org.gradientlab.app.shell.MainWindow;
import org.gradientlab.app.shell.OpenedWindow;
import org.gradientlab.app.shell.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The network diagram in the window sizes and text sizes a class uses: every text inside the
 * diagram, z and a inside their node, no two texts on top of each other, no text across a node it
 * does not belong to, in every phase, with both nodes saturated (their warnings shown).
 */
@ExtendWith(ApplicationExtension.class)
class DiagramLayoutUiTest {

    private static final int[][] WINDOWS = {{1024, 700}, {900, 600}};
    /** Text size steps: 100, 125, 150, 175 and 200%. */
    private static final int[] SCALE_STEPS = {2, 4, 5, 6, 7};

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
    void noUncaughtErrors(FxRobot robot) {
        opened.restore(robot);
    }

    @Test
    void bothSaturatedNodesKeepTheirTextsApartAtEverySize(FxRobot robot) {
        // x = 1.5: z1 = 30 and z2 = 10, so a1 and yhat are both within 1e-4 of 1.
        robot.interact(() -> {
            model.startProperty(0).set(20);
            model.startProperty(2).set(20);
            model.startProperty(3).set(-10);
        });
        List<String> problems = new ArrayList<>();
        for (int[] size : WINDOWS) {
            for (int step : SCALE_STEPS) {
                resize(robot, size, step);
                for (Phase phase : new Phase[] {Phase.FORWARD, Phase.COST, Phase.BACKWARD, Phase.UPDATE}) {
                    robot.interact(model::stepPhase);
                    UiWait.until(() -> model.phaseProperty().get() == phase);
                    String where = size[0] + "x" + size[1] + " at step " + step + ", " + phase + ": ";
                    DiagramLayout layout = drawn(robot);
                    problems.addAll(check(layout, where));
                    long warnings = layout.shownLabels().stream().filter(l -> l.text().startsWith("saturated")).count();
                    if (warnings != 2) {
                        problems.add(where + warnings + " saturation warnings shown");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aDataSetSaysWhichNumbersAreTheFirstPairsAtEverySize(FxRobot robot) {
        robot.interact(() -> model.dataProperty().set(NetworkData.CURVE));
        List<String> problems = new ArrayList<>();
        for (int[] size : WINDOWS) {
            for (int step : SCALE_STEPS) {
                resize(robot, size, step);
                DiagramLayout layout = drawn(robot);
                problems.addAll(check(layout, size[0] + "x" + size[1] + " at step " + step + ": "));
                assertTrue(layout.shownLabels().stream().anyMatch(l -> l.text().contains("the first of the 9 pairs")));
            }
        }
        assertEquals(List.of(), problems);
    }

    private void resize(FxRobot robot, int[] size, int step) {
        robot.interact(() -> {
            opened.resize(size[0], size[1], step);
        });
    }

    /** The layout of a draw made after the last change (the diagram draws on the next frame). */
    private DiagramLayout drawn(FxRobot robot) {
        NetworkDiagram diagram = window.network().view().diagram;
        DiagramLayout[] seen = new DiagramLayout[1];
        robot.interact(() -> seen[0] = diagram.drawnLayout());
        UiWait.until(() -> diagram.drawnLayout() != seen[0] || isCurrent(diagram, seen[0]));
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        UiWait.until(() -> isCurrent(diagram, diagram.drawnLayout()));
        return diagram.drawnLayout();
    }

    private static boolean isCurrent(NetworkDiagram diagram, DiagramLayout layout) {
        return layout != null && layout.width == diagram.getWidth() && layout.height == diagram.getHeight();
    }

    /** What is wrong with a layout, measured here again from its texts and fonts. */
    static List<String> check(DiagramLayout at, String where) {
        List<String> problems = new ArrayList<>();
        List<Label> all = at.labels;
        Text measure = new Text();
        for (Label l : all) {
            measure.setFont(l.font());
            measure.setText(l.text());
            if (measure.getLayoutBounds().getWidth() > l.width() + 0.5) {
                problems.add(where + "'" + l.text() + "' is wider than its box");
            }
            if (l.left() < -0.5 || l.right() > at.width + 0.5 || l.top() < -0.5 || l.bottom() > at.height + 0.5) {
                problems.add(where + "'" + l.text() + "' is outside the diagram");
            }
            for (int node = 0; node < 4; node++) {
                boolean inside = insideShape(at, node, l);
                if (l.inside() == node && !inside) {
                    problems.add(where + "'" + l.text() + "' spills out of its node");
                } else if (l.inside() != node && meetsShape(at, node, l)) {
                    problems.add(where + "'" + l.text() + "' runs across node " + node);
                }
            }
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (all.get(i).intersects(all.get(j))) {
                    problems.add(where + "'" + all.get(i).text() + "' overlaps '" + all.get(j).text() + "'");
                }
            }
        }
        return problems;
    }

    /** Every corner of the text's box inside the shape, clear of its lit outline. */
    private static boolean insideShape(DiagramLayout at, int node, Label l) {
        double[][] corners = {{l.left(), l.top()}, {l.right(), l.top()}, {l.left(), l.bottom()}, {l.right(), l.bottom()}};
        for (double[] c : corners) {
            if (node == DiagramLayout.COST) {
                if (Math.abs(c[0] - at.x[node]) > at.boxWidth / 2 - at.outline
                        || Math.abs(c[1] - at.cy) > at.boxHeight / 2 - at.outline) {
                    return false;
                }
            } else if (Math.hypot(c[0] - at.x[node], c[1] - at.cy) > radius(at, node) - at.outline / 2) {
                return false;
            }
        }
        return true;
    }

    private static boolean meetsShape(DiagramLayout at, int node, Label l) {
        if (node == DiagramLayout.COST) {
            return l.left() < at.x[node] + at.boxWidth / 2 && l.right() > at.x[node] - at.boxWidth / 2
                    && l.top() < at.cy + at.boxHeight / 2 && l.bottom() > at.cy - at.boxHeight / 2;
        }
        double nearestX = Math.max(l.left(), Math.min(at.x[node], l.right()));
        double nearestY = Math.max(l.top(), Math.min(at.cy, l.bottom()));
        return Math.hypot(nearestX - at.x[node], nearestY - at.cy) < radius(at, node);
    }

    private static double radius(DiagramLayout at, int node) {
        return node == DiagramLayout.INPUT ? at.inputRadius : at.radius;
    }
}
