package org.gradientlab.io.export;

import static org.gradientlab.engine.network.NetworkParameters.B1;
import static org.gradientlab.engine.network.NetworkParameters.B2;
import static org.gradientlab.engine.network.NetworkParameters.W1;
import static org.gradientlab.engine.network.NetworkParameters.W2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.descent.DescentStepper;
import org.gradientlab.engine.expr.Expression;
import org.gradientlab.engine.network.Cost;
import org.gradientlab.engine.network.NetworkParameters;
import org.gradientlab.engine.network.NetworkProblem;
import org.gradientlab.engine.network.NetworkStepper;
import org.gradientlab.engine.optim.OptimizerSettings;
import org.gradientlab.engine.regression.Reduction;
import org.gradientlab.engine.regression.RegressionProblem;
import org.gradientlab.engine.regression.RegressionStepper;
import org.junit.jupiter.api.Test;

/** The worksheets' numbers read back from their Markdown equal the engine's, rounded as the worksheet rounds. */
class WorksheetTest {

    private static final OptimizerSettings GD = OptimizerSettings.DEFAULT;

    /** A cell equals the value as the worksheet writes it, and is within rounding of the value itself. */
    private static void assertCell(double expected, String cell) {
        assertEquals(WorksheetNumbers.format(expected), cell);
        assertEquals(expected, Double.parseDouble(cell), Math.abs(expected) * 5e-6 + 1e-300);
    }

    @Test
    void descentRowsAreTheSteppersNumbers() throws Exception {
        Worksheet sheet = DescentWorksheet.of("w^2", Expression.parse("w^2").evaluator(), GD, 3, 0.1, 5);
        List<List<String>> table = MarkdownTables.parse(sheet.markdown(false, false)).get(0);
        assertEquals(List.of("k", "w", "f(w)", "f'(w)", "η·f'(w)", "new w"), table.get(0));
        assertEquals(6, table.size());
        DescentStepper stepper = new DescentStepper(Expression.parse("w^2").evaluator(), GD.create(), 3);
        for (int k = 0; k < 5; k++) {
            List<String> row = table.get(k + 1);
            assertEquals(Integer.toString(k), row.get(0));
            assertCell(stepper.w(), row.get(1));
            assertCell(stepper.value(), row.get(2));
            assertCell(stepper.grad(), row.get(3));
            assertCell(0.1 * stepper.grad(), row.get(4));
            stepper.update(0.1);
            assertCell(stepper.w(), row.get(5));
        }
        // By hand: on w^2 at rate 0.1 each step multiplies w by 0.8, so w5 = 3 * 0.8^5 = 0.98304.
        assertEquals("0.98304", table.get(5).get(5));
        assertTrue(sheet.markdown(false, false).contains("f(w) = w^2"));
    }

    @Test
    void descentWithAnotherOptimizerShowsTheStepTaken() throws Exception {
        OptimizerSettings momentum = GD.withName("momentum");
        Worksheet sheet = DescentWorksheet.of("w^2", Expression.parse("w^2").evaluator(), momentum, 3, 0.1, 3);
        List<List<String>> table = MarkdownTables.parse(sheet.markdown(false, false)).get(0);
        assertEquals("w − new w", table.get(0).get(4));
        DescentStepper stepper = new DescentStepper(Expression.parse("w^2").evaluator(), momentum.create(), 3);
        for (int k = 0; k < 3; k++) {
            double w = stepper.w();
            stepper.update(0.1);
            assertCell(w - stepper.w(), table.get(k + 1).get(4));
            assertCell(stepper.w(), table.get(k + 1).get(5));
        }
        assertTrue(sheet.markdown(false, false).contains("v ← β·v"));
    }

