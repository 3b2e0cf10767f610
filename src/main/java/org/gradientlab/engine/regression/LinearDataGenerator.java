package org.gradientlab.engine.regression;

import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.Lcg48Random;

/**
 * Made-up data for the regression lesson and {@code regression --generate}: points on the line
 * y = intercept + slope*x plus noise. For point i = 0, 1, ..., n-1 in turn, one
 * {@code java.util.Random(seed)} draws 13 numbers u = {@code nextDouble()}, and
 * <pre>
 *   x_i = xMin + (xMax - xMin) * u_0
 *   z_i = u_1 + u_2 + ... + u_12 - 6          (summed left to right, then 6 taken off)
 *   y_i = intercept + slope * x_i + noiseSd * z_i
 * </pre>
 * evaluated left to right in double arithmetic ({@link Lcg48Random} is that generator without the
 * atomic field). z is the classic sum of twelve uniforms: mean 0,
 * variance 1, close to a standard normal (within +-6). It is used instead of
 * {@code nextGaussian()}, whose logarithm (fdlibm's) other languages' libraries do not match to the
 * last bit, so that any language with the documented generator of {@code java.util.Random} and
 * IEEE doubles gets the same data. With {@link #DEFAULT}, x = u_0 is uniform in [0, 1) and
 * y = 1 + 2*x + 0.25*z; x in [0, 1) keeps mean-reduced batch descent stable up to lr of about 1.5.
 *
 * @param intercept the true w0
 * @param slope     the true w1
 * @param noiseSd   the standard deviation of the noise added to y
 * @param xMin      the smallest x (inclusive)
 * @param xMax      the largest x (exclusive)
 */
public record LinearDataGenerator(double intercept, double slope, double noiseSd, double xMin, double xMax) {

    /** y = 1 + 2*x + 0.25*z with x in [0, 1): what {@code --generate} uses. */
    public static final LinearDataGenerator DEFAULT = new LinearDataGenerator(1, 2, 0.25, 0, 1);

    /** Uniforms summed into one noise value. */
    private static final int UNIFORMS_PER_NOISE = 12;

    /** From this many points on, the points are drawn in parts on several threads. */
    static final int PARALLEL_FROM = 1 << 17;
    /** The most threads one data set is drawn on. */
    private static final int MAX_PARTS = 4;
    /** Generator steps per point: 13 doubles of two steps each. */
    private static final long STEPS_PER_POINT = 2L * (1 + UNIFORMS_PER_NOISE);

    /**
     * n points drawn from the seed; a shorter run is a prefix of a longer one. From
     * {@link #PARALLEL_FROM} points on, with more than one processor, each processor draws a part,
     * its generator moved on to the part's first point ({@link Lcg48Random#skip}): the same numbers
     * as one generator drawing them all in turn, in about half the time on two cores (a million
     * points: ~45 ms in one part, ~1/20 of the {@code regression --generate 1000000} command).
     */
    public DataSet generate(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n " + n + " is below 1");
        }
        double[] x = new double[n];
        double[] y = new double[n];
        int parts = n < PARALLEL_FROM ? 1 : Math.min(Runtime.getRuntime().availableProcessors(), MAX_PARTS);
        Part[] helpers = new Part[parts - 1];
        for (int p = 1; p < parts; p++) {
            helpers[p - 1] = new Part(this, x, y, part(n, parts, p), part(n, parts, p + 1), seed);
            helpers[p - 1].thread.start();
        }
        fill(x, y, 0, part(n, parts, 1), seed);
        Part.joinAll(helpers);
        return new DataSet(x, y);
    }

    /** The first point of part p of n points in this many parts. */
    private static int part(int n, int parts, int p) {
        return (int) ((long) n * p / parts);
    }

    /** Points [from, to), their generator moved on past the points before from. */
    private void fill(double[] x, double[] y, int from, int to, long seed) {
        Lcg48Random random = new Lcg48Random(seed);
        random.skip(STEPS_PER_POINT * from);
        for (int i = from; i < to; i++) {
            x[i] = xMin + (xMax - xMin) * random.nextDouble();
            double uniforms = 0;
            for (int k = 0; k < UNIFORMS_PER_NOISE; k++) {
                uniforms += random.nextDouble();
            }
            double noise = uniforms - 6;
            y[i] = intercept + slope * x[i] + noiseSd * noise;
        }
    }

    /**
     * One part drawn on a thread of its own. A class rather than a lambda: the headless command is timed
     * as a whole process, and the first lambda of a process costs milliseconds to make.
     */
    private static final class Part implements Runnable {
        private final LinearDataGenerator generator;
        private final double[] x;
        private final double[] y;
        private final int from;
        private final int to;
        private final long seed;
        private final Thread thread;
        private volatile Throwable failure;

        Part(LinearDataGenerator generator, double[] x, double[] y, int from, int to, long seed) {
            this.generator = generator;
            this.x = x;
            this.y = y;
            this.from = from;
            this.to = to;
            this.seed = seed;
            this.thread = new Thread(this, "data-generator");
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            try {
                generator.fill(x, y, from, to, seed);
            } catch (Throwable e) {
                failure = e;
            }
        }

        /** Waits for every part; an interrupt is kept for the caller, after the data is whole. */
        static void joinAll(Part[] parts) {
            boolean interrupted = false;
            for (Part part : parts) {
                while (true) {
                    try {
                        part.thread.join();
                        break;
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            for (Part part : parts) {
                if (part.failure instanceof Error error) {
                    throw error;
                } else if (part.failure != null) {
                    throw new IllegalStateException("drawing points " + part.from + " to " + part.to, part.failure);
                }
            }
        }
    }
}
