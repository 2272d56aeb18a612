package kr.maskportal.openapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.maskportal.feed.control.FeedEndpoint;
import kr.maskportal.feed.control.FeedPageParser;
import kr.maskportal.feed.control.FeedRefresh;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.feed.control.PageWindow;
import kr.maskportal.feed.control.SalesRefreshResult;
import kr.maskportal.feed.control.StoresRefreshResult;
import kr.maskportal.feed.replay.FeedRow;
import kr.maskportal.feed.replay.ReplayFeed;
import kr.maskportal.feed.replay.SalesDay;
import kr.maskportal.feed.replay.StoreInfo;
import kr.maskportal.openapi.FeedShape;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.seller.control.AddressLookup;
import kr.maskportal.seller.control.AddressLookup.AddressedPlace;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.GeoPoint;
import kr.maskportal.seller.control.PlaceReference;
import kr.maskportal.seller.control.SellerFileContents;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.merge.MergeSettings;
import kr.maskportal.stock.control.merge.ReportEvidence;
import kr.maskportal.stock.entity.StockBand;
import kr.maskportal.testing.NationalDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corrected feed over the national seller list as shipped and placed, with the replayed feed of 2020-03-11 at
 * 11:00 and a thousand pharmacists' reports: the portal's own client of the 2020 API reads every page of it without
 * a problem, and the addresses apps send resolve. How long judging the whole country takes is printed, not asserted
 * (the lead's benchmark measures the servlet).
 */
class CountryFeedTest {

    private static final Instant NOW = OneSeller.at("11:00");

    private static PlaceReference places;
    private static DirectorySnapshot directory;
    private static SellerIndex index;
    private static StockSnapshot snapshot;
    private static final Instant SOLD_OUT_AT = NOW.minusSeconds(120);
    private static final Map<String, List<ReportEvidence>> REPORTS = new HashMap<>();
    private static final Map<String, FeedEvidence> FEED = new HashMap<>();

    @BeforeAll
    static void judgeTheCountry() throws Exception {
        NationalDirectory national = NationalDirectory.load("countryFeed");
        places = national.places();
        directory = national.snapshot();
        SellerFileContents file = national.file();
        List<DirectorySeller> sellers = national.sellers();

        List<StoreInfo> stores = file.rows().stream().map(r -> new StoreInfo(r.code(), r.name(), r.address(), r.type(),
                r.location() == null ? null : r.location().latitude(),
                r.location() == null ? null : r.location().longitude())).toList();
        var replay = new ReplayFeed(SalesDay.simulate(stores, LocalDate.of(2020, 3, 11), 2020), Duration.ofMinutes(20));
        for (FeedRow row : replay.feedRowsAt(NOW)) {
            FEED.put(row.code(), new FeedEvidence(new FeedState(row.remainStat(), row.stockAt(), row.createdAt()),
                    row.createdAt() == null ? NOW : row.createdAt()));
        }
        for (int i = 0; i < sellers.size(); i += 25) {
            REPORTS.put(sellers.get(i).getCode(), List.of(
                    new ReportEvidence(ReportKind.QUEUE, 30, null, NOW.minusSeconds(300), 2L * i),
                    new ReportEvidence(ReportKind.SOLD_OUT, null, null, SOLD_OUT_AT, 2L * i + 1)));
        }

        long start = System.nanoTime();
        index = new SellerIndex(directory);
        long indexed = System.nanoTime();
        List<Long> judgings = new ArrayList<>();
        for (int round = 0; round < 7; round++) {
            long before = System.nanoTime();
            snapshot = StockSnapshot.judge(index, code -> Optional.ofNullable(FEED.get(code)),
                    code -> REPORTS.getOrDefault(code, List.of()), MergeSettings.DEFAULTS, NOW);
            judgings.add((System.nanoTime() - before) / 1_000_000);
        }
        System.out.printf("CountryFeedTest: %d sellers; store fields and grid built in %d ms; statuses judged in "
                        + "%s ms (first run cold, then warmer)%n", index.size(), (indexed - start) / 1_000_000,
                judgings);
    }

    @Test
    void thePortalsOwnClientOfThe2020ApiReadsEverySalesPageWithoutAProblem() {
        var parser = new FeedPageParser();
        var refresh = new FeedRefresh(FeedEndpoint.SALES);
        int perPage = 500;
        int pages = new PageWindow(1, perPage, snapshot.sellerCount()).totalPages();
        long start = System.nanoTime();
        for (int page = 1; page <= pages; page++) {
            String body = new String(snapshot.sales(new PageWindow(page, perPage, snapshot.sellerCount())),
                    StandardCharsets.UTF_8);
            refresh.add(page, parser.parse(FeedEndpoint.SALES, body, "application/json;charset=UTF-8"));
            if (page == 1 || page == pages) {
                FeedShape.assertShapeOf("sales", FeedShape.parse(body));
            }
        }
        System.out.printf("CountryFeedTest: %d sales pages of %d put together and parsed in %d ms%n", pages, perPage,
                (System.nanoTime() - start) / 1_000_000);
        SalesRefreshResult result = refresh.sales(directory.sellerCodes(), NOW, 0);
        assertTrue(result.accepted(), "refused: " + result.refusal());
        assertEquals(Map.of(), result.problems());
        assertEquals(directory.sellerCount(), result.observations().size(), "every seller once");
        assertEquals(pages, result.pages().arrivedPages());
        // sold out, unless the feed said "break" after the report: then selling has stopped, the safe side
        result.observations().stream().filter(o -> REPORTS.containsKey(o.code()))
                .forEach(o -> assertEquals(FEED.get(o.code()).state().band() == StockBand.BREAK
                        && !FEED.get(o.code()).evidenceAt().isBefore(SOLD_OUT_AT) ? StockBand.BREAK : StockBand.EMPTY,
                        o.band(), o.code() + " was reported sold out"));
    }

    @Test
    void thePortalsOwnClientOfThe2020ApiReadsEveryStorePageWithoutAProblem() {
        var parser = new FeedPageParser();
        var refresh = new FeedRefresh(FeedEndpoint.STORES);
        int perPage = 5_000;
        int pages = new PageWindow(1, perPage, snapshot.sellerCount()).totalPages();
        for (int page = 1; page <= pages + 1; page++) {
            String body = new String(snapshot.stores(new PageWindow(page, perPage, snapshot.sellerCount())),
                    StandardCharsets.UTF_8);
            refresh.add(page, parser.parse(FeedEndpoint.STORES, body, "application/json"));
        }
        StoresRefreshResult result = refresh.stores(0);
        assertTrue(result.accepted(), "refused: " + result.refusal());
        assertEquals(0, result.rejected(), "problems: " + result.problems());
        assertEquals(directory.sellerCount(), result.listings().size());
    }

    @Test
    void theAddressesAppsSendResolveToTheirDistrict() {
        var lookup = new AddressLookup(places);
        int mapo = directory.district("11440").orElseThrow().getSellers().size();
        for (String address : List.of("서울특별시 마포구", "서울 마포구", "서울시 마포구", "서울특별시  마포구 ", "마포구")) {
            AddressedPlace place = lookup.find(address).orElseThrow(() -> new AssertionError(address));
            assertEquals(List.of("11440"), place.districtCodes(), address);
            JsonObject answer = FeedShape.parse(new String(snapshot.storesByAddr(place, address), StandardCharsets.UTF_8));
            FeedShape.assertShapeOf("storesByAddr", answer);
            assertEquals(mapo, answer.getInt("count"), address);
        }
        AddressedPlace seogyo = lookup.find("서울시 마포구 서교동").orElseThrow();
        JsonObject answer = FeedShape.parse(new String(snapshot.storesByAddr(seogyo, "서울시 마포구 서교동"),
                StandardCharsets.UTF_8));
        int inSeogyo = answer.getInt("count");
        assertTrue(inSeogyo > 0 && inSeogyo < mapo, "서교동 is part of 마포구: " + inSeogyo + " of " + mapo);
        answer.getJsonArray("stores").getValuesAs(JsonObject.class)
                .forEach(store -> assertTrue(store.getString("addr").contains("서교동"), store.getString("addr")));
        assertEquals(4, lookup.find("경기도 수원시").orElseThrow().districtCodes().size(), "a city of four 구");
        assertTrue(lookup.find("중구").orElseThrow().districtCodes().size() > 3, "중구 of several cities");
        for (String notADistrict : List.of("서울특별시", "서울", "경기도", "서교동", "아무데나", "1234")) {
            assertFalse(lookup.find(notADistrict).isPresent(), notADistrict);
        }
    }

    @Test
    void storesByGeoInCentralSeoulIsNearestFirst() {
        JsonObject answer = FeedShape.parse(new String(snapshot.storesByGeo(37.5665, 126.978, 1_000),
                StandardCharsets.UTF_8));
        List<JsonObject> stores = FeedShape.assertShapeOf("storesByGeo", answer);
        assertTrue(stores.size() > 20, "central Seoul has many sellers within 1 km: " + stores.size());
        double last = 0;
        for (JsonObject store : stores) {
            double d = new GeoPoint(37.5665, 126.978).kilometresTo(new GeoPoint(
                    store.getJsonNumber("lat").doubleValue(), store.getJsonNumber("lng").doubleValue()));
            assertTrue(d <= 1.0 && d >= last, store.getString("code") + " at " + d);
            last = d;
        }
    }
}
