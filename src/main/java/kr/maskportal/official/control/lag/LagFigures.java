package kr.maskportal.official.control.lag;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The lag figures of a set of episodes (a district's day, a day, the whole selection).
 *
 * @param episodes    all of them, whatever their outcome
 * @param agreed      those with a lag; median, p90 and longest are of these only, null when there is none
 * @param median      nearest-rank 50th percentile ({@link Percentiles})
 * @param p90         nearest-rank 90th percentile
 * @param neverAgreed censored at the end of the day, counted apart
 * @param superseded  overtaken by a delivery, counted apart
 */
public record LagFigures(int episodes, int agreed, Duration median, Duration p90, Duration longest,
                         int neverAgreed, int superseded) {

    public static final LagFigures NONE = new LagFigures(0, 0, null, null, null, 0, 0);

    public static LagFigures of(Collection<LagEpisode> episodes) {
        List<Duration> lags = episodes.stream().filter(e -> e.outcome() == LagOutcome.AGREED).map(LagEpisode::lag)
                .sorted().toList();
        int never = (int) episodes.stream().filter(e -> e.outcome() == LagOutcome.NEVER_AGREED).count();
        int superseded = (int) episodes.stream().filter(e -> e.outcome() == LagOutcome.SUPERSEDED).count();
        if (lags.isEmpty()) {
            return new LagFigures(episodes.size(), 0, null, null, null, never, superseded);
        }
        return new LagFigures(episodes.size(), lags.size(), Percentiles.nearestRank(lags, 50),
                Percentiles.nearestRank(lags, 90), lags.get(lags.size() - 1), never, superseded);
    }
}
