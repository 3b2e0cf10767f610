package org.gradientlab.cli;

import java.util.List;
import org.gradientlab.engine.optim.Schedule;

/**
 * The learning-rate schedule options every training command shares (SPEC section 2): {@code --schedule}
 * constant|step|exp|cosine (default constant), {@code --gamma} above 0 (default 0.5), {@code --decay-steps}
 * a whole number of at least 1 (default 100), {@code --min-ratio} from 0 to 1 (default 0) and
 * {@code --warmup} a whole number of at least 0 (default 0, no warm-up). Each is checked whichever
 * schedule is chosen; a schedule that does not use one ignores it.
 */
final class ScheduleOptions {

    /** The option names, without dashes. */
    static final List<String> NAMES = List.of("schedule", "gamma", "decay-steps", "min-ratio", "warmup");

    /** The usage line of these options. */
    static final String USAGE = "[--schedule constant|step|exp|cosine] [--gamma G] [--decay-steps D] [--min-ratio R] [--warmup W]";

    private ScheduleOptions() {
    }

    /** The schedule; the defaults are SPEC section 2's. */
    static Schedule parse(Options options) throws UsageException {
        Schedule.Kind kind = Schedule.Kind.parse(options.optionalChoice("schedule", Schedule.Kind.CONSTANT.label(),
                "schedule", Schedule.Kind.NAMES));
        double gamma = options.optionalDouble("gamma", Schedule.DEFAULT_GAMMA);
        if (!(gamma > 0)) {
            throw new UsageException("--gamma must be above 0");
        }
        long decaySteps = options.optionalLong("decay-steps", Schedule.DEFAULT_DECAY_STEPS, 1);
        double minRatio = options.optionalDouble("min-ratio", Schedule.DEFAULT_MIN_RATIO);
        if (!(minRatio >= 0 && minRatio <= 1)) {
            throw new UsageException("--min-ratio must be from 0 to 1");
        }
        long warmup = options.optionalLong("warmup", Schedule.DEFAULT_WARMUP, 0);
        return new Schedule(kind, gamma, decaySteps, minRatio, warmup);
    }
}
