package kr.maskportal.stock.control.forecast;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * How a seller's sales day usually goes, learned from its history ({@link PatternLearner}). The "usual" figures are
 * medians, for residents; the limits are the cautious ends the merge judges by, so that a forecast of "likely sold
 * out" comes late rather than early, and only where it would have been right on each of the seller's days.
 *
 * @param usualDelivery      the usual delivery time, Korea time
 * @param usualToFew         usual time from the delivery to {@code few}
 * @param usualToSoldOut     usual time from the delivery to sold out
 * @param fewLastsMostDays   how long the seller lasted in {@code few} on most of its days (the share is
 *                           {@link ForecastSettings#lastsQuantile()}); null when that would have been wrong on one of
 *                           them, or its days differ too widely to say
 * @param fewPerSomeMostDays likewise, how long it lasted in {@code few} for each minute it spent in {@code some}
 * @param someLastsMostDays  likewise, how long it lasted from {@code some} to sold out
 * @param soldOutNotBefore   how long after its delivery the seller sold out on its fastest day: no forecast before
 * @param soldOutBy          by this long after its delivery the seller was sold out on all but its slowest days;
 *                           null when its days differ too widely to say
 * @param feedLag            how far the feed usually runs behind the pharmacists of the district
 * @param days               the number of sales days with a delivery behind the pattern
 */
public record SellerPattern(PatternBasis basis, int days, LocalTime usualDelivery, Duration usualToFew,
        Duration usualToSoldOut, Duration fewLastsMostDays, Double fewPerSomeMostDays, Duration someLastsMostDays,
        Duration soldOutNotBefore, Duration soldOutBy,
        Duration feedLag) {

    public SellerPattern {
        Objects.requireNonNull(basis);
        Objects.requireNonNull(usualDelivery);
        Objects.requireNonNull(usualToSoldOut);
        Objects.requireNonNull(soldOutNotBefore);
        Objects.requireNonNull(feedLag);
    }

    /** The usual sell-out time of day: what "보통 11시 40분쯤 다 팔립니다" says. */
    public LocalTime usualSoldOut() {
        return usualDelivery.plus(usualToSoldOut);
    }
}
