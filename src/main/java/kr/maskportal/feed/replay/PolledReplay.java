package kr.maskportal.feed.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import kr.maskportal.feed.control.FeedChange;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.feed.control.SaleObservation;
import kr.maskportal.stock.entity.StockBand;

/**
 * The rows of {@code feed_history} the portal's poller stores while it polls a replayed feed once a minute, day
 * after day: each poll's row judged by the poller's own rule ({@link FeedChange#between}), kept when worth storing
 * and observed when the poll finished (as {@code SalesIngest} stamps it), the last state carried over midnight.
 *
 * <p>Computed rather than polled: a seller's feed row ({@link ReplayFeed#feedRow}) shows the real state one lag late,
 * and the real state changes only at midnight, at the delivery, where the count crosses a band's bound and at a
 * break; between those, polls see the same row and the rule answers "repolled". So only the first poll to see each
 * change is judged: a handful per seller and day instead of 1,440.
 */
public final class PolledReplay {

    public static final Duration POLL_EVERY = Duration.ofMinutes(1);
    /** A national sales refresh took about 3.5 s on the project's machine (README, feed-refresh benchmark). */
    public static final Duration POLL_TAKES = Duration.ofSeconds(3);

    private static final long POLL_SECONDS = POLL_EVERY.toSeconds();
    private static final long POLLS_A_DAY = SalesDay.SECONDS_A_DAY / POLL_SECONDS;

    /** One row of {@code feed_history}. */
    public record Row(String sellerCode, Instant observedAt, StockBand band, Instant stockAt, Instant createdAt) {
    }

    private final Map<String, FeedState> last = new HashMap<>();

    /**
     * The rows stored polling the whole of the feed's day, after the days this poller polled before: seller by
     * seller in the feed's order, each seller's in the order they were stored (rather than poll by poll, which
     * costs an embedded database's indexes several times as much to take in).
     */
    public List<Row> day(ReplayFeed feed) {
        List<Row> rows = new ArrayList<>();
        SalesDay day = feed.day();
        for (int i = 0; i < day.size(); i++) {
            String code = day.stores().get(i).code();
            last.put(code, sellerDay(feed, i, last.get(code), rows::add));
        }
        return rows;
    }

    /**
     * One seller's rows of the day, handed to {@code stored} in order.
     *
     * @param last the state the poller last kept for the seller (from the day before), or null
     * @return the state the poller keeps at the day's end
     */
    static FeedState sellerDay(ReplayFeed feed, int i, FeedState last, Consumer<Row> stored) {
        FeedState kept = last;
        for (long minute : pollsSeeingAChange(feed.day(), i, feed.lag().getSeconds())) {
            long second = minute * POLL_SECONDS;
            FeedRow row = feed.feedRow(i, second);
            var observation = new SaleObservation(row.code(), row.remainStat(), row.stockAt(), row.createdAt());
            FeedChange change = FeedChange.between(kept, observation);
            if (change.worthStoring()) {
                stored.accept(new Row(row.code(), feed.day().instantOf(second).plus(POLL_TAKES), row.remainStat(),
                        row.stockAt(), row.createdAt()));
            }
            if (change != FeedChange.OUTDATED) {
                kept = observation.state();
            }
        }
        return kept;
    }

    /**
     * The polls (minutes since midnight) that are the first to see a change of the seller's real state, in order:
     * a change at second {@code c} reaches the feed at {@code c + lag}; the first poll of the day always counts.
     */
    static TreeSet<Long> pollsSeeingAChange(SalesDay day, int i, long lagSeconds) {
        TreeSet<Long> polls = new TreeSet<>();
        polls.add(0L);
        List<Long> changes = new ArrayList<>();
        if (day.deliverySecond(i) != SellerPlan.NO_DELIVERY) {
            changes.add((long) day.deliverySecond(i));
        }
        if (day.breakSecond(i) != SellerPlan.NO_BREAK) {
            changes.add((long) day.breakSecond(i));
        }
        for (StockBand band : StockBand.values()) {
            band.upperBound().ifPresent(most -> changes.add(day.firstSecondWithAtMost(i, most)));
        }
        for (long change : changes) {
            if (change >= 0) {
                long minute = Math.floorDiv(change + lagSeconds + POLL_SECONDS - 1, POLL_SECONDS);
                if (minute < POLLS_A_DAY) {
                    polls.add(minute);
                }
            }
        }
        return polls;
    }
}
