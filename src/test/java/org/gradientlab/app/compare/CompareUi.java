package org.gradientlab.app.compare;

import javafx.scene.Node;
import javafx.scene.Parent;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the compare windows' UI tests share. */
public final class CompareUi {

    private CompareUi() {
    }

    /** Scrolls every scroll pane around the node to its end, as a person would to reach a button at the bottom. */
    public static void scrollDownTo(FxRobot robot, Node node) {
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof javafx.scene.control.ScrollPane scroll) {
                    scroll.setVvalue(scroll.getVmax());
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
