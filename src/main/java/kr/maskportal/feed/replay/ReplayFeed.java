package kr.maskportal.feed.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kr.maskportal.stock.entity.StockBand;

/**
 * What the 2020 feed would publish during a {@link SalesDay}: every fact arrives {@code lag} late, because sales
 * and deliveries were keyed in late and the upstream server was slow. At {@code now} a row shows the real state at
 * {@code now - lag}:
 * <ul>
 * <li>{@code remain_stat} is the real band then; null while no delivery has been keyed in, as in the 2020 feed's
 * mornings (a seller on a break all day shows {@code break} from midnight);</li>
 * <li>{@code stock_at} is the real delivery time, shown once the delivery has been keyed in;</li>
 * <li>{@code created_at} is when the row last changed in the feed: the moment its current content was keyed in
 * (the real change plus the lag), or midnight for content it has had since the day was reset. It is never later
 * than {@code now} but understates how old the information is by the lag, which is exactly what misled in 2020.</li>
 * </ul>
 * Lags below a second are ignored.
 */
public final class ReplayFeed {

    private final SalesDay day;
    private final Duration lag;
    private final long lagSeconds;

    public ReplayFeed(SalesDay day, Duration lag) {
        this.day = Objects.requireNonNull(day);
        if (lag.isNegative()) {
            throw new IllegalArgumentException("the feed cannot run ahead of reality, lag was " + lag);
        }
        this.lag = lag;
        this.lagSeconds = lag.getSeconds();
    }

    public SalesDay day() {
        return day;
    }

    public Duration lag() {
        return lag;
    }

    /** Empty for a code that is not in the day's seller list. */
    public Optional<FeedRow> feedRowAt(String code, Instant now) {
        return day.indexOf(code).map(i -> feedRow(i, day.secondOf(now)));
    }

    /** Every seller's row, in the order of the day's seller list. */
    public List<FeedRow> feedRowsAt(Instant now) {
        long second = day.secondOf(now);
        List<FeedRow> rows = new ArrayList<>(day.size());
        for (int i = 0; i < day.size(); i++) {
            rows.add(feedRow(i, second));
        }
        return rows;
    }

    /** The truth at {@code now}, to measure how stale the feed is. */
    public Optional<StockState> realStateAt(String code, Instant now) {
        return day.stateAt(code, now);
    }

    FeedRow feedRow(int i, long nowSecond) {
        long keyedIn = Math.max(0, nowSecond - lagSeconds);
        StockBand stat = day.remainStatAt(i, keyedIn);
        Instant stockAt = day.stocked(i, keyedIn) ? day.instantOf(day.deliverySecond(i)) : null;
        long since = day.remainStatSince(i, keyedIn);
        Instant createdAt = since == 0 ? day.start() : day.instantOf(since + lagSeconds);
        return new FeedRow(day.stores().get(i).code(), stockAt, stat, createdAt);
    }
}
