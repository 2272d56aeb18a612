package kr.maskportal.stock.control.merge;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kr.maskportal.platform.time.Korea;
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

    boolean soldOutLikely(FeedEvidence feed, Instant now) {
        return likelyFrom(feed)
                .filter(from -> !from.isAfter(now)
                        && TodaysReports.salesDayOf(feed.state().stockAt()).equals(TodaysReports.salesDayOf(now)))
                .isPresent();
    }

    /**
     * From when this feed row's masks are likely gone, while nothing newer is said: once the seller has sold out
     * by this long after its delivery on all but its slowest days; or, past its fastest day's sell-out, once the
     * feed has shown {@code few} for as long as the seller lasts in it (by today's pace from {@code some} where
     * known). The feed's band started {@link SellerPattern#feedLag()} before its {@code created_at}, since the feed
     * keys sales in that late. Only the delivery's own sales day is judged: a new delivery starts the count again.
     * Empty when no forecast applies to the row.
     */
    public Optional<Instant> likelyFrom(FeedEvidence feed) {
        Instant stockAt = feed.state().stockAt();
        StockBand band = feed.state().band();
        if (!applies() || stockAt == null || band == null || !band.isStockLevel() || band == StockBand.EMPTY) {
            return Optional.empty();
        }
        Instant endOfDay = TodaysReports.salesDayOf(stockAt).plusDays(1)
                .atStartOfDay(Korea.ZONE).toInstant();
        Instant by = pattern.soldOutBy() == null ? null : stockAt.plus(pattern.soldOutBy());
        Instant aged = band == StockBand.FEW ? agedOut(feed, stockAt) : null;
        Instant from = by == null ? aged : aged == null || by.isBefore(aged) ? by : aged;
        return Optional.ofNullable(from).filter(f -> f.isBefore(endOfDay));
    }

    private Instant agedOut(FeedEvidence feed, Instant stockAt) {
        Duration lasts = fewLasts(feed.evidenceAt());
        if (lasts == null) {
            return null;
        }
        Instant bandSince = feed.evidenceAt().minus(pattern.feedLag());
        if (bandSince.isBefore(stockAt)) {
            bandSince = stockAt;
        }
        Instant aged = bandSince.plus(lasts);
        Instant notBefore = stockAt.plus(pattern.soldOutNotBefore());
        return aged.isBefore(notBefore) ? notBefore : aged;
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
