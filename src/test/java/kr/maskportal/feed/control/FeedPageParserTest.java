package kr.maskportal.feed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedPageParserTest {

    private final FeedPageParser parser = new FeedPageParser();

    private FeedPage page(FeedEndpoint endpoint, String body) {
        return assertInstanceOf(FeedPage.class, parser.parse(endpoint, body));
    }

    @Test
    void readsASalesPageAsTheFeedServedIt() {
        FeedPage page = page(FeedEndpoint.SALES, """
                {"totalPages":51,"totalCount":25439,"page":2,"count":2,"sales":[
                 {"code":"11817488","created_at":"2020/03/11 09:45:00","remain_stat":"plenty","stock_at":"2020/03/11 08:00:00"},
                 {"code":"12836203","created_at":"2020/03/11 09:46:00","remain_stat":null,"stock_at":null}]}
                """);

        assertEquals(2, page.page());
        assertEquals(51, page.totalPages());
        assertEquals(25439, page.totalCount());
        assertEquals(2, page.count());
        assertNull(page.address());
        assertEquals(List.of(
                FeedRecord.sale("11817488", "2020/03/11 08:00:00", "plenty", "2020/03/11 09:45:00"),
                FeedRecord.sale("12836203", null, null, "2020/03/11 09:46:00")), page.records());
    }

    @Test
    void readsAStoresPageKeepingLeadingZerosOfStringCodes() {
        FeedPage page = page(FeedEndpoint.STORES, """
                {"totalPages":1,"totalCount":1,"page":1,"count":1,"storeInfos":[
                 {"addr":"서울특별시 중구 세종대로 110","code":"01234567","lat":37.5665,"lng":126.978,"name":"시청약국","type":"01"}]}
                """);

        assertEquals(List.of(FeedRecord.store("01234567", "시청약국", "서울특별시 중구 세종대로 110", "01",
                "37.5665", "126.978")), page.records());
    }

    @Test
    void readsStoresByAddrWithItsAddressAndBothHalvesOfEachRecord() {
        FeedPage page = page(FeedEndpoint.STORES_BY_ADDR, """
                {"address":"서울특별시 마포구","count":1,"stores":[
                 {"addr":"서울특별시 마포구 월드컵로 1","code":"11111111","created_at":"2020/03/11 09:45:00",
                  "lat":37.55,"lng":126.91,"name":"망원약국","remain_stat":"few","stock_at":"2020/03/11 08:00:00","type":"01"}]}
                """);

        assertEquals("서울특별시 마포구", page.address());
        assertEquals(1, page.count());
        assertNull(page.page());
        assertNull(page.totalPages());
        assertEquals(List.of(new FeedRecord("11111111", "망원약국", "서울특별시 마포구 월드컵로 1", "01", "37.55",
                "126.91", "2020/03/11 08:00:00", "few", "2020/03/11 09:45:00")), page.records());
    }

    @Test
    void storesByGeoHasTheSameShapeWithoutAddress() {
        FeedPage page = page(FeedEndpoint.STORES_BY_GEO, """
                {"count":0,"stores":[]}
                """);
        assertNull(page.address());
        assertEquals(List.of(), page.records());
    }

    @Test
    void numbersMayComeAsStringsAndCodesAsNumbers() {
        FeedPage page = page(FeedEndpoint.STORES, """
                {"totalPages":"51","totalCount":" 25439 ","page":"3","count":"2","storeInfos":[
                 {"code":12345678,"name":"약국","addr":"주소","type":1,"lat":"37.5","lng":"127.0"},
                 {"code":1.2345679E7,"name":"약국","addr":"주소","type":"1","lat":3.75E1,"lng":127}]}
                """);

        assertEquals(3, page.page());
        assertEquals(51, page.totalPages());
        assertEquals(25439, page.totalCount());
        assertEquals(2, page.count());
        assertEquals(FeedRecord.store("12345678", "약국", "주소", "1", "37.5", "127.0"), page.records().get(0));
        assertEquals("12345679", page.records().get(1).code(), "an exponent still means these digits");
        assertEquals("1", page.records().get(1).type());
        assertEquals(37.5, Double.parseDouble(page.records().get(1).latitude()));
        assertEquals("127", page.records().get(1).longitude());
    }

    @Test
    void anyFieldMayBeNullAbsentBlankOrOfAnotherKind() {
        FeedPage page = page(FeedEndpoint.SALES, """
                {"totalPages":null,"page":"two","count":1.5,"sales":[
                 {},
                 {"code":null,"stock_at":"","remain_stat":"  ","created_at":true},
                 {"code":{"nested":1},"stock_at":[1],"remain_stat":false},
                 null,
                 "12345678",
                 {"code":"  12345678  ","remain_stat":" some "}]}
                """);

        assertNull(page.page());
        assertNull(page.totalPages());
        assertNull(page.totalCount());
        assertNull(page.count());
        FeedRecord nothing = new FeedRecord(null, null, null, null, null, null, null, null, null);
        assertEquals(List.of(nothing, nothing, nothing, nothing, nothing,
                FeedRecord.sale("12345678", null, "some", null)), page.records());
    }

    @Test
    void aNullListIsAnEmptyPage() {
        assertEquals(List.of(), page(FeedEndpoint.SALES, "{\"totalPages\":1,\"page\":1,\"sales\":null}").records());
    }

    @Test
    void pageNumbersThatAreNoWholeIntAreLeftOut() {
        FeedPage page = page(FeedEndpoint.SALES, "{\"page\":1e20,\"totalPages\":-0.5,\"count\":500.0,\"sales\":[]}");
        assertNull(page.page());
        assertNull(page.totalPages());
        assertEquals(500, page.count(), "500.0 is still 500");
    }

    @Test
    void byteOrderMarkAndEscapesAreRead() {
        FeedPage page = page(FeedEndpoint.SALES,
                "\uFEFF {\"sales\":[{\"code\":\"1234\\u0035678\",\"remain_stat\":\"empty\"}]}");
        assertEquals("12345678", page.records().get(0).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head><body></body></html>",
            "<html><body><h1>Internal Server Error</h1></body></html>",
            "<?xml version=\"1.0\"?><OpenAPI_ServiceResponse><cmmMsgHeader/></OpenAPI_ServiceResponse>",
            "Service Unavailable",
            "",
            "   \n\t ",
            "\"just a string\"",
            "12345",
            "null"})
    void aBodyThatIsNotJsonFailsThePage(String body) {
        assertEquals(PageFailure.NOT_JSON, parser.parse(FeedEndpoint.SALES, body));
    }

    @Test
    void aNullBodyIsNotJson() {
        assertEquals(PageFailure.NOT_JSON, parser.parse(FeedEndpoint.SALES, null, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            text/html                       | NOT_JSON
            text/html; charset=UTF-8        | NOT_JSON
            TEXT/HTML                       | NOT_JSON
            application/xhtml+xml           | NOT_JSON
            text/xml;charset=UTF-8          | NOT_JSON
            application/json;charset=UTF-8  | PAGE
            text/plain                      | PAGE
            ''                              | PAGE
            """)
    void anHtmlOrXmlContentTypeFailsThePageWhateverTheBody(String contentType, String expected) {
        FeedPageResult result = parser.parse(FeedEndpoint.SALES, "{\"sales\":[]}", contentType);
        if (expected.equals("PAGE")) {
            assertInstanceOf(FeedPage.class, result);
        } else {
            assertEquals(PageFailure.valueOf(expected), result);
        }
    }

    @Test
    void everyCutOffPrefixOfAPageIsTruncated() {
        String body = FeedPages.salesPage(1, 1, 2, List.of(
                FeedPages.sale("11817488", "2020/03/11 08:00:00", "plenty", "2020/03/11 09:45:00"),
                "{\"code\":12345678,\"stock_at\":null,\"remain_stat\":\"few\",\"created_at\":\"2020/03/11 09:4\\u0035:00\","
                        + "\"lat\":-37.5e+1,\"ok\":true,\"no\":false}"));
        assertInstanceOf(FeedPage.class, parser.parse(FeedEndpoint.SALES, body));

        for (int end = 1; end < body.length(); end++) {
            assertEquals(PageFailure.TRUNCATED_JSON, parser.parse(FeedEndpoint.SALES, body.substring(0, end)),
                    "cut after " + end + " chars: " + body.substring(0, end));
        }
    }

    @Test
    void aLongPageCutOffIsTruncatedToo() {
        String body = FeedPages.salesPage(1, 1, 500, java.util.Collections.nCopies(500,
                FeedPages.sale("11817488", "2020/03/11 08:00:00", "plenty", "2020/03/11 09:45:00")));
        assertEquals(PageFailure.TRUNCATED_JSON,
                parser.parse(FeedEndpoint.SALES, body.substring(0, body.length() / 2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"sales\":[{\"code\":\"1\"},x]}",
            "{\"sales\":[]}}",
            "{\"sales\":[]} <html></html>",
            "{\"sales\":[{\"code\":\"1\" \"remain_stat\":\"few\"}]}",
            "{'sales':[]}",
            "[1,,2]",
            "{\"page\":1e9999999999,\"sales\":[]}"})
    void badSyntaxBeforeTheEndIsMalformed(String body) {
        assertEquals(PageFailure.MALFORMED_JSON, parser.parse(FeedEndpoint.SALES, body));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[]",
            "[{\"code\":\"11817488\"}]",
            "{}",
            "{\"resultCode\":\"99\",\"resultMsg\":\"LIMITED NUMBER OF SERVICE REQUESTS EXCEEDS ERROR\"}",
            "{\"sales\":{}}",
            "{\"sales\":\"none\"}",
            "{\"storeInfos\":[]}"})
    void validJsonOfAnotherShapeIsTheWrongShape(String body) {
        assertEquals(PageFailure.WRONG_SHAPE, parser.parse(FeedEndpoint.SALES, body));
    }

    @Test
    void eachEndpointLooksForItsOwnList() {
        String stores = "{\"storeInfos\":[]}";
        assertInstanceOf(FeedPage.class, parser.parse(FeedEndpoint.STORES, stores));
        assertEquals(PageFailure.WRONG_SHAPE, parser.parse(FeedEndpoint.STORES_BY_ADDR, stores));
        assertInstanceOf(FeedPage.class, parser.parse(FeedEndpoint.STORES_BY_ADDR, "{\"stores\":[]}"));
        assertNotEquals(PageFailure.WRONG_SHAPE, parser.parse(FeedEndpoint.STORES_BY_GEO, "{\"stores\":[]}"));
    }

    @Test
    void nestingBeyondTheParsersLimitIsMalformed() {
        assertEquals(PageFailure.MALFORMED_JSON,
                parser.parse(FeedEndpoint.SALES, "{\"sales\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
    }

    /** Whatever the damage, the answer is a page or a failure, never an exception. */
    @Test
    void randomlyDamagedPagesNeverThrow() {
        String records = String.join(",",
                FeedPages.sale("11817488", "2020/03/11 08:00:00", "plenty", "2020/03/11 09:45:00"),
                FeedPages.store("01234567", "시청 약국", "서울 중구 1", "01", 37.5, 127.0),
                "{\"code\":1.2e7,\"remain_stat\":null,\"lat\":[1,{\"x\":\"\\u00e9\"}],\"ok\":true}");
        String body = "{\"totalPages\":2,\"page\":1,\"sales\":[" + records + "],\"storeInfos\":[" + records + "]}";
        assertInstanceOf(FeedPage.class, parser.parse(FeedEndpoint.STORES, body));
        String alphabet = "{}[]\",:\\ 0123456789.eE+-truefalsnul\u00A0\uFEFF가<>";
        java.util.Random random = new java.util.Random(20200311);
        for (int round = 0; round < 5000; round++) {
            StringBuilder damaged = new StringBuilder(body);
            for (int edit = 1 + random.nextInt(3); edit > 0 && damaged.length() > 0; edit--) {
                int at = random.nextInt(damaged.length());
                switch (random.nextInt(3)) {
                    case 0 -> damaged.deleteCharAt(at);
                    case 1 -> damaged.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> damaged.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            for (FeedEndpoint endpoint : FeedEndpoint.values()) {
                assertInstanceOf(FeedPageResult.class, parser.parse(endpoint, damaged.toString()));
            }
            // and whatever a damaged page still held, checking it throws nothing either
            FeedRefresh sales = new FeedRefresh(FeedEndpoint.SALES);
            sales.add(1, parser.parse(FeedEndpoint.SALES, damaged.toString()));
            sales.sales(java.util.Set.of("11817488", "01234567"), java.time.Instant.EPOCH, 3);
            FeedRefresh stores = new FeedRefresh(FeedEndpoint.STORES);
            stores.add(1, parser.parse(FeedEndpoint.STORES, damaged.toString()));
            stores.stores(3);
        }
    }
}
