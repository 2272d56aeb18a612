package kr.maskportal.openapi.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.feed.control.PageWindow;
import kr.maskportal.openapi.FeedShape;
import kr.maskportal.seller.control.AddressLookup.AddressedPlace;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.District;
import kr.maskportal.seller.control.GeoPoint;
import kr.maskportal.seller.entity.SellerType;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.merge.MergeSettings;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.Test;

/** The four endpoints' bodies over a handful of sellers: the 2020 shapes, paging, and who is listed in what order. */
class StockSnapshotTest {

    private static final District JUNG = new District("11140", "11", "중구", "Jung-gu");
    private static final Instant NOW = OneSeller.at("10:50");
    private static final List<DirectorySeller> SELLERS = List.of(
            seller("11806923", "서교온누리약국", "서울특별시 마포구 양화로 45 (서교동)", "11440", 37.5553, 126.9206),
            seller("11100102", "시청앞약국", "서울특별시 중구 세종대로 110 (태평로1가)", "11140", 37.5663, 126.9779),
            seller("11800245", "마포우체국", "서울특별시 마포구 월드컵북로 3 (동교동)", "11440", 37.5567, 126.9234),
            seller("11801000", "가나다약국", "서울특별시 마포구 독막로 1 (서교동)", "11440", null, null),
            seller("19999999", "주소없는약국", "어딘가 1", null, 37.5664, 126.9780));
    private static final StockSnapshot SNAPSHOT = StockSnapshot.judge(
            new SellerIndex(DirectorySnapshot.build(List.of(OneSeller.SEOUL), List.of(OneSeller.MAPO, JUNG),
                    SELLERS, Instant.EPOCH)),
            code -> Optional.of(new FeedEvidence(new FeedState(StockBand.FEW, OneSeller.at("08:00"),
                    OneSeller.at("10:45")), OneSeller.at("10:45"))),
            code -> List.of(), MergeSettings.DEFAULTS, NOW);

    @Test
    void storesListsEverySellerInCodeOrderAPageAtATime() {
        JsonObject first = json(SNAPSHOT.stores(new PageWindow(1, 2, SNAPSHOT.sellerCount())));
        FeedShape.assertShapeOf("stores", first);
        assertEquals(Map.of("totalPages", 3, "totalCount", 5, "page", 1, "count", 2), paging(first));
        assertEquals(List.of("11100102", "11800245"), codes(first, "storeInfos"));
        JsonObject last = json(SNAPSHOT.stores(new PageWindow(3, 2, SNAPSHOT.sellerCount())));
        assertEquals(List.of("19999999"), codes(last, "storeInfos"), "the unplaced seller too");
        assertEquals(1, last.getInt("count"));
    }

    @Test
    void aPagePastTheEndIsEmptyWithTheRealTotals() {
        JsonObject past = json(SNAPSHOT.sales(new PageWindow(4, 2, SNAPSHOT.sellerCount())));
        FeedShape.assertShapeOf("sales", past);
        assertEquals(Map.of("totalPages", 3, "totalCount", 5, "page", 4, "count", 0), paging(past));
        assertEquals(List.of(), codes(past, "sales"));
        JsonObject far = json(SNAPSHOT.sales(new PageWindow(Integer.MAX_VALUE, 5_000, SNAPSHOT.sellerCount())));
        assertEquals(0, far.getInt("count"));
        assertEquals(1, far.getInt("totalPages"));
    }

    @Test
    void salesPagesTogetherListEverySellerOnce() {
        JsonObject all = json(SNAPSHOT.sales(new PageWindow(1, 5_000, SNAPSHOT.sellerCount())));
        FeedShape.assertShapeOf("sales", all);
        assertEquals(List.of("11100102", "11800245", "11801000", "11806923", "19999999"), codes(all, "sales"));
        assertEquals(1, all.getInt("totalPages"));
    }

    @Test
    void storesByAddrListsADistrictInTheDirectorysOrderNarrowedByTheRestOfTheAddress() {
        JsonObject mapo = json(SNAPSHOT.storesByAddr(new AddressedPlace(List.of("11440"), List.of()), "서울 마포구"));
        FeedShape.assertShapeOf("storesByAddr", mapo);
        assertEquals("서울 마포구", mapo.getString("address"));
        assertEquals(List.of("11801000", "11800245", "11806923"), codes(mapo, "stores"), "가나다, 마포, 서교");
        JsonObject seogyo = json(SNAPSHOT.storesByAddr(new AddressedPlace(List.of("11440"), List.of("서교동")),
                "서울시 마포구 서교동"));
        assertEquals(List.of("11801000", "11806923"), codes(seogyo, "stores"));
        assertEquals(2, seogyo.getInt("count"));
        JsonObject both = json(SNAPSHOT.storesByAddr(new AddressedPlace(List.of("11140", "11440"), List.of()), "x"));
        assertEquals(List.of("11100102", "11801000", "11800245", "11806923"), codes(both, "stores"),
                "districts in code order");
    }

    @Test
    void storesByGeoListsNearestFirstOnlySellersWithCoordinates() {
        JsonObject near = json(SNAPSHOT.storesByGeo(37.5665, 126.978, 1_000));
        FeedShape.assertShapeOf("storesByGeo", near);
        assertEquals(List.of("19999999", "11100102"), codes(near, "stores"));
        JsonObject wide = json(SNAPSHOT.storesByGeo(37.5665, 126.978, 10_000));
        assertEquals(List.of("19999999", "11100102", "11800245", "11806923"), codes(wide, "stores"),
                "the seller without coordinates is never found");
        assertEquals("few", wide.getJsonArray("stores").getJsonObject(0).getString("remain_stat"));
    }

    private static DirectorySeller seller(String code, String name, String address, String district, Double lat,
            Double lng) {
        return new DirectorySeller(code, name, SellerType.PHARMACY, address, district,
                lat == null ? null : new GeoPoint(lat, lng));
    }

    private static JsonObject json(byte[] body) {
        return FeedShape.parse(new String(body, StandardCharsets.UTF_8));
    }

    private static Map<String, Integer> paging(JsonObject page) {
        return Map.of("totalPages", page.getInt("totalPages"), "totalCount", page.getInt("totalCount"),
                "page", page.getInt("page"), "count", page.getInt("count"));
    }

    private static List<String> codes(JsonObject body, String list) {
        return body.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(o -> o.getString("code")).toList();
    }
}
