package kr.maskportal.official.control.lag;

import java.time.Duration;
import java.util.List;

/**
 * Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at rank
 * ⌈p/100 · n⌉ (counting from 1). It is always one of the measured lags, never an average of two; the median is the
 * 50th percentile, so for an even count it is the lower of the two middle values.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /**
     * @param sorted ascending; not empty
     * @param percent 1 to 100
     */
    public static Duration nearestRank(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("percent " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
