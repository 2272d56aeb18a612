package kr.maskportal.feed.replay;

import java.time.Instant;
import kr.maskportal.stock.entity.StockBand;

/** One row of the feed's {@code sales/json} as the replay publishes it; any of the three values may be null. */
public record FeedRow(String code, Instant stockAt, StockBand remainStat, Instant createdAt) {
}
