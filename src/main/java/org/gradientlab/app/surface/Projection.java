package org.gradientlab.app.surface;

/**
 * An orthographic view of the unit box from an azimuth and an elevation: w1 and w2 mapped to
 * [-1, 1] (the longer side of the box) and the height to [0, {@link #HEIGHT}]. Immutable.
 */
record Projection(double azimuthDegrees, double elevationDegrees, double[] box, double centreX, double centreY,
                  double scale) {

    /** The height of the top of the picture, in the units of the box's half side. */
    static final double HEIGHT = 0.9;

    /** Screen x of a point (w1, w2, height 0..1). */
    double x(double w1, double w2, double h) {
        return centreX + scale * rotatedX(u(w1), v(w2));
    }

    /** Screen y of a point. */
    double y(double w1, double w2, double h) {
        double e = Math.toRadians(elevationDegrees);
        double z = h * HEIGHT - HEIGHT / 2;
        return centreY - scale * (z * Math.cos(e) + rotatedY(u(w1), v(w2)) * Math.sin(e));
    }

    /** How far a point is from the eye: larger is farther (drawn first). */
    double depth(double w1, double w2, double h) {
        double e = Math.toRadians(elevationDegrees);
        return rotatedY(u(w1), v(w2)) * Math.cos(e) - h * HEIGHT * Math.sin(e);
    }

    private double half() {
        return Math.max(box[1] - box[0], box[3] - box[2]) / 2;
    }

    private double u(double w1) {
        return (w1 - (box[0] + box[1]) / 2) / half();
    }

    private double v(double w2) {
        return (w2 - (box[2] + box[3]) / 2) / half();
    }

    private double rotatedX(double u, double v) {
        double a = Math.toRadians(azimuthDegrees);
        return u * Math.cos(a) - v * Math.sin(a);
    }

    private double rotatedY(double u, double v) {
        double a = Math.toRadians(azimuthDegrees);
        return u * Math.sin(a) + v * Math.cos(a);
    }
}
