package org.gradientlab.app.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gradientlab.engine.KeptRun;
import org.gradientlab.io.export.StepsTable;
import org.junit.jupiter.api.Test;

/** The steps table written once for every lesson: every kept step, first to last, none when the last is not kept. */
class KeptRunEngineTest {

    /** A run keeping steps first..last; the last kept or not. */
    private record Run(long first, long last, boolean lastKept) implements KeptRun {
        public long firstKeptStep() { return first; }
        public long lastStep() { return last; }
        public long shownStep() { return first; }
        public boolean isKept(long step) { return step >= first && (step < last || lastKept && step == last); }
        public double learningRateAt(long step) { return Double.NaN; }
        public boolean show(long step) { return false; }
        public boolean branchAt(long step) { return false; }
    }

    private static final class Engine extends KeptRunEngine<Object> {
        private final Run run;
        Engine(Run run) { this.run = run; }
        @Override protected KeptRun keptRun() { return run; }
        @Override public boolean step(double learningRate) { return false; }
        @Override public boolean stepBack() { return false; }
        @Override public boolean isFinished() { return false; }
        @Override public Object snapshot(boolean playing, double learningRate) { return null; }
        @Override public StepsTable keptSteps() {
            return keptTable(List.of("step", "a", "b"), (k, row) -> {
                row[0] = k;
                row[1] = -k;
            });
        }
    }

    @Test
    void everyKeptStepIsARowWhileAnEarlierOneIsShown() {
        StepsTable table = new Engine(new Run(3, 5, true)).keptSteps();
        assertEquals(3, table.firstStep());
        assertArrayEquals(new double[] {3, -3, 4, -4, 5, -5}, table.values());
    }

    @Test
    void aLastStepNotKeptGivesNoRows() {
        assertEquals(0, new Engine(new Run(0, 0, false)).keptSteps().rowCount());
    }
}
