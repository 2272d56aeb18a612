package kr.maskportal.feed.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import kr.maskportal.feed.boundary.DemoHistory.Start;
import kr.maskportal.feed.replay.SalesDay;
import kr.maskportal.feed.replay.StoreInfo;
import kr.maskportal.seller.entity.SellerType;
import org.junit.jupiter.api.Test;

class DemoHistoryTest {

    private static final BooleanSupplier NOT_TO_BE_ASKED = () -> {
        throw new AssertionError("outside the demo the database is not even asked");
    };

    @Test
    void onlyTheReplayOnTheEmbeddedDatabaseGetsAWeek() {
        assertEquals(Start.NOT_THE_DEMO, DemoHistory.decide(false, false, NOT_TO_BE_ASKED), "MariaDB, production");
        assertEquals(Start.NOT_THE_DEMO, DemoHistory.decide(true, false, NOT_TO_BE_ASKED), "replay on MariaDB");
        assertEquals(Start.NOT_THE_DEMO, DemoHistory.decide(false, true, NOT_TO_BE_ASKED), "H2 fed by a real feed");
        assertEquals(Start.WRITE, DemoHistory.decide(true, true, () -> false));
        assertEquals(Start.HISTORY_THERE, DemoHistory.decide(true, true, () -> true), "written by an earlier start");
    }

    @Test
    void aboutTwoInFivePharmaciesReportSoldOutWithinTwoMinutesOfTheLastMask() {
        List<StoreInfo> stores = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            stores.add(new StoreInfo(String.valueOf(30_000_000 + i), "약국" + i, "서울특별시 마포구 월드컵로 " + i,
                    i % 10 == 0 ? SellerType.POST_OFFICE : SellerType.PHARMACY, null, null));
        }
        Set<String> reporting = stores.stream().filter(s -> DemoHistory.reports(s, 2020)).map(StoreInfo::code)
                .collect(Collectors.toSet());
        long pharmacies = stores.stream().filter(s -> s.type() == SellerType.PHARMACY).count();
        assertTrue(Math.abs(reporting.size() - 0.4 * pharmacies) < 0.03 * pharmacies, reporting.size() + "");
        assertTrue(stores.stream().filter(s -> s.type() != SellerType.PHARMACY).noneMatch(reporting::contains));

        SalesDay day = SalesDay.simulate(stores, LocalDate.of(2020, 3, 10), 2020);
        var reports = DemoHistory.soldOut(day, reporting, 2020);
        assertTrue(reports.size() > reporting.size() / 2, reports.size() + " of " + reporting.size());
        for (var report : reports) {
            var soldOut = day.soldOutAt(report.sellerCode()).orElseThrow();
            Duration after = Duration.between(soldOut, report.reportedAt());
            assertTrue(!after.isNegative() && after.compareTo(Duration.ofMinutes(2)) <= 0, after.toString());
        }
        assertEquals(reports, DemoHistory.soldOut(day, reporting, 2020), "the same every start");
    }
}
