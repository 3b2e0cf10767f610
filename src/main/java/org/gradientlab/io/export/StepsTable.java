package org.gradientlab.io.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The steps a lesson has kept, as the table of its headless command (SPEC section 5): a header
 * row, then one row per step, the step first and then the numbers in full precision
 * ({@code Double.toString}). Immutable once made: the values array is owned by the table.
 *
 * @param columns   the header, "step" first
 * @param firstStep the step of the first row; the others follow one by one
 * @param values    the rows' numbers after the step, row after row ({@code columns.size() - 1} a row)
 */
public record StepsTable(List<String> columns, long firstStep, double[] values) {

    /** The descent command's columns. */
    public static final List<String> DESCENT = List.of("step", "w", "f", "grad");
    /** The network command's columns. */
    public static final List<String> NETWORK = List.of("step", "w1", "b1", "w2", "b2", "z1", "a1", "z2", "yhat",
            "cost", "delta2", "delta1", "dw1", "db1", "dw2", "db2");
    /** The regression command's columns. */
    public static final List<String> REGRESSION = List.of("step", "w0", "w1", "loss");
    /** The surface command's columns. */
    public static final List<String> SURFACE = List.of("step", "w1", "w2", "f", "g1", "g2");

    /** Checks that the values fill whole rows. */
    public StepsTable {
        columns = List.copyOf(columns);
        if (columns.size() < 2 || values.length % (columns.size() - 1) != 0) {
            throw new IllegalArgumentException(values.length + " values do not fill rows of " + columns);
        }
    }

    /** Writes the values of one kept step into {@code row} (as many as the table has columns after "step"). */
    @FunctionalInterface
    public interface RowSource {
        void write(long step, double[] row);
    }

    /**
     * The table of the steps {@code first..last}, each row from {@code source}; none when the last
     * step is not kept (a start that is not finite keeps no row).
     */
    public static StepsTable of(List<String> columns, long first, long last, boolean lastKept, RowSource source) {
        int width = columns.size() - 1;
        long rows = lastKept ? last - first + 1 : 0;
        double[] values = new double[Math.toIntExact(rows * width)];
        double[] row = new double[width];
        for (long k = 0; k < rows; k++) {
            source.write(first + k, row);
            System.arraycopy(row, 0, values, (int) (k * width), width);
        }
        return new StepsTable(columns, first, values);
    }

    /** How many rows there are. */
    public int rowCount() {
        return values.length / (columns.size() - 1);
    }

    /** Writes the CSV: the header and every row, each line ending in {@code \n}. */
    public void writeCsv(OutputStream out) throws IOException {
        int width = columns.size() - 1;
        StringBuilder text = new StringBuilder(64 * 1024);
        text.append(String.join(",", columns)).append('\n');
        for (int row = 0; row < rowCount(); row++) {
            text.append(firstStep + row);
            for (int c = 0; c < width; c++) {
                // StringBuilder.append(double) writes the digits of Double.toString, as the commands do.
                text.append(',').append(values[row * width + c]);
            }
            text.append('\n');
            if (text.length() > 60 * 1024) {
                out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
                text.setLength(0);
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
