package org.gradientlab.app.surface;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * What the sidebar's fields edit, kept in step with the model by the controller: the start, the
 * noise scale and the seed (a field edits a double; the seed is a whole number).
 */
record SurfaceEdits(DoubleProperty startW1, DoubleProperty startW2, DoubleProperty noise, DoubleProperty seed) {

    /** Seeds a field can hold exactly. */
    static final double MAX_SEED = 1L << 53;

    static SurfaceEdits of(SurfaceModel model) {
        return new SurfaceEdits(new SimpleDoubleProperty(model.startW1Property().get()),
                new SimpleDoubleProperty(model.startW2Property().get()), new SimpleDoubleProperty(model.noiseProperty().get()),
                new SimpleDoubleProperty(model.seedProperty().get()));
    }

    /** Why a seed is not allowed, or null. */
    static String checkSeed(double seed) {
        return seed == Math.rint(seed) && Math.abs(seed) <= MAX_SEED ? null : "the seed must be a whole number";
    }
}
