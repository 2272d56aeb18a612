package kr.maskportal.stock.control.merge;

import java.util.Optional;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.entity.StockBand;

/**
 * Rules 1 to 3: the stock level that the feed row and today's stock reports leave, and who stands behind it.
 * <p>
 * Every stock report sets the level at its time: "sold out" is the bottom, and a count is the pharmacist's own
 * evidence of a delivery, so it may raise (rule 2). After the pharmacist's latest word only two things can move the
 * level: a feed row of a newer delivery ({@code stock_at} strictly after the report) replaces it, raising or
 * lowering; a feed row of the same delivery produced at or after the report may only lower it (rule 1). Sold out
 * therefore holds until a new delivery (rule 3), and a feed that merely re-polls an old delivery with a newer
 * {@code created_at} raises nothing. "Newer" for the feed row is {@link FeedEvidence#evidenceAt()}: when its
 * content appeared, not when it was last polled, so a lagging feed that keeps repeating itself cannot overrule a
 * fresh report.
 * <p>
 * Ties go to the safer reading: a {@code stock_at} in the same second as the report is no newer delivery, and a
 * feed row produced in the same second as a count may lower it.
 * <p>
 * A feed row without a band says nothing of the stock and takes no part, not even its {@code stock_at}: a
 * delivery of unknown size cannot be shown. A feed {@code break} after the pharmacist's latest word wins (selling
 * has stopped, the safe side); a count after it wins over it, being the later word of someone at the counter.
 *
 * @param band   null when nobody has named a level
 * @param report the pharmacist's latest word on the stock when it gives {@code band}, else null
 * @param feed   the feed row when it gives {@code band}, else null
 */
record StockLine(StockBand band, ReportEvidence report, FeedEvidence feed) {

    private static final StockLine NOTHING = new StockLine(null, null, null);

    static StockLine of(Optional<FeedEvidence> feedEvidence, TodaysReports today) {
        FeedEvidence feed = feedEvidence.filter(f -> f.state().band() != null).orElse(null);
        ReportEvidence report = today.latestOnStock().orElse(null);
        if (report == null || feed != null && isNewerDelivery(feed, report)) {
            return feed == null ? NOTHING : new StockLine(feed.state().band(), null, feed);
        }
        StockBand band = report.band();
        if (feed != null && !feed.evidenceAt().isBefore(report.reportedAt())) {
            band = lowered(band, feed.state().band());
        }
        return new StockLine(band, report.band() == band ? report : null,
                feed != null && feed.state().band() == band ? feed : null);
    }

    private static boolean isNewerDelivery(FeedEvidence feed, ReportEvidence report) {
        return feed.state().stockAt() != null && feed.state().stockAt().isAfter(report.reportedAt());
    }

    /** {@code current} comes from a report, so it is always a stock level. */
    private static StockBand lowered(StockBand current, StockBand byFeed) {
        return byFeed == StockBand.BREAK ? StockBand.BREAK : StockBand.lowerOf(current, byFeed);
    }
}
