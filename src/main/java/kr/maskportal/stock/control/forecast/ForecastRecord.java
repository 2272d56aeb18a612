package kr.maskportal.stock.control.forecast;

import java.time.Duration;
import java.time.Instant;

/**
 * How a district's forecasts have done, judged in hindsight once each sales day is over, and whether they stay on.
 * A forecast ("likely sold out" shown from some moment) counts as right when the seller had sold out, by its
 * pharmacist's word or by the feed less its lag, no later than the feed's lag after the forecast was first shown:
 * a forecast is never judged more strictly than the lagging feed it replaces. A seller that never sold out that
 * day makes it wrong.
 *
 * @param forecasts the seller-days that showed "likely sold out" in the window
 * @param right     of those, the right ones
 */
public record ForecastRecord(int forecasts, int right) {

    /** Fewer forecasts than this say nothing either way: forecasts stay on. */
    public static final int MINIMUM_FORECASTS = 20;
    /** Forecasts wrong more often than this are switched off in the district. */
    public static final double MOST_WRONG = 0.10;

    public static final ForecastRecord NONE = new ForecastRecord(0, 0);

    public ForecastRecord {
        if (forecasts < 0 || right < 0 || right > forecasts) {
            throw new IllegalArgumentException(right + " right of " + forecasts);
        }
    }

    /** Whether one forecast was right, as described above. */
    public static boolean wasRight(Instant shownFrom, Instant soldOutAt, Duration feedLag) {
        return soldOutAt != null && !soldOutAt.isAfter(shownFrom.plus(feedLag));
    }

    public ForecastRecord plus(boolean wasRight) {
        return new ForecastRecord(forecasts + 1, right + (wasRight ? 1 : 0));
    }

    public ForecastRecord plus(ForecastRecord other) {
        return new ForecastRecord(forecasts + other.forecasts, right + other.right);
    }

    /** The share of right forecasts, 0 to 1; null when there were none. */
    public Double hitRate() {
        return forecasts == 0 ? null : (double) right / forecasts;
    }

    public boolean switchedOff() {
        return forecasts >= MINIMUM_FORECASTS && forecasts - right > MOST_WRONG * forecasts;
    }
}
