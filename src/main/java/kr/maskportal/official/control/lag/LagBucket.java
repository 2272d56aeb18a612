package kr.maskportal.official.control.lag;

import java.time.Duration;

/**
 * The bars of the lag histogram: agreed episodes by how long the feed took, each bucket from its lower bound
 * (inclusive) to the next one's (exclusive), and the episodes that never agreed that day beside them. Superseded
 * episodes have no lag and no bar.
 */
public enum LagBucket {
    UNDER_5_MINUTES(Duration.ZERO),
    FROM_5_MINUTES(Duration.ofMinutes(5)),
    FROM_15_MINUTES(Duration.ofMinutes(15)),
    FROM_30_MINUTES(Duration.ofMinutes(30)),
    FROM_1_HOUR(Duration.ofHours(1)),
    FROM_2_HOURS(Duration.ofHours(2)),
    NEVER(null);

    private final Duration from;

    LagBucket(Duration from) {
        this.from = from;
    }

    /** The bucket of an agreed episode's lag. */
    public static LagBucket of(Duration lag) {
        LagBucket found = UNDER_5_MINUTES;
        for (LagBucket bucket : values()) {
            if (bucket.from != null && lag.compareTo(bucket.from) >= 0) {
                found = bucket;
            }
        }
        return found;
    }

    /** Bundle key of the bar's label. */
    public String labelKey() {
        return "official.lag.bucket." + name();
    }
}
