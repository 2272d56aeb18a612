package kr.maskportal.feed.replay;

import static kr.maskportal.feed.replay.ReplayFixtures.WEDNESDAY;
import static kr.maskportal.feed.replay.ReplayFixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import kr.maskportal.feed.control.FeedTime;
import kr.maskportal.seller.entity.SellerType;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.Test;

class FeedApiJsonTest {

    private static final List<String> PAGED_FIELDS = List.of("totalPages", "totalCount", "page", "count");
    private static final List<String> STORE_FIELDS = List.of("code", "name", "addr", "type", "lat", "lng");
    private static final List<String> SALE_FIELDS = List.of("stock_at", "remain_stat", "created_at");
    private static final Pattern FEED_TIME = Pattern.compile("2020/03/11 \\d{2}:\\d{2}:\\d{2}");

    private static final List<StoreInfo> FEW_STORES = List.of(
            new StoreInfo("11111111", "시청약국", "서울특별시 마포구 월드컵로 1", SellerType.PHARMACY, 37.5663, 126.9019),
            new StoreInfo("22222222", "공덕약국", "서울특별시  마포구 마포대로 2", SellerType.PHARMACY, 37.5443, 126.9515),
            new StoreInfo("3333333333", "고령쌍림우체국", "경북 고령군 쌍림면 대가야로 608", SellerType.POST_OFFICE,
                    35.6791963, 128.2422529),
            new StoreInfo("4444444444", "하나로마트", null, SellerType.NONGHYUP_MART, null, null),
            new StoreInfo("55555555", "서울시약국", "서울시 마포구 3", SellerType.PHARMACY, 37.5600, 126.9100));

    private final FeedApiJson few = new FeedApiJson(
            new ReplayFeed(SalesDay.simulate(FEW_STORES, WEDNESDAY, 7), Duration.ofMinutes(20)));

    @Test
    void storesHaveExactlyThe2020Fields() {
        JsonObject page = reparsed(few.stores(1, 2));
        assertEquals(fields(PAGED_FIELDS, "storeInfos"), List.copyOf(page.keySet()));
        assertEquals(3, page.getInt("totalPages"));
        assertEquals(5, page.getInt("totalCount"));
        assertEquals(1, page.getInt("page"));
        assertEquals(2, page.getInt("count"));
        JsonObject first = page.getJsonArray("storeInfos").getJsonObject(0);
        assertEquals(STORE_FIELDS, List.copyOf(first.keySet()));
        assertEquals("11111111", first.getString("code"));
        assertEquals("시청약국", first.getString("name"));
        assertEquals("서울특별시 마포구 월드컵로 1", first.getString("addr"));
        assertEquals("01", first.getString("type"));
        assertEquals(37.5663, first.getJsonNumber("lat").doubleValue());
        assertEquals(126.9019, first.getJsonNumber("lng").doubleValue());

        JsonObject mart = reparsed(few.stores(2, 3)).getJsonArray("storeInfos").getJsonObject(0);
        assertEquals("03", mart.getString("type"));
        assertEquals(JsonValue.NULL, mart.get("addr"));
        assertEquals(JsonValue.NULL, mart.get("lat"));
        assertEquals(JsonValue.NULL, mart.get("lng"));
    }

    @Test
    void salesHaveExactlyThe2020FieldsAndKoreanTimes() {
        Instant evening = at(WEDNESDAY, 18, 0);
        JsonObject page = reparsed(few.sales(evening, 1, 10));
        assertEquals(fields(PAGED_FIELDS, "sales"), List.copyOf(page.keySet()));
        assertEquals(5, page.getInt("count"));
        for (JsonValue value : page.getJsonArray("sales")) {
            JsonObject sale = value.asJsonObject();
            assertEquals(fields(List.of("code"), SALE_FIELDS.toArray(String[]::new)), List.copyOf(sale.keySet()));
            assertTrue(FEED_TIME.matcher(sale.getString("created_at")).matches(), sale.toString());
            if (!sale.isNull("stock_at")) {
                assertTrue(FEED_TIME.matcher(sale.getString("stock_at")).matches(), sale.toString());
            }
        }
    }

    @Test
    void beforeAnyDeliveryStockAndBandAreNull() {
        JsonObject sale = reparsed(few.sales(at(WEDNESDAY, 7, 0), 1, 1)).getJsonArray("sales").getJsonObject(0);
        assertEquals("11111111", sale.getString("code"));
        assertEquals(JsonValue.NULL, sale.get("stock_at"));
        assertEquals(JsonValue.NULL, sale.get("remain_stat"));
        assertEquals("2020/03/11 00:00:00", sale.getString("created_at"));
    }

