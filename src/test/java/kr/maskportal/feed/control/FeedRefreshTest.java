package kr.maskportal.feed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.Test;

class FeedRefreshTest {

    private static final Instant NOW = Instant.parse("2020-03-11T01:00:00Z");
    private static final int PER_PAGE = 3;

    private final FeedPageParser parser = new FeedPageParser();
    private final Set<String> known = new HashSet<>();

    private static String code(int page, int index) {
        return String.format("%02d%06d", page, index);
    }

    /** Page {@code page} of {@code total}, full of known sellers with the given remain_stat. */
    private FeedPageResult salesPage(int page, int total, String remainStat) {
        List<String> sales = new ArrayList<>();
        for (int i = 0; i < PER_PAGE; i++) {
            known.add(code(page, i));
            sales.add(FeedPages.sale(code(page, i), "2020/03/11 08:00:00", remainStat, "2020/03/11 09:55:00"));
        }
        return parser.parse(FeedEndpoint.SALES, FeedPages.salesPage(page, total, total * PER_PAGE, sales));
    }

    private FeedPageResult emptySalesPage(int page, int total) {
        return parser.parse(FeedEndpoint.SALES, FeedPages.salesPage(page, total, total * PER_PAGE, List.of()));
    }

    private FeedRefresh refreshOf(int total, int... missing) {
        FeedRefresh refresh = new FeedRefresh(FeedEndpoint.SALES);
        Set<Integer> skip = new HashSet<>();
        for (int m : missing) {
            skip.add(m);
        }
        for (int page = 1; page <= total; page++) {
            if (!skip.contains(page)) {
                refresh.add(page, salesPage(page, total, "plenty"));
            }
        }
        return refresh;
    }

    @Test
    void aCompleteRefreshIsAccepted() {
        SalesRefreshResult result = refreshOf(4).sales(known, NOW, 12);

        assertTrue(result.accepted());
        assertEquals(new PageTally(4, 4, Map.of()), result.pages());
        assertEquals(12, result.observations().size());
        assertEquals(12, result.banded());
        assertEquals(0, result.rejected());
    }

    @Test
    void pagesMayArriveInAnyOrderAndAreReadInPageOrder() {
        FeedRefresh refresh = new FeedRefresh(FeedEndpoint.SALES);
        List<Integer> order = List.of(3, 1, 4, 2);
        for (int page : order) {
            refresh.add(page, salesPage(page, 4, "few"));
        }
        // the same code on pages 1 and 3: page 1's record is the one kept, whichever came first
        refresh.add(5, parser.parse(FeedEndpoint.SALES, FeedPages.salesPage(5, 4, 12, List.of(
                FeedPages.sale(code(1, 0), null, "empty", null)))));

        SalesRefreshResult result = refresh.sales(known, NOW, 12);
        List<String> codes = result.observations().stream().map(SaleObservation::code).toList();
        assertEquals(IntStream.rangeClosed(1, 4).boxed()
                .flatMap(p -> IntStream.range(0, PER_PAGE).mapToObj(i -> code(p, i))).toList(), codes);
        assertEquals(StockBand.FEW, result.observations().get(0).band());
        assertEquals(Map.of(SaleProblem.DUPLICATE_CODE, 1), result.problems());
    }

    @Test
    void aBadPageIsCountedAndTheGoodPagesKept() {
        FeedRefresh refresh = refreshOf(4, 2, 3);
        refresh.add(2, parser.parse(FeedEndpoint.SALES, "<html><body>502 Bad Gateway</body></html>"));
        refresh.add(3, parser.parse(FeedEndpoint.SALES, "{\"totalPages\":4,\"page\":3,\"sales\":[{\"code\":"));

        SalesRefreshResult result = refresh.sales(known, NOW, 0);

        assertEquals(new PageTally(4, 2, Map.of(PageProblem.BAD_PAGE_NOT_JSON, 1,
                PageProblem.BAD_PAGE_TRUNCATED_JSON, 1)), result.pages());
        assertEquals(6, result.observations().size());
    }

    @Test
    void everyKindOfPageFailureHasItsCount() {
        FeedRefresh refresh = new FeedRefresh(FeedEndpoint.SALES);
        refresh.add(1, salesPage(1, 6, "some"));
        refresh.add(2, PageFailure.NOT_JSON);
        refresh.add(3, PageFailure.TRUNCATED_JSON);
        refresh.add(4, PageFailure.MALFORMED_JSON);
        refresh.add(5, PageFailure.WRONG_SHAPE);
        refresh.add(6, PageFailure.FETCH_FAILED);

        PageTally pages = refresh.sales(known, NOW, 0).pages();
        assertEquals(Map.of(PageProblem.BAD_PAGE_NOT_JSON, 1, PageProblem.BAD_PAGE_TRUNCATED_JSON, 1,
                PageProblem.BAD_PAGE_MALFORMED_JSON, 1, PageProblem.BAD_PAGE_WRONG_SHAPE, 1,
                PageProblem.BAD_PAGE_FETCH_FAILED, 1), pages.problems());
        assertEquals(1, pages.arrivedPages());
    }

