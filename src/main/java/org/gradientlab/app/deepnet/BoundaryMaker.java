package org.gradientlab.app.deepnet;

import org.gradientlab.engine.mlp.MlpProblem;
import org.gradientlab.engine.mlp.TrainingSet;

/**
 * Works out the network's output over the plotted region: {@link #CELLS} x {@link #CELLS} forward
 * passes for two inputs (a few milliseconds), {@link #SAMPLES} for one. The region is the data's
 * extent with a margin, fixed for a data set. Runner thread only.
 */
final class BoundaryMaker {

    /** Cells across and down for two inputs. */
    static final int CELLS = 80;
    /** Samples of the curve for one input. */
    static final int SAMPLES = 200;

    private final MlpProblem problem;
    private final boolean plane;
    private final double[] region;

    BoundaryMaker(TrainingSet data, MlpProblem problem) {
        this.problem = problem;
        this.plane = data.inputCount() == 2;
        this.region = region(data);
    }

    /** x1Min, x1Max, x2Min, x2Max: the data's extent and 15% more each side, at least 1 wide. */
    static double[] region(TrainingSet data) {
        int inputs = data.inputCount();
        double[] box = new double[4];
        for (int j = 0; j < inputs; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int p = 0; p < data.size(); p++) {
                double v = data.inputs()[p * inputs + j];
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double centre = (min + max) / 2;
            double half = Math.max(0.5, (max - min) / 2 * 1.15);
            box[2 * j] = centre - half;
            box[2 * j + 1] = centre + half;
        }
        if (inputs == 1) {
            box[2] = 0;
            box[3] = 1;
        }
        return box;
    }

    BoundaryGrid make(double[] params, long step) {
        double x1Min = region[0];
        double x1Max = region[1];
        if (!plane) {
            float[] curve = new float[SAMPLES];
            for (int c = 0; c < SAMPLES; c++) {
                curve[c] = (float) problem.predict(params, x1Min + c * (x1Max - x1Min) / (SAMPLES - 1), 0);
            }
            return new BoundaryGrid(x1Min, x1Max, 0, 1, SAMPLES, 1, curve, step);
        }
        double x2Min = region[2];
        double x2Max = region[3];
        float[] yhat = new float[CELLS * CELLS];
        for (int r = 0; r < CELLS; r++) {
            double x2 = x2Max - (r + 0.5) * (x2Max - x2Min) / CELLS;
            for (int c = 0; c < CELLS; c++) {
                double x1 = x1Min + (c + 0.5) * (x1Max - x1Min) / CELLS;
                yhat[r * CELLS + c] = (float) problem.predict(params, x1, x2);
            }
        }
        return new BoundaryGrid(x1Min, x1Max, x2Min, x2Max, CELLS, CELLS, yhat, step);
    }
}
