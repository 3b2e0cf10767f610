package org.gradientlab.app.regression;

import java.util.ArrayList;
import java.util.List;
import org.gradientlab.app.look.Numbers;
import org.gradientlab.app.regression.model.UpdateRule;
import org.gradientlab.engine.regression.Reduction;

/** SPEC section 4's update written out with its numbers, line by line, for {@link UpdateRulePanel}. */
final class UpdateRuleText {

    private static final String SUM_R = "Σ(y − h(x))";
    private static final String SUM_RX = "Σ(y − h(x))·x";

    private UpdateRuleText() {
    }

    /** "Last update, step 3 → 4, over all 40 points" and the like. */
    static String title(UpdateRule rule, int pointCount) {
        String which = rule.taken() ? "Last update" : "Next update (Step)";
        return which + ", step " + rule.fromStep() + " → " + (rule.fromStep() + 1) + ": " + batch(rule, pointCount);
    }

    private static String batch(UpdateRule rule, int pointCount) {
        if (rule.batchesPerEpoch() == 1) {
            return "Σ over all " + count(pointCount) + " points";
        }
        String part = rule.batchSize() == 1 ? "Σ over one sample" : "Σ over a mini-batch of " + count(rule.batchSize());
        return part + " (" + count(rule.batchInEpoch()) + " of " + count(rule.batchesPerEpoch()) + " in epoch "
                + count(rule.epoch()) + ")";
    }

    /** The lines under the title. */
    static List<String> lines(UpdateRule rule) {
        boolean mean = rule.reduction() == Reduction.MEAN;
        String perPoint = mean ? "/b" : "";
        List<String> lines = new ArrayList<>();
        lines.add("at w0 = " + n(rule.w0()) + ", w1 = " + n(rule.w1()) + ", with h(x) = w0 + w1·x:");
        lines.add(pad(SUM_R) + " = " + n(rule.sumResiduals()));
        lines.add(pad(SUM_RX) + " = " + n(rule.sumResidualsTimesX()));
        String eta = rule.rateName();
        lines.add(eta + " = " + n(rule.learningRate()) + (mean ? ",  b = " + count(rule.batchSize())
                + "  (mean: each sum is divided by the batch size b)" : ""));
        if (rule.isPlain()) {
            lines.add("new w0 = w0 + " + eta + "·" + pad(SUM_R + perPoint) + " = " + n(rule.w0()) + " + " + n(rule.learningRate())
                    + "·" + operand(rule.sumResiduals()) + perPoint(rule, mean) + " = " + n(rule.newW0()));
            lines.add("new w1 = w1 + " + eta + "·" + pad(SUM_RX + perPoint) + " = " + n(rule.w1()) + " + " + n(rule.learningRate())
                    + "·" + operand(rule.sumResidualsTimesX()) + perPoint(rule, mean) + " = " + n(rule.newW1()));
        } else {
            lines.add("g = (−" + SUM_R + perPoint + ", −" + SUM_RX + perPoint + ") = (" + n(rule.g0()) + ", "
                    + n(rule.g1()) + ")");
            lines.add(rule.optimizer() + " (" + eta + " = " + n(rule.learningRate()) + ") steps to  w0 = " + n(rule.newW0())
                    + ",  w1 = " + n(rule.newW1()));
        }
        return lines;
    }

    private static String perPoint(UpdateRule rule, boolean mean) {
        return mean ? "/" + count(rule.batchSize()) : "";
    }

    /** Names padded to the longest, so the = signs line up in a monospaced font. */
    private static String pad(String name) {
        return String.format("%-" + (SUM_RX.length() + 2) + "s", name);
    }

    /** A negative factor in brackets: 0.02·(−3.5). */
    private static String operand(double value) {
        return value < 0 ? "(" + n(value) + ")" : n(value);
    }

    private static String n(double value) {
        return Numbers.format(value);
    }

    private static String count(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }
}
