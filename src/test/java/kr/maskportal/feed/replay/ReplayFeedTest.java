package kr.maskportal.feed.replay;

import static kr.maskportal.feed.replay.ReplayFixtures.WEDNESDAY;
import static kr.maskportal.feed.replay.ReplayFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReplayFeedTest {

    private static final Duration LAG = Duration.ofMinutes(20);

    private static List<StoreInfo> national;
    private static SalesDay day;
    private static ReplayFeed lagging;

    @BeforeAll
    static void simulate() {
        national = ReplayFixtures.nationalList();
        day = SalesDay.simulate(national, WEDNESDAY, 311);
        lagging = new ReplayFeed(day, LAG);
    }

    @Test
    void aDeliveryReachesTheFeedOnlyAfterTheLag() {
        int checked = 0;
        for (StoreInfo store : national) {
            var delivery = day.delivery(store.code());
            if (delivery.isEmpty()) {
                continue;
            }
            Instant d = delivery.get().at();
            Instant halfway = d.plus(LAG.dividedBy(2));
            Instant keyedIn = d.plus(LAG);
            if (day.breakFrom(store.code()).filter(b -> !b.isAfter(keyedIn)).isPresent()) {
                continue;
            }
            assertTrue(lagging.realStateAt(store.code(), halfway).orElseThrow().hasMasks());
            FeedRow before = lagging.feedRowAt(store.code(), halfway).orElseThrow();
            assertNull(before.stockAt());
            assertNull(before.remainStat());
            assertEquals(day.start(), before.createdAt());

            FeedRow after = lagging.feedRowAt(store.code(), keyedIn).orElseThrow();
            assertEquals(d, after.stockAt());
            assertEquals(StockBand.forCount(delivery.get().quantity()), after.remainStat());
            assertEquals(keyedIn, after.createdAt());
            checked++;
        }
        assertTrue(checked > 20_000, "checked " + checked);
    }

    @Test
    void theFeedShowsWhatWasTrueOneLagAgo() {
        for (int hour = 8; hour <= 20; hour++) {
            Instant now = at(WEDNESDAY, hour, 7);
            for (int i = 0; i < national.size(); i += 3) {
                String code = national.get(i).code();
                FeedRow row = lagging.feedRowAt(code, now).orElseThrow();
                StockState then = lagging.realStateAt(code, now.minus(LAG)).orElseThrow();
                assertEquals(then.remainStat(), row.remainStat());
                assertEquals(then.stockAt(), row.stockAt());
            }
        }
    }

    @Test
    void withoutLagTheFeedIsTheTruth() {
        var prompt = new ReplayFeed(day, Duration.ZERO);
        for (int minute = 6 * 60; minute < 24 * 60; minute += 13) {
            Instant now = day.start().plusSeconds(minute * 60L + 29);
            List<FeedRow> rows = prompt.feedRowsAt(now);
            for (int i = 0; i < rows.size(); i += 5) {
                StockState real = prompt.realStateAt(national.get(i).code(), now).orElseThrow();
                assertEquals(real.remainStat(), rows.get(i).remainStat());
                assertEquals(real.stockAt(), rows.get(i).stockAt());
            }
        }
    }

    @Test
    void createdAtIsWhenTheRowLastChangedAndNeverAfterNow() {
        for (int hour = 0; hour <= 23; hour += 1) {
            Instant now = at(WEDNESDAY, hour, 41);
            List<FeedRow> rows = lagging.feedRowsAt(now);
            for (int i = 0; i < rows.size(); i += 11) {
                FeedRow row = rows.get(i);
                assertFalse(row.createdAt().isAfter(now));
                FeedRow whenCreated = lagging.feedRowAt(row.code(), row.createdAt()).orElseThrow();
                assertEquals(row, whenCreated, "the row has not changed since its created_at");
                if (row.createdAt().isAfter(day.start())) {
                    FeedRow justBefore = lagging.feedRowAt(row.code(), row.createdAt().minusSeconds(1)).orElseThrow();
                    assertFalse(row.equals(justBefore), "the row changed at its created_at");
                }
            }
        }
    }

    @Test
    void atLunchTheLaggingFeedSendsPeopleToSellersThatHaveRunOut() {
        Instant lunch = at(WEDNESDAY, 12, 30);
        int greenButNearlyEmpty = 0;
        int stale = 0;
        for (FeedRow row : lagging.feedRowsAt(lunch)) {
            StockState real = lagging.realStateAt(row.code(), lunch).orElseThrow();
            if (row.remainStat() != real.remainStat()) {
                stale++;
            }
            if (row.remainStat() == StockBand.PLENTY && real.count() < StockBand.SOME.lowerBound().getAsInt()) {
                greenButNearlyEmpty++;
            }
        }
        System.out.printf(Locale.ROOT, "at 12:30 with a %s lag: %,d rows show another band than the truth,"
                + " %,d show plenty where fewer than 30 are left%n", LAG, stale, greenButNearlyEmpty);
        assertTrue(stale > 2_000, "stale rows: " + stale);
        assertTrue(greenButNearlyEmpty > 50, "plenty but nearly empty: " + greenButNearlyEmpty);
    }

    @Test
    void aSellerOnBreakAllDayShowsBreakFromMidnight() {
        StoreInfo onBreak = national.stream()
                .filter(s -> day.breakFrom(s.code()).filter(day.start()::equals).isPresent())
                .findFirst().orElseThrow();
        FeedRow row = lagging.feedRowAt(onBreak.code(), at(WEDNESDAY, 0, 5)).orElseThrow();
        assertEquals(new FeedRow(onBreak.code(), null, StockBand.BREAK, day.start()), row);
    }

    @Test
    void aNegativeLagIsRefusedAndUnknownCodesHaveNoRow() {
        assertThrows(IllegalArgumentException.class, () -> new ReplayFeed(day, Duration.ofMinutes(-1)));
        assertTrue(lagging.feedRowAt("nope", at(WEDNESDAY, 12, 0)).isEmpty());
    }

    @Test
    void allFeedRowsOfTheNationAtOneInstantTakeMilliseconds() {
        Instant noon = at(WEDNESDAY, 12, 0);
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long started = System.nanoTime();
            List<FeedRow> rows = lagging.feedRowsAt(noon.plusSeconds(run));
            best = Math.min(best, System.nanoTime() - started);
            assertEquals(ReplayFixtures.NATIONAL_COUNT, rows.size());
        }
        System.out.printf(Locale.ROOT, "all %,d feed rows at one instant: %.1f ms (best of 5)%n",
                ReplayFixtures.NATIONAL_COUNT, best / 1e6);
        assertTrue(best < Duration.ofSeconds(1).toNanos(), "took " + best / 1e6 + " ms");
    }
}