    @Test
    void anEmptyPageInTheMiddleIsCountedButAnEmptyLastPageIsNot() {
        FeedRefresh refresh = refreshOf(4, 2, 4);
        refresh.add(2, emptySalesPage(2, 4));
        refresh.add(4, emptySalesPage(4, 4));

        SalesRefreshResult result = refresh.sales(known, NOW, 6);

        assertEquals(new PageTally(4, 3, Map.of(PageProblem.EMPTY_PAGE, 1)), result.pages());
        assertEquals(6, result.observations().size());
        assertTrue(result.accepted());
    }

    @Test
    void pagesThatNeverCameAreCountedAsMissing() {
        SalesRefreshResult result = refreshOf(5, 2, 5).sales(known, NOW, 9);
        assertEquals(new PageTally(5, 3, Map.of(PageProblem.MISSING_PAGE, 2)), result.pages());
        assertTrue(result.accepted());
    }

    @Test
    void aPageThatSaysItIsAnotherPageIsNotUsed() {
        FeedRefresh refresh = refreshOf(2, 2);
        refresh.add(2, salesPage(1, 2, "few"));

        SalesRefreshResult result = refresh.sales(known, NOW, 0);
        assertEquals(new PageTally(2, 1, Map.of(PageProblem.WRONG_PAGE_NUMBER, 1)), result.pages());
        assertEquals(List.of(StockBand.PLENTY, StockBand.PLENTY, StockBand.PLENTY),
                result.observations().stream().map(SaleObservation::band).toList());
    }

    @Test
    void aSecondCopyOfAPageIsCountedAndTheFirstKept() {
        FeedRefresh refresh = refreshOf(2);
        refresh.add(2, salesPage(2, 2, "empty"));

        SalesRefreshResult result = refresh.sales(known, NOW, 6);
        assertEquals(new PageTally(2, 2, Map.of(PageProblem.DUPLICATE_PAGE, 1)), result.pages());
        assertEquals(StockBand.PLENTY, result.observations().get(5).band());
    }

    @Test
    void aRetryThatSucceedsReplacesTheFailureWhichStaysCounted() {
        FeedRefresh refresh = refreshOf(2, 2);
        refresh.add(2, PageFailure.FETCH_FAILED);
        refresh.add(2, salesPage(2, 2, "few"));

        SalesRefreshResult result = refresh.sales(known, NOW, 6);
        assertEquals(new PageTally(2, 2, Map.of(PageProblem.BAD_PAGE_FETCH_FAILED, 1)), result.pages());
        assertEquals(6, result.observations().size());
    }

    @Test
    void withoutTotalPagesTheHighestPageSeenIsExpected() {
        FeedRefresh refresh = new FeedRefresh(FeedEndpoint.SALES);
        refresh.add(1, parser.parse(FeedEndpoint.SALES, "{\"sales\":[{\"code\":\"11111111\"}]}"));
        refresh.add(3, PageFailure.FETCH_FAILED);

        PageTally pages = refresh.sales(Set.of("11111111"), NOW, 0).pages();
        assertEquals(new PageTally(3, 1, Map.of(PageProblem.BAD_PAGE_FETCH_FAILED, 1,
                PageProblem.MISSING_PAGE, 1)), pages);
    }

    @Test
    void recordProblemsAreCountedAlongsidePageProblems() {
        FeedRefresh refresh = new FeedRefresh(FeedEndpoint.SALES);
        refresh.add(1, parser.parse(FeedEndpoint.SALES, FeedPages.salesPage(1, 1, 4, List.of(
                FeedPages.sale("11111111", null, "few", null),
                FeedPages.sale("22222222", null, "few", null),
                FeedPages.sale("11111111", null, "some", null),
                FeedPages.sale(null, null, "some", null)))));

        SalesRefreshResult result = refresh.sales(Set.of("11111111"), NOW, 0);
        assertEquals(Map.of(SaleProblem.UNKNOWN_SELLER, 1, SaleProblem.DUPLICATE_CODE, 1,
                SaleProblem.MISSING_CODE, 1), result.problems());
        assertEquals(3, result.rejected());
        assertEquals(1, result.observations().size());
    }

