package org.gradientlab.app.chart;

import java.awt.Font;
import org.gradientlab.app.look.ChartPalette;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.engine.TraceHistory.Trace;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;

/** The value axis of a chart over steps: linear or log, styled from CSS, never narrower than readable. */
final class TraceAxis {

    private TraceAxis() {
    }

    /** A new value axis, log or linear, labelled. */
    static ValueAxis of(String label, boolean log) {
        if (log) {
            LogAxis logAxis = new LogAxis(label + " (log)");
            logAxis.setSmallestValue(1e-300);
            // Plain values, not 10^2.319031E0, when the range spans less than a decade.
            logAxis.setNumberFormatOverride(new NumbersFormat());
            return logAxis;
        }
        NumberAxis numberAxis = new NumberAxis(label);
        numberAxis.setAutoRangeIncludesZero(false);
        numberAxis.setAutoRangeMinimumSize(1e-6);
        TickFormat.useFor(numberAxis);
        return numberAxis;
    }

    static void style(ValueAxis axis, ChartPalette palette) {
        java.awt.Color text = ChartPalette.awt(palette.text());
        axis.setLabelFont(palette.awtFont(Font.PLAIN, 14));
        axis.setTickLabelFont(palette.awtFont(Font.PLAIN, 12));
        axis.setLabelPaint(text);
        axis.setTickLabelPaint(text);
        axis.setAxisLinePaint(text);
        axis.setTickMarkPaint(text);
    }

    /** A flat trace (one point, a settled cost) still spans a readable range around its values. */
    static void fitMinimumRange(ValueAxis axis, Trace trace, int firstColumn, int columns) {
        if (axis instanceof NumberAxis numberAxis) {
            numberAxis.setAutoRangeMinimumSize(Math.max(1e-9, 0.1 * largestMagnitude(trace, firstColumn, columns)));
        } else if (axis instanceof LogAxis logAxis) {
            // On a log scale a flat trace spans at least half its value, still above 0.
            double smallest = smallestPositive(trace, firstColumn, columns);
            if (smallest < Double.POSITIVE_INFINITY) {
                logAxis.setAutoRangeMinimumSize(0.5 * smallest);
            }
        }
    }

    private static double smallestPositive(Trace trace, int firstColumn, int columns) {
        double smallest = Double.POSITIVE_INFINITY;
        for (int c = firstColumn; c < firstColumn + columns; c++) {
            for (double v : trace.values()[c]) {
                if (v > 0 && v < smallest) {
                    smallest = v;
                }
            }
        }
        return smallest;
    }

    private static double largestMagnitude(Trace trace, int firstColumn, int columns) {
        double largest = 0;
        for (int c = firstColumn; c < firstColumn + columns; c++) {
            for (double v : trace.values()[c]) {
                if (Double.isFinite(v)) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
        }
        return largest;
    }

    /** Tick labels of the log scale as the rest of the app writes numbers. */
    private static final class NumbersFormat extends java.text.NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
            return toAppendTo.append(Numbers.format(number, 3));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, java.text.FieldPosition pos) {
            return toAppendTo.append(Numbers.format(number, 3));
        }

        @Override
        public Number parse(String source, java.text.ParsePosition parsePosition) {
            throw new UnsupportedOperationException("tick labels are only written");
        }
    }
}
