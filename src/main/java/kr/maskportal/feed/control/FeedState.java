package kr.maskportal.feed.control;

import java.time.Instant;
import kr.maskportal.stock.entity.StockBand;

/** A seller's feed status as last stored; any part may be null, as the feed may leave it out. */
public record FeedState(StockBand band, Instant stockAt, Instant createdAt) {
}
