package kr.maskportal.feed.replay;

import static kr.maskportal.feed.replay.ReplayFixtures.SATURDAY;
import static kr.maskportal.feed.replay.ReplayFixtures.WEDNESDAY;
import static kr.maskportal.feed.replay.ReplayFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kr.maskportal.seller.entity.SellerType;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SalesDayTest {

    private static final int DAY_SECONDS = 24 * 3600;
    private static final int EVERY_MINUTE = 60;

    private static List<StoreInfo> national;
    private static SalesDay wednesday;

    @BeforeAll
    static void simulateANationalDay() {
        national = ReplayFixtures.nationalList();
        long started = System.nanoTime();
        wednesday = SalesDay.simulate(national, WEDNESDAY, 2020);
        System.out.printf(Locale.ROOT, "simulating %,d sellers took %.1f ms%n", national.size(),
                (System.nanoTime() - started) / 1e6);
    }

    @Test
    void theSameSeedGivesTheSameDayAndAnotherSeedAnotherDay() {
        SalesDay again = SalesDay.simulate(national, WEDNESDAY, 2020);
        SalesDay other = SalesDay.simulate(national, WEDNESDAY, 2021);
        int differences = 0;
        for (int hour = 7; hour <= 22; hour++) {
            Instant at = at(WEDNESDAY, hour, 17);
            for (StoreInfo store : national) {
                assertEquals(wednesday.stateAt(store.code(), at), again.stateAt(store.code(), at));
                if (!wednesday.stateAt(store.code(), at).equals(other.stateAt(store.code(), at))) {
                    differences++;
                }
            }
        }
        assertTrue(differences > national.size(), "another seed changed only " + differences + " states");
    }

    @Test
    void aSellersDayDependsOnItsCodeNotOnItsPlaceInTheList() {
        List<StoreInfo> reversed = new ArrayList<>(national.subList(0, 500));
        java.util.Collections.reverse(reversed);
        SalesDay shuffled = SalesDay.simulate(reversed, WEDNESDAY, 2020);
        for (StoreInfo store : reversed) {
            assertEquals(wednesday.delivery(store.code()), shuffled.delivery(store.code()));
            assertEquals(wednesday.breakFrom(store.code()), shuffled.breakFrom(store.code()));
        }
    }

    @Test
    void stockOnlyGoesUpAtTheDeliveryAndBandsAlwaysFollowTheCount() {
        for (int i = 0; i < wednesday.size(); i += 7) {
            int previous = 0;
            for (int second = 0; second < DAY_SECONDS; second += EVERY_MINUTE) {
                int count = wednesday.countAt(i, second);
                boolean deliveredThisMinute = wednesday.deliverySecond(i) > second - EVERY_MINUTE
                        && wednesday.deliverySecond(i) <= second;
                if (!deliveredThisMinute) {
                    assertTrue(count <= previous, "seller " + i + " went up from " + previous + " to " + count);
                }
                StockBand stat = wednesday.remainStatAt(i, second);
                if (stat != StockBand.BREAK && stat != null) {
                    assertEquals(StockBand.forCount(count), stat);
                }
                previous = count;
            }
        }
    }

    @Test
    void theBandChangesAtTheSecondTheCountCrossesEachEdge() {
        int checked = 0;
        for (int i = 0; i < 200; i++) {
            int d = wednesday.deliverySecond(i);
            if (d < 0 || wednesday.breakFrom(wednesday.stores().get(i).code()).isPresent()) {
                continue;
            }
            assertNull(wednesday.remainStatAt(i, d - 1L));
            for (long s = d; s < DAY_SECONDS; s++) {
                int before = wednesday.countAt(i, s - 1);
                int now = wednesday.countAt(i, s);
                if (before >= 100 && now <= 99 || before >= 30 && now <= 29 || before >= 2 && now <= 1) {
                    assertNotEquals(wednesday.remainStatAt(i, s - 1), wednesday.remainStatAt(i, s));
                    assertEquals(s, wednesday.remainStatSince(i, s));
                    checked++;
                }
            }
        }
        assertTrue(checked > 300, "only " + checked + " band edges crossed");
    }

    @Test
    void someSellersSellOutSomeBreakSomeGetNothing() {
        Instant evening = at(WEDNESDAY, 20, 0);
        int soldOut = 0;
        int onBreak = 0;
        int breakAllDay = 0;
        int breakLater = 0;
        int noDelivery = 0;
        for (StoreInfo store : national) {
            StockState state = wednesday.stateAt(store.code(), evening).orElseThrow();
            if (state.remainStat() == StockBand.EMPTY) {
                soldOut++;
            }
            if (state.remainStat() == StockBand.BREAK) {
                onBreak++;
                if (wednesday.breakFrom(store.code()).orElseThrow().equals(wednesday.start())) {
                    breakAllDay++;
                } else {
                    breakLater++;
                    assertTrue(state.count() > 0, "a break that starts mid-day holds masks back");
                    assertTrue(state.stockAt() != null);
                }
            }
            if (wednesday.delivery(store.code()).isEmpty()) {
                noDelivery++;
            }
        }
        assertTrue(soldOut > national.size() * 0.8, "sold out: " + soldOut);
        assertTrue(onBreak > 100 && onBreak < national.size() * 0.06, "on break: " + onBreak);
        assertTrue(breakAllDay > 50 && breakLater > 50, breakAllDay + " all day, " + breakLater + " later");
        assertTrue(noDelivery > 200 && noDelivery < national.size() * 0.08, "no delivery: " + noDelivery);
    }

    @Test
    void pharmaciesMostlyGet250BetweenEightAndTwoAndOthersSellOnWeekdaysOnly() {
        int pharmacies = 0;
        int usual = 0;
        for (StoreInfo store : national) {
            var delivery = wednesday.delivery(store.code());
            if (delivery.isEmpty() || store.type() != SellerType.PHARMACY) {
                continue;
            }
            pharmacies++;
            LocalTime time = delivery.get().at().atZone(ZoneId.of("Asia/Seoul")).toLocalTime();
            assertTrue(!time.isBefore(LocalTime.of(8, 0)) && !time.isAfter(LocalTime.of(14, 0)), time::toString);
            if (delivery.get().quantity() == 250) {
                usual++;
            }
        }
        assertTrue(usual > pharmacies * 0.8, usual + " of " + pharmacies);

        SalesDay saturday = SalesDay.simulate(national, SATURDAY, 2020);
        for (StoreInfo store : national) {
            if (store.type() != SellerType.PHARMACY) {
                assertTrue(saturday.delivery(store.code()).isEmpty(), store.code());
            }
        }
        assertTrue(national.stream().filter(s -> saturday.delivery(s.code()).isPresent()).count() > 15_000);
    }

    @Test
    void theShareWithMasksPeaksAroundMiddayAndNearlyAllAreSoldOutByEvening() {
        double peak = 0;
        int peakHour = -1;
        StringBuilder curve = new StringBuilder("share of sellers with masks:");
        for (int hour = 6; hour <= 23; hour++) {
            double share = shareWithMasks(wednesday, at(WEDNESDAY, hour, 0));
            curve.append(String.format(Locale.ROOT, " %02d:00 %.2f", hour, share));
            if (share > peak) {
                peak = share;
                peakHour = hour;
            }
        }
        System.out.println(curve);
        assertTrue(peakHour >= 11 && peakHour <= 14, "peak at " + peakHour + ":00");
        assertTrue(peak > 0.4, "peak share " + peak);
        assertTrue(shareWithMasks(wednesday, at(WEDNESDAY, 7, 0)) == 0, "nothing before the first delivery");
        assertTrue(shareWithMasks(wednesday, at(WEDNESDAY, 21, 0)) < 0.02, "still selling in the evening");
    }

    @Test
    void citySellersSellOutSoonerThanCountyOnes() {
        Instant afternoon = at(WEDNESDAY, 16, 0);
        double city = shareWithMasks(wednesday, afternoon, "서울특별시");
        double county = shareWithMasks(wednesday, afternoon, "경상북도 고령군");
        assertTrue(city < county, "city " + city + ", county " + county);
    }

    @Test
    void aSellersDaysFollowItsHabitsWithinTheDayToDayStray() {
        SalesDay thursday = SalesDay.simulate(national, WEDNESDAY.plusDays(1), 2020);
        int compared = 0;
        long sameDelivery = 0;
        long widestStray = 0;
        for (StoreInfo store : national) {
            var one = wednesday.delivery(store.code());
            var two = thursday.delivery(store.code());
            if (one.isEmpty() || two.isEmpty()) {
                continue;
            }
            compared++;
            long stray = Math.abs(two.get().at().getEpochSecond() - one.get().at().getEpochSecond()
                    - java.time.Duration.ofDays(1).toSeconds());
            widestStray = Math.max(widestStray, stray);
            // post offices and marts open their sale at set hours, which the stray often meets
            sameDelivery += stray == 0 && store.type() == SellerType.PHARMACY ? 1 : 0;
            assertEquals(one.get().quantity(), two.get().quantity(), "the allotment is the seller's");
        }
        assertTrue(compared > national.size() * 0.9, "compared " + compared);
        assertTrue(widestStray <= 2L * DayToDay.USUAL.deliveryMinutes() * 60, "strayed " + widestStray + " s");
        assertTrue(widestStray > DayToDay.USUAL.deliveryMinutes() * 60, "days differ: " + widestStray + " s");
        assertTrue(sameDelivery < compared / 100, sameDelivery + " pharmacies of " + compared
                + " got their masks at the same second both days");
    }

    @Test
    void withoutStrayEveryDayIsTheSellersHabitAndSellersStillDiffer() {
        List<StoreInfo> some = national.subList(0, 2_000);
        DayToDay none = DayToDay.USUAL.scaled(0);
        SalesDay one = SalesDay.simulate(some, WEDNESDAY, 2020, none);
        SalesDay two = SalesDay.simulate(some, WEDNESDAY.plusDays(1), 2020, none);
        java.util.Set<Instant> times = new java.util.HashSet<>();
        for (StoreInfo store : some) {
            var a = one.delivery(store.code());
            var b = two.delivery(store.code());
            if (a.isPresent() && b.isPresent() && one.breakFrom(store.code()).isEmpty()
                    && two.breakFrom(store.code()).isEmpty()) {
                assertEquals(a.get().at().plus(java.time.Duration.ofDays(1)), b.get().at(), store.code());
                Instant aSoldOut = soldOut(one, store.code());
                assertEquals(aSoldOut.plus(java.time.Duration.ofDays(1)), soldOut(two, store.code()), store.code());
                times.add(a.get().at());
            }
        }
        assertTrue(times.size() > 1_000, "sellers keep their own hours: " + times.size());
    }

    @Test
    void theDayToDayStrayIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new DayToDay(-1, 1.25));
        assertThrows(IllegalArgumentException.class, () -> new DayToDay(30, 0.9));
        assertThrows(IllegalArgumentException.class, () -> DayToDay.USUAL.scaled(-1));
        assertEquals(new DayToDay(60, 1.25 * 1.25), DayToDay.USUAL.scaled(2));
    }

    /** The first minute without masks after the delivery. */
    private static Instant soldOut(SalesDay day, String code) {
        Instant at = day.delivery(code).orElseThrow().at();
        while (day.stateAt(code, at).orElseThrow().hasMasks()) {
            at = at.plusSeconds(EVERY_MINUTE);
        }
        return at;
    }

    @Test
    void duplicateCodesAreRefused() {
        StoreInfo store = national.get(0);
        assertThrows(IllegalArgumentException.class,
                () -> SalesDay.simulate(List.of(store, store), WEDNESDAY, 1));
    }

    @Test
    void unknownCodesHaveNoState() {
        assertTrue(wednesday.stateAt("nope", at(WEDNESDAY, 12, 0)).isEmpty());
    }

    private static double shareWithMasks(SalesDay day, Instant at) {
        return shareWithMasks(day, at, "");
    }

    private static double shareWithMasks(SalesDay day, Instant at, String addressPrefix) {
        int sellers = 0;
        int withMasks = 0;
        for (StoreInfo store : day.stores()) {
            if (store.address() == null || !store.address().startsWith(addressPrefix)) {
                continue;
            }
            sellers++;
            if (day.stateAt(store.code(), at).orElseThrow().hasMasks()) {
                withMasks++;
            }
        }
        return (double) withMasks / sellers;
    }
}
