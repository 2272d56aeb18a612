package kr.maskportal.feed.control;

import java.time.Instant;
import kr.maskportal.stock.entity.StockBand;

/**
 * One seller's stock as the feed reported it in one refresh, checked.
 *
 * @param band      null when the feed had no {@code remain_stat}: no information, which is not "empty"
 * @param stockAt   when the current delivery was stocked; null when the feed did not say
 * @param createdAt when the feed produced the row; null when the feed did not say
 */
public record SaleObservation(String code, StockBand band, Instant stockAt, Instant createdAt) {

    public FeedState state() {
        return new FeedState(band, stockAt, createdAt);
    }
}