    @Test
    void networkPassesMeansAndUpdatesAreTheEnginesNumbers() {
        DataSet notGate = new DataSet(new double[] {0, 1}, new double[] {1, 0});
        NetworkParameters start = new NetworkParameters(0.5, -0.2, 1.5, 0.1);
        Worksheet sheet = NetworkWorksheet.of(notGate, Cost.XENT, GD, start, 0.5, 3);
        List<List<List<String>>> tables = MarkdownTables.parse(sheet.markdown(false, false));
        assertEquals(6, tables.size());
        NetworkStepper stepper = new NetworkStepper(new NetworkProblem(notGate, Cost.XENT), GD.create(), start);
        for (int k = 0; k < 3; k++) {
            List<List<String>> pass = tables.get(2 * k);
            assertEquals(NetworkWorksheet.PASS_COLUMNS, pass.get(0));
            // The first pair's pass is the one the problem keeps; the mean row has the mean cost and gradients.
            List<String> first = pass.get(1);
            NetworkProblem problem = stepper.problem();
            double[] firstPair = {problem.z1(), problem.a1(), problem.z2(), problem.yhat()};
            for (int c = 0; c < 4; c++) {
                assertCell(firstPair[c], first.get(3 + c));
            }
            assertCell(problem.delta2(), first.get(8));
            assertCell(problem.delta1(), first.get(9));
            List<String> mean = pass.get(3);
            assertEquals("mean", mean.get(0));
            assertCell(problem.meanCost(), mean.get(7));
            for (int p = W1; p <= B2; p++) {
                assertCell(stepper.gradient(p), mean.get(10 + p));
            }
            stepper.update(0.5);
            List<String> after = tables.get(2 * k + 1).get(2);
            assertEquals("after", after.get(0));
            assertCell(stepper.param(W1), after.get(1));
            assertCell(stepper.param(B1), after.get(2));
            assertCell(stepper.param(W2), after.get(3));
            assertCell(stepper.param(B2), after.get(4));
        }
    }

    @Test
    void networkSecondPairFollowsSpecSectionThree() {
        // x = 1, y = 0 under xent at w1 = b1 = w2 = b2 = 0: z1 = 0, a1 = 0.5, z2 = 0, yhat = 0.5, delta2 = 0.5, delta1 = 0.
        DataSet pairs = new DataSet(new double[] {2, 1}, new double[] {1, 0});
        Worksheet sheet = NetworkWorksheet.of(pairs, Cost.XENT, GD, new NetworkParameters(0, 0, 0, 0), 1, 1);
        List<String> second = MarkdownTables.parse(sheet.markdown(false, false)).get(0).get(2);
        assertEquals(List.of("2", "1", "0", "0", "0.5", "0", "0.5", "0.693147", "0.5", "0", "0", "0", "0.25", "0.5"),
                second);
    }

    @Test
    void regressionRowsAreTheSteppersSumsGradientsAndUpdates() {
        DataSet data = new DataSet(new double[] {1, 2, 3, 4}, new double[] {3, 5, 7.5, 9});
        RegressionProblem problem = RegressionProblem.fullBatch(data, Reduction.MEAN);
        Worksheet sheet = RegressionWorksheet.of(problem, GD, 0, -2, 0.05, 4, false);
        List<List<List<String>>> tables = MarkdownTables.parse(sheet.markdown(false, false));
        assertEquals(List.of("1", "1", "3"), tables.get(0).get(1));
        List<List<String>> updates = tables.get(1);
        assertEquals(RegressionWorksheet.COLUMNS, updates.get(0));
        RegressionStepper stepper = new RegressionStepper(problem, GD.create(), 0, -2);
        for (int k = 0; k < 4; k++) {
            List<String> row = updates.get(k + 1);
            assertCell(stepper.w0(), row.get(1));
            assertCell(stepper.w1(), row.get(2));
            assertCell(stepper.loss(), row.get(3));
            assertEquals("all", row.get(4));
            assertEquals("4", row.get(5));
            assertCell(stepper.nextSumResiduals(), row.get(6));
            assertCell(stepper.nextSumResidualsTimesX(), row.get(7));
            double g0 = -stepper.nextSumResiduals() / 4;
            double g1 = -stepper.nextSumResidualsTimesX() / 4;
            assertCell(g0, row.get(8));
            assertCell(g1, row.get(9));
            assertCell(0.05 * g0, row.get(10));
            assertCell(0.05 * g1, row.get(11));
            stepper.update(0.05);
            assertCell(stepper.w0(), row.get(12));
            assertCell(stepper.w1(), row.get(13));
        }
        // By hand, step 0 at (0, -2): r = 5, 9, 13.5, 17, sum 44.5, sum r*x = 5+18+40.5+68 = 131.5.
        assertEquals("44.5", updates.get(1).get(6));
        assertEquals("131.5", updates.get(1).get(7));
    }

