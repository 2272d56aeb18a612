package kr.maskportal.official.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import kr.maskportal.feed.replay.ReplayFeed;
import kr.maskportal.feed.replay.SalesDay;
import kr.maskportal.feed.replay.StoreInfo;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.seller.entity.SellerType;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.Test;

class PolledFeedTest {

    private static final LocalDate TUESDAY = LocalDate.of(2020, 3, 10);
    private static final LocalDate WEDNESDAY = LocalDate.of(2020, 3, 11);
    private static final String[] PLACES = {"서울특별시 마포구 월드컵로 1", "경상북도 고령군 쌍림면 대가야로 608", null};
    private static final Duration[] LAGS = {Duration.ZERO, Duration.ofSeconds(61), Duration.ofMinutes(20),
        Duration.ofMinutes(95), Duration.ofMinutes(230)};

    static List<StoreInfo> sellers(int count) {
        List<StoreInfo> stores = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SellerType type = SellerType.values()[i % 7 == 0 ? 1 + i % 2 : 0];
            stores.add(new StoreInfo(String.valueOf(31_000_000 + i), "판매처" + i, PLACES[i % PLACES.length], type,
                    null, null));
        }
        return stores;
    }

    @Test
    void storesExactlyWhatJudgingEveryPollStores() {
        List<StoreInfo> stores = sellers(400);
        SalesDay tuesday = SalesDay.simulate(stores, TUESDAY, 7);
        SalesDay wednesday = SalesDay.simulate(stores, WEDNESDAY, 7);
        int rows = 0;
        for (int i = 0; i < stores.size(); i++) {
            String code = stores.get(i).code();
            Duration lag = LAGS[i % LAGS.length];
            List<PolledFeed.Row> fast = new ArrayList<>();
            List<PolledFeed.Row> slow = new ArrayList<>();
            var skipping = new PolledFeed(code);
            var judging = new PolledFeed(code);
            for (SalesDay day : List.of(tuesday, wednesday)) {
                skipping.pollDay(new ReplayFeed(day, lag), fast::add);
                judging.pollDayRowByRow(new ReplayFeed(day, lag), slow::add);
            }
            assertEquals(slow, fast, code);
            rows += fast.size();
        }
        // two days of changes, not two days of polls (2,880 each)
        assertTrue(rows > 2 * stores.size() && rows < 20 * stores.size(), rows + " rows");
    }

    @Test
    void aDeliveryIsStoredAtTheFirstPollThatShowsIt() {
        StoreInfo pharmacy = sellers(1).get(0);
        SalesDay day = SalesDay.simulate(List.of(pharmacy), WEDNESDAY, 7);
        Instant delivered = day.delivery(pharmacy.code()).orElseThrow().at();
        Duration lag = Duration.ofMinutes(20).plusSeconds(30);
        List<PolledFeed.Row> rows = new ArrayList<>();
        new PolledFeed(pharmacy.code()).pollDay(new ReplayFeed(day, lag), rows::add);

        PolledFeed.Row first = rows.get(0);
        assertEquals(at(WEDNESDAY, 0, 0).plusSeconds(3), first.observedAt(), "the first poll, when it finished");
        assertNull(first.stockAt());
        // keyed in 20 min 30 s after the delivery: the next whole minute's poll sees it, 3 s later it is stored
        Instant keyedIn = delivered.plus(lag);
        Instant poll = keyedIn.getEpochSecond() % 60 == 0 ? keyedIn
                : Instant.ofEpochSecond((keyedIn.getEpochSecond() / 60 + 1) * 60);
        PolledFeed.Row delivery = rows.get(1);
        assertEquals(poll.plusSeconds(3), delivery.observedAt());
        assertEquals(delivered, delivery.stockAt());
        assertEquals(StockBand.PLENTY, delivery.band());
        // then only bands going down, each once
        for (int i = 2; i < rows.size(); i++) {
            assertEquals(delivered, rows.get(i).stockAt());
            assertTrue(rows.get(i).band().compareTo(rows.get(i - 1).band()) > 0, rows.toString());
        }
    }

    static Instant at(LocalDate date, int hour, int minute) {
        return ZonedDateTime.of(date, LocalTime.of(hour, minute), Korea.ZONE).toInstant();
    }
}
