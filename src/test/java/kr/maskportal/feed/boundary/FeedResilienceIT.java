package kr.maskportal.feed.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.maskportal.testing.Await;
import kr.maskportal.testing.FakeFeed;
import kr.maskportal.testing.PortalHttp;
import kr.maskportal.testing.StaffBrowser;
import kr.maskportal.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR on Payara Micro and MariaDB, polling a feed these tests serve and then turn hostile. Whatever the
 * feed does, residents get the last good data with its age: never a blank page, never a 5xx.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedResilienceIT {

    private static final Duration A_FEW_POLLS = Duration.ofSeconds(60);
    private static final Pattern BAND_CELL = Pattern.compile("class=\"status status-(plenty|some|few|empty|break)\"");
    private static final String MAPO = "district/11440";

    /** Up before the deployment starts polling it. */
    private static final FakeFeed FEED = FakeFeed.startForTheClass();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }


    @AfterAll
    static void stopFeed() {
        FEED.close();
    }

    @Test
    @Order(1)
    void anHonestFeedShowsEachSellersBandWithItsAgeAndStoresOnlyChanges() throws Exception {
        FEED.mode(FakeFeed.Mode.HONEST);
        String page = Await.until(A_FEW_POLLS, () -> get(MAPO).body(), p -> bandCells(p) > 20);
        assertTrue(page.matches("(?s).*<span class=\"age\">공공 정보 · (방금|\\d+분 전)</span>.*"),
                "the source and the age of the data are shown");
        assertTrue(Pattern.compile("<span class=\"delivery\"><time datetime=\"2020-03-11T\\d\\d:\\d\\d\\+09:00\">"
                + "오늘 \\d\\d:\\d\\d 입고</time></span>").matcher(page).find(), "this morning's delivery time, Korea time");

        long acceptedBefore = acceptedSalesRefreshes();
        long historyBefore = count("SELECT COUNT(*) FROM feed_history");
        Await.until(A_FEW_POLLS, FeedResilienceIT::acceptedSalesRefreshes, n -> n >= acceptedBefore + 3);
        long added = count("SELECT COUNT(*) FROM feed_history") - historyBefore;
        assertTrue(added < 2_000, "three polls of 25,439 sellers stored only the changes, not every row: " + added);

        HttpResponse<String> ready = PortalHttp.get(URI.create(base.toExternalForm()).resolve("/health/ready"));
        assertEquals(200, ready.statusCode(), ready.body());
    }

    @Test
    @Order(2)
    void htmlInsteadOfJsonIsRefusedAndTheLastGoodDataStays() throws Exception {
        assertHostileFeedLeavesPageIntact(FakeFeed.Mode.HTML_ERROR_PAGE, "BAD_PAGE_NOT_JSON");
    }

    @Test
    @Order(3)
    void truncatedJsonIsRefusedAndTheLastGoodDataStays() throws Exception {
        assertHostileFeedLeavesPageIntact(FakeFeed.Mode.TRUNCATED_JSON, "BAD_PAGE_TRUNCATED_JSON");
    }

    @Test
    @Order(4)
    void aFeedThatAnswersErrorsIsRefusedAndTheLastGoodDataStays() throws Exception {
        assertHostileFeedLeavesPageIntact(FakeFeed.Mode.SERVER_ERROR, "BAD_PAGE_FETCH_FAILED");
    }

    @Test
    @Order(5)
    void aHangingFeedNeverSlowsTheResidentsPages() throws Exception {
        FEED.mode(FakeFeed.Mode.HANGING);
        Instant until = Instant.now().plusSeconds(12);
        while (Instant.now().isBefore(until)) {
            long started = System.nanoTime();
            HttpResponse<String> response = get(MAPO);
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, response.statusCode());
            assertTrue(bandCells(response.body()) > 20, "still the last good data");
            assertTrue(millis < 2_000, "a page took " + millis + " ms while the feed hung");
            Thread.sleep(300);
        }
        FEED.mode(FakeFeed.Mode.HONEST);
    }

    @Test
    @Order(6)
    void badRecordsAreSkippedWithACountedReasonAndGoodOnesApplied() throws Exception {
        FEED.mode(FakeFeed.Mode.HONEST);
        FEED.tamperWithSales(json -> !json.contains("\"page\":1,") ? json : plantBadRecords(json));
        String reasons = Await.until(A_FEW_POLLS, FeedResilienceIT::latestSalesRefresh,
                r -> r.startsWith("ACCEPTED") && r.contains("UNKNOWN_SELLER") && r.contains("UNKNOWN_REMAIN_STAT")
                        && r.contains("MALFORMED_TIME") && r.contains("FUTURE_TIME") && r.contains("DUPLICATE_CODE")
                        && r.contains("MISSING_CODE"));
        assertTrue(reasons.startsWith("ACCEPTED"), "a few bad records do not refuse the refresh: " + reasons);
        String metrics = PortalHttp.get(URI.create(base.toExternalForm()).resolve("/metrics")).body();
        assertTrue(metrics.contains("reason=\"UNKNOWN_SELLER\""), "rejections by reason are metrics too");

        var administrator = new StaffBrowser(URI.create(base.toExternalForm()));
        administrator.signIn("admin", System.getenv("PORTAL_ADMIN_PASSWORD"));
        HttpResponse<String> feedPage = administrator.get("admin/feed");
        assertEquals(200, feedPage.statusCode());
        for (String reason : new String[] {"모르는 판매처 코드", "알 수 없는 재고 상태 (remain_stat)", "읽을 수 없는 시각",
                "미래의 시각", "한 번의 갱신에서 겹친 판매처 코드", "판매처 코드 없음"}) {
            assertTrue(feedPage.body().contains(reason), "administrators see the count for: " + reason);
        }
        FEED.tamperWithSales(json -> json);
    }

    @Test
    @Order(7)
    void anEmptyPageInTheMiddleIsCountedAndTheOtherPagesApplied() throws Exception {
        FEED.mode(FakeFeed.Mode.EMPTY_MIDDLE_PAGE);
        Await.until(A_FEW_POLLS, FeedResilienceIT::latestSalesRefresh,
                r -> r.startsWith("ACCEPTED") && r.contains("EMPTY_PAGE"));
        FEED.mode(FakeFeed.Mode.HONEST);
    }

    @Test
    @Order(8)
    void aRefreshThatWouldBlankTheCountryIsRefusedAsAWhole() throws Exception {
        assertHostileFeedLeavesPageIntact(FakeFeed.Mode.NULL_STOCK, "TOO_FEW_SELLERS");
    }

    @Test
    @Order(9)
    void aNewSellerInTheStoreListIsAddedToItsDistrictAndAMissingOneMarkedNotDeleted() throws Exception {
        FEED.mode(FakeFeed.Mode.HONEST);
        String gone = firstStoreOfPageOne();
        FEED.tamperWithStores(json -> !json.contains("\"page\":1,") ? json : json
                .replaceFirst("\\{\"code\":\"" + gone + "\"[^{}]*},", "")
                .replace("\"storeInfos\":[", "\"storeInfos\":[" + NEW_STORE + ","));
        String added = Await.until(A_FEW_POLLS, () -> sellerRow(NEW_CODE), row -> !row.isEmpty());
        assertEquals("11440 ADDRESS", added, "placed in 마포구 by its address, as the seller list's sellers are");
        Await.until(A_FEW_POLLS, () -> sellerRow(gone), row -> row.endsWith("vanished"));
        assertEquals(1, count("SELECT COUNT(*) FROM seller WHERE code = '" + gone + "'"), "marked, not deleted");
        String page = Await.until(A_FEW_POLLS, () -> get(MAPO).body(), p -> p.contains("&lt;새&gt;마포마스크약국"));
        assertTrue(page.contains("서울특별시 마포구 월드컵로 999"), "the new seller is listed with its address");
        FEED.tamperWithStores(json -> json);
    }

    private static final String NEW_CODE = "99999901";
    private static final String NEW_STORE = "{\"code\":\"" + NEW_CODE + "\",\"name\":\"<새>마포마스크약국\","
            + "\"addr\":\"서울특별시 마포구 월드컵로 999\",\"type\":\"01\",\"lat\":37.556,\"lng\":126.91}";

    /** The store list as the tests found it: the added seller removed, the dropped one listed again. */
    @AfterAll
    static void restoreStoreList() throws SQLException {
        try (var db = TestDatabase.connect(); var statement = db.createStatement()) {
            statement.executeUpdate("DELETE FROM feed_history WHERE seller_code = '" + NEW_CODE + "'");
            statement.executeUpdate("DELETE FROM seller WHERE code = '" + NEW_CODE + "'");
            statement.executeUpdate("UPDATE seller SET vanished_at = NULL");
        }
    }

    private static String firstStoreOfPageOne() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + Integer.getInteger("portal.test.feed.port", 18089)
                        + "/feed/stores/json?page=1&perPage=500")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        Matcher code = Pattern.compile("\"code\":\"(\\d+)\"").matcher(response.body());
        assertTrue(code.find());
        return code.group(1);
    }

    private static String sellerRow(String code) throws SQLException {
        try (var db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT district_code, placed_by, vanished_at FROM seller WHERE code = '" + code + "'")) {
            return rs.next() ? rs.getString(1) + " " + rs.getString(2) + (rs.getString(3) == null ? "" : " vanished") : "";
        }
    }

    private void assertHostileFeedLeavesPageIntact(FakeFeed.Mode mode, String expectedInLog) throws Exception {
        FEED.mode(FakeFeed.Mode.HONEST);
        int before = Await.until(A_FEW_POLLS, () -> bandCells(get(MAPO).body()), n -> n > 20);
        FEED.mode(mode);
        Await.until(A_FEW_POLLS, FeedResilienceIT::latestSalesRefresh,
                r -> !r.startsWith("ACCEPTED") && r.contains(expectedInLog));
        HttpResponse<String> during = Await.until(A_FEW_POLLS, () -> get(MAPO),
                r -> r.body().contains("<div class=\"notice\" role=\"status\">"));
        assertEquals(200, during.statusCode());
        assertTrue(during.body().contains("새로 받지 못하고 있습니다"), "residents are told the feed is not answering");
        assertTrue(bandCells(during.body()) >= before * 9 / 10,
                "the last good data stays: " + bandCells(during.body()) + " of " + before);
        FEED.mode(FakeFeed.Mode.HONEST);
        Await.until(A_FEW_POLLS, () -> get(MAPO).body(), p -> !p.contains("class=\"notice\""));
    }

    /** The first six records of page 1 made bad, one way each; the rest of the page stays good. */
    private static String plantBadRecords(String json) {
        Matcher records = Pattern.compile("\\{\"code\":\"\\d+\"[^{}]*}").matcher(json);
        String[] first = new String[6];
        for (int i = 0; i < first.length && records.find(); i++) {
            first[i] = records.group();
        }
        return json
                .replace(first[0], first[0].replaceFirst("\"code\":\"\\d+\"", "\"code\":\"99999999\""))
                .replace(first[1], first[1].replaceFirst("\"remain_stat\":(\"[a-z]+\"|null)", "\"remain_stat\":\"lots\""))
                .replace(first[2], first[2].replaceFirst("\"stock_at\":(\"[^\"]*\"|null)", "\"stock_at\":\"2020/13/45 99:99:99\""))
                .replace(first[3], first[3].replaceFirst("\"created_at\":(\"[^\"]*\"|null)", "\"created_at\":\"2020/03/12 23:00:00\""))
                .replace(first[4], first[4] + "," + first[4])
                .replace(first[5], first[5].replaceFirst("\"code\":\"\\d+\"", "\"code\":null"));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return PortalHttp.get(URI.create(base.toExternalForm()).resolve(path));
    }

    private static int bandCells(String page) {
        Matcher m = BAND_CELL.matcher(page);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static long acceptedSalesRefreshes() throws SQLException {
        return count("SELECT COUNT(*) FROM feed_refresh WHERE endpoint = 'SALES' AND outcome = 'ACCEPTED'");
    }

    private static String latestSalesRefresh() throws SQLException {
        try (var db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT outcome, reason_counts FROM feed_refresh WHERE endpoint = 'SALES' ORDER BY id DESC LIMIT 1")) {
            return rs.next() ? rs.getString(1) + " " + rs.getString(2) : "";
        }
    }

    private static long count(String sql) throws SQLException {
        try (var db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