    @Test
    void miniBatchRowsNameTheirPointsAndTheirSumsAreOverThosePoints() {
        DataSet data = new DataSet(new double[] {1, 2, 3, 4, 5}, new double[] {2, 4.5, 5.5, 9, 9.5});
        RegressionProblem problem = new RegressionProblem(data, Reduction.SUM, 2, 7);
        OptimizerSettings adam = GD.withName("adam");
        Worksheet sheet = RegressionWorksheet.of(problem, adam, 0.5, 1, 0.01, 6, false);
        List<List<String>> updates = MarkdownTables.parse(sheet.markdown(false, false)).get(1);
        assertEquals("w0 − new w0", updates.get(0).get(10));
        RegressionStepper stepper = new RegressionStepper(problem, adam.create(), 0.5, 1);
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (int k = 0; k < 6; k++) {
            List<String> row = updates.get(k + 1);
            // The sums worked by hand over the points the row names, at the row's (w0, w1).
            double sumR = 0;
            double sumRX = 0;
            String[] points = row.get(4).split(", ");
            for (String point : points) {
                int j = Integer.parseInt(point) - 1;
                double r = data.y()[j] - (stepper.w0() + stepper.w1() * data.x()[j]);
                sumR += r;
                sumRX += r * data.x()[j];
                seen.add(point);
            }
            assertEquals(Integer.toString(points.length), row.get(5));
            assertCell(sumR, row.get(6));
            assertCell(sumRX, row.get(7));
            double w0 = stepper.w0();
            stepper.update(0.01);
            assertCell(w0 - stepper.w0(), row.get(10));
            assertCell(stepper.w0(), row.get(12));
        }
        // Two epochs of three batches (2, 2, 1 points): every point is used.
        assertEquals(java.util.Set.of("1", "2", "3", "4", "5"), seen);
    }

    @Test
    void blanksHideExactlyTheAnswerCellsAndTheKeyHasThem() throws Exception {
        List<Worksheet> sheets = List.of(
                DescentWorksheet.of("w^4 - 3*w^2 + w", Expression.parse("w^4 - 3*w^2 + w").evaluator(), GD, 2, 0.01, 5),
                NetworkWorksheet.of(DataSet.single(1, 0), Cost.MSE, GD, new NetworkParameters(0.5, 0, 1, 0), 1, 2),
                RegressionWorksheet.of(RegressionProblem.fullBatch(new DataSet(new double[] {1, 2}, new double[] {2, 4}),
                        Reduction.SUM), GD, 0, 0, 0.1, 3, false));
        for (Worksheet sheet : sheets) {
            String both = sheet.markdown(true, true);
            int keyAt = both.indexOf(Worksheet.KEY_HEADING);
            assertTrue(keyAt > 0);
            List<List<List<String>>> student = MarkdownTables.parse(both.substring(0, keyAt));
            List<List<List<String>>> key = MarkdownTables.parse(both.substring(keyAt));
            List<List<List<String>>> separateKey = MarkdownTables.parse(sheet.answerKey());
            assertEquals(key, separateKey);
            assertEquals(MarkdownTables.parse(sheet.markdown(false, false)), key);
            assertFalse(sheet.answerKey().contains(WorksheetTable.BLANK));
            int blanks = 0;
            int answers = 0;
            for (int t = 0; t < sheet.tables().size(); t++) {
                List<List<WorksheetTable.Cell>> cells = sheet.tables().get(t).rows();
                for (int r = 0; r < cells.size(); r++) {
                    for (int c = 0; c < cells.get(r).size(); c++) {
                        String shown = student.get(t).get(r + 1).get(c);
                        String answer = key.get(t).get(r + 1).get(c);
                        if (cells.get(r).get(c).answer()) {
                            answers++;
                            assertEquals(WorksheetTable.BLANK, shown);
                            assertNotEquals(WorksheetTable.BLANK, answer);
                            Double.parseDouble(answer);
                        } else {
                            assertEquals(answer, shown);
                        }
                        blanks += shown.equals(WorksheetTable.BLANK) ? 1 : 0;
                    }
                }
            }
            assertEquals(answers, blanks);
            assertTrue(answers > 10);
            // Without the key appended, the students' copy holds no answer key.
            assertFalse(sheet.markdown(true, false).contains(Worksheet.KEY_HEADING));
        }
    }

    @Test
    void aDivergingRunStopsWithANote() throws Exception {
        // w^2 at rate 10 multiplies w by -19 a step: from 1e150, f(w) overflows at step 4.
        Worksheet sheet = DescentWorksheet.of("w^2", Expression.parse("w^2").evaluator(), GD, 1e150, 10, 5);
        String text = sheet.markdown(false, false);
        assertTrue(text.contains("At step 4 w, f(w) or f'(w) is not a finite number"), text);
        assertEquals(5, MarkdownTables.parse(text).get(0).size());
    }

    @Test
    void stepsOutsideOneToFiftyAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> DescentWorksheet.of("w^2", Expression.parse("w^2").evaluator(), GD, 1, 0.1, 51));
        assertThrows(IllegalArgumentException.class,
                () -> DescentWorksheet.of("w^2", Expression.parse("w^2").evaluator(), GD, 1, 0.1, 0));
    }
}
