package kr.maskportal.stock.control.forecast;

import java.time.Duration;

/**
 * The tunable parts of the forecasts.
 *
 * @param minimumDays     sales days with a delivery needed before a pattern is trusted, at each level of
 *                        {@link PatternBasis}
 * @param lastsQuantile   the share of past days that ended a band sooner than the time the merge forecasts by: high,
 *                        so that "likely sold out" rarely comes while masks are left; the backtest weighs it
 * @param soldOutQuantile the share of past days sold out within {@link SellerPattern#soldOutBy()}: high, for the
 *                        same reason
 * @param steadySpread    how far a seller's fastest and slowest days may lie apart (their ratio) for its pattern to
 *                        be forecast by
 * @param defaultFeedLag  the feed's lag assumed where no pharmacist has ever reported a sell-out
 */
public record ForecastSettings(int minimumDays, double lastsQuantile, double soldOutQuantile,
        double steadySpread, Duration defaultFeedLag) {

    public static final ForecastSettings DEFAULTS = new ForecastSettings(3, 0.75, 1.0, 1.5, Duration.ZERO);

    public ForecastSettings {
        if (minimumDays < 1) {
            throw new IllegalArgumentException("at least one day: " + minimumDays);
        }
        if (!(lastsQuantile >= 0 && lastsQuantile <= 1 && soldOutQuantile >= 0 && soldOutQuantile <= 1)) {
            throw new IllegalArgumentException("quantiles lie between 0 and 1");
        }
        if (!(steadySpread >= 1)) {
            throw new IllegalArgumentException("a spread is a ratio of at least 1: " + steadySpread);
        }
        if (defaultFeedLag.isNegative()) {
            throw new IllegalArgumentException("a lag is never negative: " + defaultFeedLag);
        }
    }

    public ForecastSettings withQuantiles(double lasts, double soldOut) {
        return new ForecastSettings(minimumDays, lasts, soldOut, steadySpread, defaultFeedLag);
    }

    public ForecastSettings withSteadySpread(double spread) {
        return new ForecastSettings(minimumDays, lastsQuantile, soldOutQuantile, spread, defaultFeedLag);
    }
}
