package kr.maskportal.official.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import kr.maskportal.feed.control.FeedChange;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.feed.control.SaleObservation;
import kr.maskportal.feed.replay.FeedRow;
import kr.maskportal.feed.replay.ReplayFeed;
import kr.maskportal.feed.replay.SalesDay;
import kr.maskportal.feed.replay.StockState;
import kr.maskportal.stock.entity.StockBand;

/**
 * What the portal's poller stores in {@code feed_history} for one seller while it polls a replayed feed once a
 * minute: the row of every poll is judged by the poller's own rule ({@link FeedChange#between}) and kept only when
 * it is worth storing, observed when the poll finished (as {@code SalesIngest} stamps it). Days are polled in order
 * and the last stored state carries over midnight, as in a poller that runs all week.
 *
 * <p>A national week is 250 million polls of single sellers. The feed publishes the real state {@code lag} late
 * ({@link ReplayFeed}), so between the real state's changes nothing but {@code created_at} can move and the rule
 * answers "repolled"; the real state is cheap to ask, so the full row is read and judged only where band or
 * {@code stock_at} differ from the stored ones. {@code PolledFeedTest} checks this against judging every poll.
 */
final class PolledFeed {

    static final Duration POLL_EVERY = Duration.ofMinutes(1);
    /** A national sales refresh took about 3.5 s on the project's machine (README, feed-refresh benchmark). */
    static final Duration POLL_TAKES = Duration.ofSeconds(3);

    private static final long MINUTES_A_DAY = Duration.ofDays(1).toMinutes();

    /** One row of {@code feed_history}. */
    record Row(String sellerCode, Instant observedAt, StockBand band, Instant stockAt, Instant createdAt) {
    }

    private final String code;
    private FeedState last;

    PolledFeed(String code) {
        this.code = Objects.requireNonNull(code);
    }

    /**
     * Polls the whole of the feed's sales day (every minute from its midnight) and hands over the rows stored.
     * Assumes the day's DST-free 24 hours, as Korea has.
     */
    void pollDay(ReplayFeed feed, Consumer<Row> stored) {
        SalesDay day = feed.day();
        Duration lag = feed.lag();
        Instant midnight = day.start();
        for (long minute = 0; minute < MINUTES_A_DAY; minute++) {
            Instant poll = midnight.plus(POLL_EVERY.multipliedBy(minute));
            if (last != null) {
                StockState real = day.stateAt(code, poll.minus(lag)).orElseThrow();
                if (real.remainStat() == last.band() && Objects.equals(real.stockAt(), last.stockAt())) {
                    continue;
                }
            }
            judge(feed.feedRowAt(code, poll).orElseThrow(), poll, stored);
        }
    }

    /** Judges every poll from its full row, as the poller does: the slow reference {@link #pollDay} must match. */
    void pollDayRowByRow(ReplayFeed feed, Consumer<Row> stored) {
        Instant midnight = feed.day().start();
        for (long minute = 0; minute < MINUTES_A_DAY; minute++) {
            Instant poll = midnight.plus(POLL_EVERY.multipliedBy(minute));
            judge(feed.feedRowAt(code, poll).orElseThrow(), poll, stored);
        }
    }

    private void judge(FeedRow row, Instant poll, Consumer<Row> stored) {
        var observation = new SaleObservation(code, row.remainStat(), row.stockAt(), row.createdAt());
        FeedChange change = FeedChange.between(last, observation);
        if (change.worthStoring()) {
            stored.accept(new Row(code, poll.plus(POLL_TAKES), row.remainStat(), row.stockAt(), row.createdAt()));
            last = observation.state();
        } else if (change != FeedChange.OUTDATED) {
            last = observation.state();
        }
    }
}
