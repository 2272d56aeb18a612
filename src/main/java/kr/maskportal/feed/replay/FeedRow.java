package kr.maskportal.feed.replay;

import java.time.Instant;

/** One row of the feed's {@code sales/json} as the replay publishes it; any of the three values may be null. */
public record FeedRow(String code, Instant stockAt, RemainStat remainStat, Instant createdAt) {
}
