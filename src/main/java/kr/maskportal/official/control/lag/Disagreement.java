package kr.maskportal.official.control.lag;

import java.time.Instant;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.stock.entity.StockBand;

/**
 * A stock report that said less than the feed showed at that moment.
 *
 * @param reported the level the report implies: {@code EMPTY} for sold out, {@code BREAK} for closed, the count's
 *                 band for "N remaining"
 * @param feed     what the feed showed when the report was made
 */
public record Disagreement(String sellerCode, String districtCode, Instant reportedAt, ReportKind kind,
                           StockBand reported, StockBand feed) {
}
