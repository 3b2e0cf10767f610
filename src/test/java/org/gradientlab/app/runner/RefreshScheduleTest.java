package org.gradientlab.app.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Number panels take turns only while a lesson plays faster than a person reads. */
class RefreshScheduleTest {

    @Test
    void atFullSpeedEachPanelShowsOneFrameInSixAndNeverTwoTogether() {
        RefreshSchedule panels = new RefreshSchedule();
        int[] shown = new int[RefreshSchedule.FRAMES_PER_ROUND];
        for (int frame = 0; frame < 60; frame++) {
            panels.next(true, TrainingRunner.MAX_SPEED);
            int due = 0;
            for (int panel = 0; panel < shown.length; panel++) {
                if (panels.due(panel)) {
                    shown[panel]++;
                    due++;
                }
            }
            assertEquals(1, due, "frame " + frame);
        }
        for (int count : shown) {
            assertEquals(10, count);
        }
    }

    @Test
    void pausedSteppingOrSlowEveryPanelShowsEverySnapshot() {
        RefreshSchedule panels = new RefreshSchedule();
        for (int frame = 0; frame < 12; frame++) {
            panels.next(frame % 2 == 0, RefreshSchedule.READABLE_SPEED);
            for (int panel = 0; panel < RefreshSchedule.FRAMES_PER_ROUND; panel++) {
                assertTrue(panels.due(panel));
            }
        }
        // The snapshot that ends a fast run (playing false) shows everywhere.
        panels.next(true, 1e6);
        panels.next(false, 1e6);
        for (int panel = 0; panel < RefreshSchedule.FRAMES_PER_ROUND; panel++) {
            assertTrue(panels.due(panel));
        }
    }
}
