package kr.maskportal.official.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * How late each seller's sales reach the feed, so that the lag report has a spread to show rather than the demo's
 * one 20 minutes for everybody. In March 2020 a few pharmacies' tills sent sales within minutes, most were keyed in
 * within the half hour, some fell behind by an hour or two, and some went back to paper; on launch day (Monday
 * 9 March) the upstream server was overloaded and everything came later. The shares are plausible, not measured.
 * A seller keeps its habit all week; each day varies it by up to a fifth either way.
 */
final class FeedLags {

    /** Share of sellers, then the range of their usual lag in minutes. */
    private static final double[][] HABITS = {
        {0.15, 1, 5},     // a point-of-sale program reports as it sells
        {0.45, 5, 25},    // keyed in between customers
        {0.25, 25, 60},   // keyed in when the queue allows
        {0.12, 60, 120},  // keyed in in batches
        {0.03, 120, 240}, // paper first, keyed in hours later
    };
    private static final LocalDate LAUNCH_DAY = LocalDate.of(2020, 3, 9);
    private static final double LAUNCH_DAY_FACTOR = 1.6;

    private final long seed;

    FeedLags(long seed) {
        this.seed = seed;
    }

    Duration of(String sellerCode, LocalDate date) {
        var habit = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + sellerCode.hashCode());
        double pick = habit.nextDouble();
        double[] range = HABITS[HABITS.length - 1];
        for (double[] h : HABITS) {
            if (pick < h[0]) {
                range = h;
                break;
            }
            pick -= h[0];
        }
        double usualSeconds = 60 * (range[1] + (range[2] - range[1]) * habit.nextDouble());
        var today = new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + date.toEpochDay() * 31 + sellerCode.hashCode());
        double factor = 0.8 + 0.4 * today.nextDouble();
        if (date.equals(LAUNCH_DAY)) {
            factor *= LAUNCH_DAY_FACTOR;
        }
        return Duration.ofSeconds(Math.round(usualSeconds * factor));
    }
}