    @Test
    void aSaleRowCarriesTheDeliveryTimeAndTheBandByName() {
        SalesDay day = SalesDay.simulate(FEW_STORES, WEDNESDAY, 7);
        var feedJson = new FeedApiJson(new ReplayFeed(day, Duration.ZERO));
        Delivery delivery = day.delivery("11111111").orElseThrow();
        JsonObject sale = reparsed(feedJson.sales(delivery.at(), 1, 1)).getJsonArray("sales").getJsonObject(0);
        assertEquals(FeedTime.format(delivery.at()), sale.getString("stock_at"));
        assertEquals(FeedTime.format(delivery.at()), sale.getString("created_at"));
        assertEquals(StockBand.forCount(delivery.quantity()).feedCode(), sale.getString("remain_stat"));
    }

    @Test
    void storesByAddrMatchesTheAddressTextWithStock() {
        JsonObject found = reparsed(few.storesByAddr("서울특별시 마포구", at(WEDNESDAY, 12, 0)));
        assertEquals(List.of("address", "count", "stores"), List.copyOf(found.keySet()));
        assertEquals("서울특별시 마포구", found.getString("address"));
        assertEquals(2, found.getInt("count"), "the doubled space still matches; 서울시 does not");
        JsonObject store = found.getJsonArray("stores").getJsonObject(0);
        assertEquals(fields(STORE_FIELDS, SALE_FIELDS.toArray(String[]::new)), List.copyOf(store.keySet()));
        assertEquals(0, reparsed(few.storesByAddr("부산광역시", at(WEDNESDAY, 12, 0))).getInt("count"));
        assertThrows(IllegalArgumentException.class, () -> few.storesByAddr(" ", at(WEDNESDAY, 12, 0)));
    }

    @Test
    void storesByGeoListsTheNearestFirstAndSkipsSellersWithoutCoordinates() {
        JsonObject found = reparsed(few.storesByGeo(37.5663, 126.9019, 6_000, at(WEDNESDAY, 12, 0)));
        assertEquals(List.of("count", "stores"), List.copyOf(found.keySet()));
        assertEquals(3, found.getInt("count"));
        assertEquals("11111111", found.getJsonArray("stores").getJsonObject(0).getString("code"));
        assertEquals("55555555", found.getJsonArray("stores").getJsonObject(1).getString("code"));
        assertEquals(fields(STORE_FIELDS, SALE_FIELDS.toArray(String[]::new)),
                List.copyOf(found.getJsonArray("stores").getJsonObject(0).keySet()));
    }

    @Test
    void pagingWalksTheNationAndPastTheEnd() {
        var national = new FeedApiJson(new ReplayFeed(
                SalesDay.simulate(ReplayFixtures.nationalList(), WEDNESDAY, 1), Duration.ofMinutes(20)));
        Instant noon = at(WEDNESDAY, 12, 0);

        JsonObject last = national.sales(noon, 51, 500);
        assertEquals(51, last.getInt("totalPages"));
        assertEquals(25_439, last.getInt("totalCount"));
        assertEquals(439, last.getInt("count"));
        assertEquals(439, last.getJsonArray("sales").size());

        for (JsonObject past : List.of(national.sales(noon, 52, 500), national.stores(1_000, 500))) {
            assertEquals(51, past.getInt("totalPages"));
            assertEquals(25_439, past.getInt("totalCount"));
            assertEquals(0, past.getInt("count"));
        }
        assertEquals(1_000, national.stores(1_000, 500).getInt("page"));
        assertTrue(national.stores(1_000, 500).getJsonArray("storeInfos").isEmpty());
        assertTrue(national.sales(noon, 52, 500).getJsonArray("sales").isEmpty());
        assertEquals(1, national.stores(1, 100_000).getInt("totalPages"));

        assertThrows(IllegalArgumentException.class, () -> national.stores(0, 500));
        assertThrows(IllegalArgumentException.class, () -> national.sales(noon, 1, 0));
    }

    @Test
    void anEmptyListHasNoPages() {
        var none = new FeedApiJson(new ReplayFeed(SalesDay.simulate(List.of(), WEDNESDAY, 1), Duration.ZERO));
        JsonObject page = none.stores(1, 500);
        assertEquals(0, page.getInt("totalPages"));
        assertEquals(0, page.getInt("count"));
    }

    /** Goes through the text, as a client would, so what is checked is what goes on the wire. */
    private static JsonObject reparsed(JsonObject object) {
        try (var reader = Json.createReader(new StringReader(object.toString()))) {
            return reader.readObject();
        }
    }

    private static List<String> fields(List<String> first, String... more) {
        var all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