    @Test
    void halfTheSellersWithABandIsStillAccepted() {
        // 4 pages of 3: two with bands, two with remain_stat null
        FeedRefresh refresh = new FeedRefresh(FeedEndpoint.SALES);
        refresh.add(1, salesPage(1, 4, "plenty"));
        refresh.add(2, salesPage(2, 4, null));
        refresh.add(3, salesPage(3, 4, "break"));
        refresh.add(4, salesPage(4, 4, null));

        SalesRefreshResult atHalf = refresh.sales(known, NOW, 12);
        assertEquals(6, atHalf.banded(), "break is a band; null is not");
        assertEquals(12, atHalf.observations().size());
        assertTrue(atHalf.accepted());

        SalesRefreshResult belowHalf = refresh.sales(known, NOW, 13);
        assertFalse(belowHalf.accepted());
        assertEquals(RefreshRefusal.TOO_FEW_SELLERS, belowHalf.refusal());
        assertEquals(12, belowHalf.observations().size(), "a refused refresh still says what it held");
    }

    @Test
    void aCountryOfNullRemainStatsIsRefused() {
        FeedRefresh refresh = new FeedRefresh(FeedEndpoint.SALES);
        for (int page = 1; page <= 4; page++) {
            refresh.add(page, salesPage(page, 4, null));
        }
        assertEquals(RefreshRefusal.TOO_FEW_SELLERS, refresh.sales(known, NOW, 12).refusal());
    }

    @Test
    void halfThePagesIsStillAccepted() {
        assertTrue(refreshOf(4, 3, 4).sales(known, NOW, 6).accepted());
        SalesRefreshResult result = refreshOf(4, 2, 3, 4).sales(known, NOW, 3);
        assertEquals(RefreshRefusal.TOO_FEW_PAGES, result.refusal());
    }

    @Test
    void theFirstRefreshEverIsAcceptedWithAnyAcceptedRecord() {
        assertTrue(refreshOf(40, IntStream.rangeClosed(2, 40).toArray()).sales(known, NOW, 0).accepted());

        FeedRefresh nothing = new FeedRefresh(FeedEndpoint.SALES);
        nothing.add(1, PageFailure.NOT_JSON);
        assertEquals(RefreshRefusal.NOTHING_ACCEPTED, nothing.sales(known, NOW, 0).refusal());

        FeedRefresh onlyUnknown = refreshOf(1);
        assertEquals(RefreshRefusal.NOTHING_ACCEPTED, onlyUnknown.sales(Set.of(), NOW, 0).refusal());
    }

    @Test
    void storesAreJudgedByHowManyAreListed() {
        FeedRefresh refresh = new FeedRefresh(FeedEndpoint.STORES);
        refresh.add(1, parser.parse(FeedEndpoint.STORES, FeedPages.storesPage(1, 1, 3, List.of(
                FeedPages.store("11111111", "약국 하나", "서울 중구 1", "01", 37.5, 127.0),
                FeedPages.store("22222222", "약국 둘", "서울 중구 2", "01", 0, 0),
                FeedPages.store("33333333", null, "서울 중구 3", "01", 37.5, 127.0)))));

        StoresRefreshResult result = refresh.stores(4);
        assertTrue(result.accepted());
        assertEquals(2, result.listings().size());
        assertEquals(Map.of(StoreProblem.MISSING_NAME, 1, StoreProblem.COORDINATES_OUTSIDE_KOREA, 1),
                result.problems());
        assertEquals(1, result.rejected(), "kept without coordinates is not rejected");
        assertEquals(RefreshRefusal.TOO_FEW_SELLERS, refresh.stores(5).refusal());
    }

    @Test
    void storesByAddrIsOnePageCarryingStoresAndStock() {
        FeedRefresh refresh = new FeedRefresh(FeedEndpoint.STORES_BY_ADDR);
        refresh.add(1, parser.parse(FeedEndpoint.STORES_BY_ADDR, """
                {"address":"서울특별시 마포구","count":1,"stores":[
                 {"addr":"서울특별시 마포구 월드컵로 1","code":"11111111","created_at":"2020/03/11 09:45:00",
                  "lat":37.55,"lng":126.91,"name":"망원약국","remain_stat":"few","stock_at":"2020/03/11 08:00:00","type":"01"}]}
                """));

        StoresRefreshResult stores = refresh.stores(1);
        SalesRefreshResult sales = refresh.sales(Set.of("11111111"), NOW, 1);
        assertEquals(new PageTally(1, 1, Map.of()), sales.pages());
        assertEquals("망원약국", stores.listings().get(0).name());
        assertEquals(StockBand.FEW, sales.observations().get(0).band());
        assertTrue(stores.accepted());
        assertTrue(sales.accepted());
        assertThrows(IllegalArgumentException.class, () -> refresh.add(2, PageFailure.NOT_JSON));
    }

    @Test
    void askingAnEndpointForWhatItDoesNotCarryIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> new FeedRefresh(FeedEndpoint.STORES).sales(known, NOW, 0));
        assertThrows(IllegalStateException.class, () -> new FeedRefresh(FeedEndpoint.SALES).stores(0));
        assertThrows(IllegalArgumentException.class, () -> new FeedRefresh(FeedEndpoint.SALES).add(0, PageFailure.NOT_JSON));
    }
}
