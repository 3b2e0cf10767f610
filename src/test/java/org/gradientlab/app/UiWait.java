package org.gradientlab.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the UI tests share: waiting for the background runner, and comparing pictures of a node. */
public final class UiWait {

    private UiWait() {
    }

    /** Waits up to 5 s for the condition (the runner works on its own thread), then for the FX events. */
    public static void until(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in 5 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A picture of the node as drawn now. */
    public static WritableImage image(FxRobot robot, Node node) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        return image[0];
    }

    /** How many pixels two pictures differ in (over the area both cover). */
    public static long differingPixels(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        long count = 0;
        for (int y = 0; y < (int) Math.min(a.getHeight(), b.getHeight()); y++) {
            for (int x = 0; x < (int) Math.min(a.getWidth(), b.getWidth()); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }
}
