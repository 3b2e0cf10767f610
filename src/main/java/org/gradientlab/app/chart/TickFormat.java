package org.gradientlab.app.chart;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.gradientlab.app.look.Numbers;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Tick labels of a chart's number axis as the rest of the app writes numbers ({@link Numbers}):
 * zero is "0" (JFreeChart's own scientific format wrote "0E0"), large and tiny values read 5e−9 or
 * 1.5e10, and each label has the digits its tick unit needs. Also room at the plot's right end for
 * the last tick label, which JFreeChart centres on the plot's edge and the chart's edge cut off.
 */
public final class TickFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    /** The axis whose tick unit decides the digits. */
    private final transient NumberAxis axis;

    private TickFormat(NumberAxis axis) {
        this.axis = axis;
    }

    /** Writes the axis's tick labels with this format. */
    public static void useFor(NumberAxis... axes) {
        for (NumberAxis one : axes) {
            one.setNumberFormatOverride(new TickFormat(one));
        }
    }

    /**
     * Leaves room right of the plot for half the widest last tick label ("−1.5e10", seven characters)
     * at the tick font's size, so it is not cut off at the chart's edge.
     *
     * @param tickFontSize the tick labels' font size in pixels, at the text size shown
     */
    public static void roomForTheLastTick(XYPlot plot, double tickFontSize) {
        RectangleInsets now = plot.getInsets();
        double right = Math.max(8, 0.5 * 7 * 0.6 * tickFontSize + 2);
        plot.setInsets(new RectangleInsets(now.getTop(), now.getLeft(), now.getBottom(), right));
    }

    /** A tick value at a tick unit's resolution; "0" for zero (or what rounding left of it). */
    static String label(double value, double unit) {
        if (!Double.isFinite(value)) {
            return Numbers.format(value);
        }
        if (!(unit > 0) || !Double.isFinite(unit)) {
            return Numbers.format(value, 6);
        }
        if (Math.abs(value) < unit / 2) {
            return "0";
        }
        int unitPower = (int) Math.floor(Math.log10(unit));
        // A unit of 2.5 (or 0.25) needs one digit more than its power of ten says.
        int unitDigits = BigDecimal.valueOf(unit / Math.pow(10, unitPower)).round(new java.math.MathContext(6))
                .stripTrailingZeros().precision();
        int digits = (int) Math.floor(Math.log10(Math.abs(value))) - unitPower + unitDigits;
        // At least two: Numbers' scientific form of one digit would read "5.e−9"; the second is dropped when 0.
        return Numbers.format(value, Math.max(2, Math.min(15, digits)));
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(label(number, axis == null ? Double.NaN : axis.getTickUnit().getSize()));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("tick labels are only written");
    }
}
