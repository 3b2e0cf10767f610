package org.gradientlab.io.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.optim.Schedule;
import org.gradientlab.engine.regression.RegressionProblem;
import org.junit.jupiter.api.Test;

/** A worksheet of a scheduled run writes η_t, its formula, and rows made with η_t (worked by hand here). */
class ScheduledWorksheetTest {

    private static final OptimizerSettings STEP = OptimizerSettings.DEFAULT
            .withSchedule(new Schedule(Schedule.Kind.STEP, 0.5, 2, 0, 0));

    @Test
    void descentOnWSquaredHalvesTheRateEveryTwoSteps() throws Exception {
        Worksheet sheet = DescentWorksheet.of("w^2", Expression.parse("w^2").evaluator(), STEP, 1, 0.25, 5);
        String text = sheet.markdown(false, false);
        List<List<String>> table = MarkdownTables.parse(text).get(0);
        assertEquals(List.of("k", "w", "f(w)", "f'(w)", "η_t·f'(w)", "new w"), table.get(0));
        assertTrue(text.contains("schedule: step, γ = 0.5, D = 2"), text);
        assertTrue(text.contains("η_t = η·γ^⌊(t − 1)/D⌋"), text);
        assertTrue(text.contains("new w ← w − η_t·g"), text);
        // w ← w − η_t·2w: η_t = 0.25, 0.25, 0.125, 0.125, 0.0625, so w is multiplied by 0.5, 0.5, 0.75, 0.75, 0.875.
        double[] expected = {1, 0.5, 0.25, 0.1875, 0.140625, 0.123046875};
        double[] rates = {0.25, 0.25, 0.125, 0.125, 0.0625};
        for (int k = 0; k < 5; k++) {
            List<String> row = table.get(k + 1);
            assertEquals(WorksheetNumbers.format(expected[k]), row.get(1), "w at " + k);
            assertEquals(WorksheetNumbers.format(rates[k] * 2 * expected[k]), row.get(4), "η_t·f'(w) at " + k);
            assertEquals(WorksheetNumbers.format(expected[k + 1]), row.get(5), "new w at " + k);
        }
    }

    @Test
    void aConstantRateWorksheetHasNoSchedule() throws Exception {
        String text = DescentWorksheet.of("w^2", Expression.parse("w^2").evaluator(), OptimizerSettings.DEFAULT, 1, 0.25, 2)
                .markdown(false, false);
        assertFalse(text.contains("η_t"), text);
        assertFalse(text.contains("schedule"), text);
    }

    @Test
    void regressionStepsUseEtaT() {
        // Two points on y = 2x from w = (0, 0), sum: Σr = 6, Σr·x = 10 at the start; η_t = 0.05 for update 1.
        RegressionProblem problem = RegressionProblem.fullBatch(new DataSet(new double[] {1, 2}, new double[] {2, 4}),
                org.gradientlab.engine.regression.Reduction.SUM);
        Worksheet sheet = RegressionWorksheet.of(problem, STEP.withSchedule(new Schedule(Schedule.Kind.EXP, 0.5, 100, 0, 2)),
                0, 0, 0.1, 1, false);
        String text = sheet.markdown(false, false);
        List<List<List<String>>> tables = MarkdownTables.parse(text);
        List<List<String>> updates = tables.get(tables.size() - 1);
        assertEquals("η_t·g0", updates.get(0).get(10));
        // exp with W = 2: η_1 = 0.1 · 0.5^0 · 1/2 = 0.05; g0 = −6, g1 = −10.
        assertEquals(WorksheetNumbers.format(0.05 * -6), updates.get(1).get(10));
        assertEquals(WorksheetNumbers.format(0.05 * -10), updates.get(1).get(11));
        assertEquals(WorksheetNumbers.format(0.3), updates.get(1).get(12));
        assertEquals(WorksheetNumbers.format(0.5), updates.get(1).get(13));
        assertTrue(text.contains("schedule: exp, γ = 0.5, warm-up W = 2"), text);
    }
}
