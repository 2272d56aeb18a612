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
     * From when this feed row's masks are likely gone, while nothing newer is said; never before the seller's
     * fastest past sell-out after a delivery. Once the feed has shown {@code few} for as long as the seller lasted
     * in it on most days, or by today's pace from {@code some} where known, whichever is sooner; once it has shown
     * {@code some} for as long as the seller lasted from it to sold out (a seller that sells its last masks within
     * the feed's lag goes from {@code some} to sold out before the feed shows {@code few}); and in any band once the
     * seller's slowest past sell-out after a delivery has passed, where its pattern keeps such a time. The feed's
     * band started {@link SellerPattern#feedLag()} before its {@code created_at}, since the feed keys sales in that
     * late. Only the delivery's own sales day is judged: a new delivery starts the count again. Empty when no
     * forecast applies to the row.
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
        Instant aged = band == StockBand.FEW ? agedOut(feed, stockAt, fewLasts(feed.evidenceAt()))
                : band == StockBand.SOME ? agedOut(feed, stockAt, pattern.someLastsMostDays()) : null;
        Instant from = by == null ? aged : aged == null || by.isBefore(aged) ? by : aged;
        return Optional.ofNullable(from).filter(f -> f.isBefore(endOfDay));
    }

    /** When the feed's band has lasted as long as the seller {@code lasts} in it and what follows; null if unknown. */
    private Instant agedOut(FeedEvidence feed, Instant stockAt, Duration lasts) {
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

    /**
     * By today's pace when the feed showed {@code some} before this {@code few}, or by the usual, whichever says
     * sooner: the learner keeps only figures that were right on each of the seller's days.
     */
    private Duration fewLasts(Instant fewAt) {
        Duration usual = pattern.fewLastsMostDays();
        if (someAt == null || pattern.fewPerSomeMostDays() == null || !someAt.isBefore(fewAt)) {
            return usual;
        }
        long someMillis = Duration.between(someAt, fewAt).toMillis();
        Duration atPace = Duration.ofMillis(Math.round(someMillis * pattern.fewPerSomeMostDays()));
        return usual == null || atPace.compareTo(usual) < 0 ? atPace : usual;
    }
}
