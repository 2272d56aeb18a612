package kr.maskportal.official.control.day;

import java.time.Instant;
import kr.maskportal.stock.control.merge.StatusSource;

/**
 * One seller's sales day as residents saw it: when its effective status first became "sold out", and on whose word.
 *
 * @param soldOutAt        the first instant of the day at which the status shown was sold out; null when it never was
 * @param source           who stood behind that sold out (feed, pharmacist or both); null when it never sold out
 * @param fromDayBefore    the day began with it sold out (the feed still said so from the evening before), so
 *                         {@code soldOutAt} is midnight and says nothing about this day's sales
 * @param masksAgainAt     the first instant after {@code soldOutAt} at which the seller was shown with masks again
 *                         (a new delivery); null when it never was that day
 */
public record SellerDay(String sellerCode, Instant soldOutAt, StatusSource source, boolean fromDayBefore,
                        Instant masksAgainAt) {

    public boolean soldOut() {
        return soldOutAt != null;
    }
}
