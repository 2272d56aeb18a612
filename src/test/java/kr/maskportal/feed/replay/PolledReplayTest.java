package kr.maskportal.feed.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.maskportal.feed.control.FeedChange;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.feed.control.SaleObservation;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The computed poller ({@link PolledReplay}) against the slow truth: the feed row of every minute, judged by the
 * poller's rule, over consecutive days (the last state carried over midnight), for a sample of a national list.
 */
class PolledReplayTest {

    private static final LocalDate MONDAY = LocalDate.of(2020, 3, 9);
    private static List<StoreInfo> sample;

    @BeforeAll
    static void sample() {
        List<StoreInfo> national = ReplayFixtures.nationalList();
        sample = new ArrayList<>();
        for (int i = 0; i < national.size(); i += 37) {
            sample.add(national.get(i));
        }
    }

    @Test
    void theChangesAreThoseOfPollingEveryMinuteDayAfterDay() {
        for (Duration lag : List.of(Duration.ZERO, Duration.ofMinutes(20), Duration.ofSeconds(437))) {
            FeedState[] computed = new FeedState[sample.size()];
            FeedState[] polled = new FeedState[sample.size()];
            int rows = 0;
            for (int d = 0; d < 3; d++) {
                var feed = new ReplayFeed(SalesDay.simulate(sample, MONDAY.plusDays(d), 2020), lag);
                for (int i = 0; i < sample.size(); i++) {
                    List<PolledReplay.Row> fast = new ArrayList<>();
                    computed[i] = PolledReplay.sellerDay(feed, i, computed[i], fast::add);
                    List<PolledReplay.Row> slow = new ArrayList<>();
                    polled[i] = pollEveryMinute(feed, i, polled[i], slow);
                    assertEquals(slow, fast, sample.get(i).code() + " on " + feed.day().date() + ", lag " + lag);
                    assertEquals(polled[i], computed[i]);
                    rows += fast.size();
                }
            }
            assertTrue(rows > sample.size() * 3 * 2, "most sellers change more than twice a day: " + rows);
        }
    }

    @Test
    void aNationalDayIsListedSellerBySellerEachInTimeAndTakesLittleTime() {
        var poller = new PolledReplay();
        List<StoreInfo> national = ReplayFixtures.nationalList();
        SalesDay day = SalesDay.simulate(national, MONDAY, 2020);
        long started = System.nanoTime();
        List<PolledReplay.Row> rows = poller.day(new ReplayFeed(day, Duration.ofMinutes(20)));
        long ms = (System.nanoTime() - started) / 1_000_000;
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < national.size(); i++) {
            order.put(national.get(i).code(), i);
        }
        for (int i = 1; i < rows.size(); i++) {
            PolledReplay.Row before = rows.get(i - 1);
            PolledReplay.Row row = rows.get(i);
            assertTrue(before.sellerCode().equals(row.sellerCode())
                    ? before.observedAt().isBefore(row.observedAt())
                    : order.get(before.sellerCode()) < order.get(row.sellerCode()));
        }
        // the first poll of the first day stores every seller
        assertEquals(national.size(), rows.stream()
                .filter(r -> r.observedAt().equals(day.start().plus(PolledReplay.POLL_TAKES))).count());
        assertTrue(ms < 5_000, "a national day computed in " + ms + " ms");
    }

    @Test
    void theSellOutIsTheFirstSecondWithoutMasks() {
        SalesDay day = SalesDay.simulate(sample, MONDAY, 2020);
        int soldOut = 0;
        for (StoreInfo store : sample) {
            var at = day.soldOutAt(store.code());
            if (at.isPresent()) {
                soldOut++;
                assertFalse(day.stateAt(store.code(), at.get()).orElseThrow().hasMasks(), store.code());
                assertTrue(day.stateAt(store.code(), at.get().minusSeconds(1)).orElseThrow().hasMasks(), store.code());
            } else {
                Instant lastSecond = day.start().plus(Duration.ofDays(1)).minusSeconds(1);
                var end = day.stateAt(store.code(), lastSecond).orElseThrow();
                assertTrue(end.hasMasks() || end.remainStat() == StockBand.BREAK || day.delivery(store.code()).isEmpty(),
                        store.code());
            }
        }
        assertTrue(soldOut > sample.size() / 2, soldOut + " of " + sample.size() + " sold out");
    }

    /** The poller itself, in miniature: every minute's row judged by {@link FeedChange#between}. */
    private static FeedState pollEveryMinute(ReplayFeed feed, int i, FeedState last, List<PolledReplay.Row> stored) {
        for (long minute = 0; minute < 1440; minute++) {
            FeedRow row = feed.feedRow(i, minute * 60);
            var observation = new SaleObservation(row.code(), row.remainStat(), row.stockAt(), row.createdAt());
            FeedChange change = FeedChange.between(last, observation);
            if (change.worthStoring()) {
                stored.add(new PolledReplay.Row(row.code(), feed.day().start().plusSeconds(minute * 60 + 3),
                        row.remainStat(), row.stockAt(), row.createdAt()));
            }
            if (change != FeedChange.OUTDATED) {
                last = observation.state();
            }
        }
        return last;
    }
}
