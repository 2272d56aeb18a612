package kr.maskportal.stock.control.merge;

import java.time.Duration;
import java.time.Instant;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.forecast.SellerPattern;
import kr.maskportal.stock.entity.StockBand;

/**
 * Rule 8: what the merge may forecast for one seller whose status rests on the feed alone.
 *
 * @param pattern     the seller's pattern (its own or its district's); null when neither exists
 * @param switchedOff true when forecasts were switched off in the seller's district for being wrong too often
 * @param someAt      when the feed first showed {@code some} for the current delivery, to judge today's pace; null
 *                    when it did not
 */
public record SellOutForecast(SellerPattern pattern, boolean switchedOff, Instant someAt) {

    public static final SellOutForecast NONE = new SellOutForecast(null, false, null);

    boolean applies() {
        return pattern != null && !switchedOff;
    }

    /**
     * Whether the feed's masks are likely gone at {@code now}: the seller has sold out by this long after its
     * delivery on all but its slowest days; or, past its fastest day's sell-out, the feed has shown {@code few}
     * for longer than the seller lasts in it (by today's pace from {@code some} where known). The feed's band
     * started {@link SellerPattern#feedLag()} before its {@code created_at}, since the feed keys sales in that late.
     * Only today's delivery is judged: a new one starts the count again.
     */
    boolean soldOutLikely(FeedEvidence feed, Instant now) {
        Instant stockAt = feed.state().stockAt();
        StockBand band = feed.state().band();
        if (!applies() || stockAt == null || stockAt.isAfter(now)
                || !TodaysReports.salesDayOf(stockAt).equals(TodaysReports.salesDayOf(now))) {
            return false;
        }
        if (pattern.soldOutBy() != null && !stockAt.plus(pattern.soldOutBy()).isAfter(now)) {
            return true;
        }
        if (band != StockBand.FEW || stockAt.plus(pattern.soldOutNotBefore()).isAfter(now)) {
            return false;
        }
        Instant bandSince = feed.evidenceAt().minus(pattern.feedLag());
        if (bandSince.isBefore(stockAt)) {
            bandSince = stockAt;
        }
        Duration lasts = fewLasts(feed.evidenceAt());
        return lasts != null && !bandSince.plus(lasts).isAfter(now);
    }

    /** By today's pace when the feed showed {@code some} before this {@code few}, else by the usual. */
    private Duration fewLasts(Instant fewAt) {
        if (someAt == null || pattern.fewPerSomeAtLeast() == null || !someAt.isBefore(fewAt)) {
            return pattern.fewLastsAtLeast();
        }
        long someMillis = Duration.between(someAt, fewAt).toMillis();
        return Duration.ofMillis(Math.round(someMillis * pattern.fewPerSomeAtLeast()));
    }
}
