package kr.maskportal.openapi.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import kr.maskportal.account.control.Pbkdf2Hashes;
import kr.maskportal.feed.control.FeedEndpoint;
import kr.maskportal.feed.control.FeedPageParser;
import kr.maskportal.feed.control.FeedRefresh;
import kr.maskportal.feed.control.FeedTime;
import kr.maskportal.feed.control.SalesRefreshResult;
import kr.maskportal.feed.control.StoresRefreshResult;
import kr.maskportal.openapi.FeedShape;
import kr.maskportal.testing.Await;
import kr.maskportal.testing.FakeFeed;
import kr.maskportal.testing.StaffBrowser;
import kr.maskportal.testing.TestAccounts;
import kr.maskportal.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corrected feed on the real WAR, Payara Micro and MariaDB, fed by the replayed 2020 feed: what an app written
 * for the 2020 API gets from it. The shape of every endpoint against the recorded 2020 answers, the whole country
 * read by the portal's own client of the 2020 API, the statuses pharmacists correct through the point-of-sale API,
 * refusals, paging, caching, CORS, and the OpenAPI document; and never a session.
 */
@ExtendWith(ArquillianExtension.class)
class CorrectedFeedIT {

    private static final String RUN = "-it" + UUID.randomUUID().toString().substring(0, 8);
    private static final String PHARMACIST = "feedfix" + RUN;
    private static final String PASSWORD = "corrected-feed-2020-03";
    private static final String SEODAEMUN = "서울특별시 서대문구";
    private static final String CITY_HALL = "api/v1/storesByGeo/json?lat=37.5665&lng=126.978&m=1000";
    private static final Pattern ISSUED = Pattern.compile("id=\"issued-token\"[^>]*value=\"(msp_[A-Za-z0-9_-]{43})\"");
    private static final Pattern STRONG_TAG = Pattern.compile("\"[A-Za-z0-9_-]+(-gz)?\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Up before the deployment starts polling it. */
    private static final FakeFeed FEED = FakeFeed.startForTheClass();

    private static long pharmacistId;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }

    @BeforeAll
    static void storeThePharmacist() throws Exception {
        try (Connection db = TestDatabase.connect()) {
            pharmacistId = TestAccounts.insert(db, PHARMACIST, "PHARMACIST", Pbkdf2Hashes.hash(PASSWORD));
        }
    }

    @AfterAll
    static void removeWhatThisRunStored() throws Exception {
        FEED.close();
        try (Connection db = TestDatabase.connect()) {
            for (String sql : new String[] {
                    "DELETE FROM report WHERE account_id = ?",
                    "DELETE FROM api_token WHERE account_id = ?",
                    "DELETE FROM account_seller WHERE account_id = ?",
                    "DELETE FROM account WHERE id = ?"}) {
                try (var delete = db.prepareStatement(sql)) {
                    delete.setLong(1, pharmacistId);
                    delete.executeUpdate();
                }
            }
        }
    }

    @Test
    void everyEndpointAnswersInThe2020ShapeWithThePortalsFieldsAdded() throws Exception {
        JsonObject sales = feedLoaded();
        FeedShape.assertShapeOf("sales", sales);
        Map<String, String> paths = Map.of(
                "stores", "api/v1/stores/json?page=2&perPage=100",
                "storesByAddr", "api/v1/storesByAddr/json?address=" + encode("서울특별시 마포구"),
                "storesByGeo", CITY_HALL);
        for (var endpoint : paths.entrySet()) {
            HttpResponse<byte[]> answer = get(endpoint.getValue());
            assertEquals(200, answer.statusCode(), endpoint.getValue());
            assertEquals("application/json;charset=UTF-8", header(answer, "Content-Type").replace(" ", ""));
            List<JsonObject> records = FeedShape.assertShapeOf(endpoint.getKey(), json(answer));
            assertFalse(records.isEmpty(), endpoint.getValue());
        }
        JsonObject mapo = json(get(paths.get("storesByAddr")));
        assertEquals("서울특별시 마포구", mapo.getString("address"));
        assertEquals(mapo.getInt("count"), json(get("api/v1/storesByAddr/json?address=" + encode("서울 마포구")))
                .getInt("count"), "the short name of the province names the same district");
        JsonObject seogyo = json(get("api/v1/storesByAddr/json?address=" + encode("서울시 마포구 서교동")));
        assertTrue(seogyo.getInt("count") > 0 && seogyo.getInt("count") < mapo.getInt("count"));
        seogyo.getJsonArray("stores").getValuesAs(JsonObject.class)
                .forEach(store -> assertTrue(store.getString("addr").contains("서교동"), store.getString("addr")));
        assertTrue(json(get(CITY_HALL)).getInt("count") > 20, "central Seoul has many sellers within 1 km");
    }

    @Test
    void thePortalsOwnClientOfThe2020ApiReadsTheWholeCountryWithoutAProblem() throws Exception {
        feedLoaded();
        long listed;
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT COUNT(*) FROM seller WHERE vanished_at IS NULL")) {
            rs.next();
            listed = rs.getLong(1);
        }
        var parser = new FeedPageParser();
        var sales = new FeedRefresh(FeedEndpoint.SALES);
        long start = System.nanoTime();
        int pages = 1;
        for (int page = 1; page <= pages; page++) {
            HttpResponse<byte[]> answer = get("api/v1/sales/json?page=" + page + "&perPage=500", "Accept-Encoding",
                    "gzip");
            var result = parser.parse(FeedEndpoint.SALES, new String(gunzip(answer.body()), StandardCharsets.UTF_8),
                    header(answer, "Content-Type"));
            sales.add(page, result);
            if (page == 1) {
                pages = json(gunzip(answer.body())).getInt("totalPages");
            }
        }
        System.out.printf("CorrectedFeedIT: sales/json walked, %d pages of 500, gzipped, in %d ms%n", pages,
                (System.nanoTime() - start) / 1_000_000);
        SalesRefreshResult read = sales.sales(sellerCodes(), FEED.now(), 0);
        assertTrue(read.accepted(), "refused: " + read.refusal());
        assertEquals(Map.of(), read.problems());
        assertEquals(listed, read.observations().size(), "every listed seller, once");

        var stores = new FeedRefresh(FeedEndpoint.STORES);
        for (int page = 1; page <= 6; page++) {
            HttpResponse<byte[]> answer = get("api/v1/stores/json?page=" + page + "&perPage=5000");
            stores.add(page, parser.parse(FeedEndpoint.STORES, new String(answer.body(), StandardCharsets.UTF_8),
                    header(answer, "Content-Type")));
        }
        StoresRefreshResult storeList = stores.stores(0);
        assertTrue(storeList.accepted(), "refused: " + storeList.refusal());
        assertEquals(0, storeList.rejected(), "problems: " + storeList.problems());
        assertEquals(listed, storeList.listings().size());
    }

    @Test
    void pharmacistsCorrectWhatTheFeedSays() throws Exception {
        feedLoaded();
        String seodaemun = "api/v1/storesByAddr/json?address=" + encode(SEODAEMUN);
        List<JsonObject> withStock = Await.until(Duration.ofSeconds(60), () -> records(json(get(seodaemun)), "stores")
                        .stream().filter(s -> isOneOf(s.get("remain_stat"), "plenty", "some", "few")
                                && "feed".equals(s.getString("source")) && s.get("queue_length") == JsonValue.NULL
                                && s.get("notice") == JsonValue.NULL && isPharmacy(s) && quiet(s.getString("code")))
                        .toList(),
                list -> list.size() >= 2);
        JsonObject soldOut = withStock.stream().filter(s -> "plenty".equals(s.getString("remain_stat"))).findFirst()
                .orElse(withStock.get(0));
        JsonObject queued = withStock.stream().filter(s -> s != soldOut).findFirst().orElseThrow();
        bind(soldOut.getString("code"), queued.getString("code"));
        String token = createToken();

        JsonObject stored = report(token, soldOut.getString("code"), "{\"kind\":\"SOLD_OUT\"}");
        String reportedAt = FeedTime.format(OffsetDateTime.parse(stored.getString("reportedAt")).toInstant());
        JsonObject corrected = Await.until(Duration.ofSeconds(10), () -> record(seodaemun, soldOut.getString("code")),
                s -> isOneOf(s.get("remain_stat"), "empty"));
        assertEquals(reportedAt, corrected.getString("reported_at"), "the report's own time, to the second");
        if (corrected.getString("source").equals("both")) {
            // the lagging feed caught up with the sell-out within the test: "updated" when it confirmed it
            assertTrue(corrected.getString("created_at").compareTo(reportedAt) >= 0);
        } else {
            assertEquals("pharmacist", corrected.getString("source"), "the feed said " + soldOut.get("remain_stat"));
            assertEquals(reportedAt, corrected.getString("created_at"), "\"updated\" when the pharmacist said so");
        }
        assertEquals(soldOut.get("stock_at"), corrected.get("stock_at"), "the delivery is still the feed's");
        assertEquals(JsonValue.FALSE, corrected.get("stale"));
        assertEquals(soldOut.getString("name"), corrected.getString("name"));

        JsonObject inSales = records(json(get("api/v1/sales/json?perPage=5000&page="
                + pageOf(soldOut.getString("code")))), "sales").stream()
                .filter(s -> s.getString("code").equals(soldOut.getString("code"))).findFirst().orElseThrow();
        assertEquals("empty", inSales.getString("remain_stat"), "sales/json says the same");
        JsonObject nearby = records(json(get("api/v1/storesByGeo/json?lat=" + soldOut.get("lat") + "&lng="
                + soldOut.get("lng") + "&m=30")), "stores").get(0);
        assertEquals(soldOut.getString("code"), nearby.getString("code"), "nearest to its own point");
        assertEquals("empty", nearby.getString("remain_stat"), "and storesByGeo too");

        String notice = "번호표는 \"13시\"에 \\ 배부 </script>";
        report(token, queued.getString("code"), "{\"kind\":\"QUEUE\",\"queueLength\":40}");
        JsonObject noticed = report(token, queued.getString("code"),
                Json.createObjectBuilder().add("kind", "NOTICE").add("notice", notice).build().toString());
        JsonObject withQueue = Await.until(Duration.ofSeconds(10), () -> record(seodaemun, queued.getString("code")),
                s -> s.get("notice") instanceof JsonString);
        assertEquals(40, withQueue.getInt("queue_length"));
        assertNotNull(FeedTime.parse(withQueue.getString("queue_reported_at")).orElse(null));
        assertEquals(notice, withQueue.getString("notice"), "as written");
        assertTrue(FeedTime.parse(withQueue.getString("queue_reported_at")).orElseThrow()
                .isBefore(OffsetDateTime.parse(noticed.getString("reportedAt")).toInstant().plusSeconds(1)));
        assertEquals("feed", withQueue.getString("source"), "a queue is no word on the stock");
        assertEquals(JsonValue.NULL, withQueue.get("reported_at"));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            stores/json?page=0                        | page    | OUT_OF_RANGE
            stores/json?page=abc                      | page    | NOT_AN_INTEGER
            stores/json?perPage=5001                  | perPage | OUT_OF_RANGE
            sales/json?perPage=0                      | perPage | OUT_OF_RANGE
            sales/json?page=1.5                       | page    | NOT_AN_INTEGER
            storesByAddr/json                         | address | MISSING
            storesByAddr/json?address=%EC%84%9C%EC%9A%B8%ED%8A%B9%EB%B3%84%EC%8B%9C | address | NOT_A_DISTRICT
            storesByAddr/json?address=nowhere         | address | NOT_A_DISTRICT
            storesByGeo/json?lng=126.9                | lat     | MISSING
            storesByGeo/json?lat=37.5                 | lng     | MISSING
            storesByGeo/json?lat=32.9&lng=126.9       | lat     | OUT_OF_RANGE
            storesByGeo/json?lat=43.01&lng=126.9      | lat     | OUT_OF_RANGE
            storesByGeo/json?lat=37.5&lng=123.99      | lng     | OUT_OF_RANGE
            storesByGeo/json?lat=37.5&lng=132.5       | lng     | OUT_OF_RANGE
            storesByGeo/json?lat=37.5&lng=126.9&m=10001 | m     | OUT_OF_RANGE
            storesByGeo/json?lat=37.5&lng=126.9&m=-1  | m       | OUT_OF_RANGE
            storesByGeo/json?lat=37.5&lng=126.9&m=1.5 | m       | NOT_AN_INTEGER
            storesByGeo/json?lat=NaN&lng=126.9        | lat     | NOT_A_NUMBER
            """)
    void aBadParameterIs400InJsonNamingIt(String path, String field, String problem) throws Exception {
        HttpResponse<byte[]> refused = get("api/v1/" + path);
        assertEquals(400, refused.statusCode(), path);
        assertTrue(header(refused, "Content-Type").startsWith("application/json"), path);
        assertEquals("*", header(refused, "Access-Control-Allow-Origin"), "a refusal is readable cross-origin too");
        JsonObject error = json(refused);
        assertEquals(Set.of("error", "field", "problem", "message"), error.keySet());
        assertEquals("INVALID_PARAMETER", error.getString("error"));
        assertEquals(field, error.getString("field"));
        assertEquals(problem, error.getString("problem"));
        assertTrue(error.getString("message").contains(field) && error.getString("message").contains("값"),
                "in Korean: " + error.getString("message"));
        JsonObject english = json(get("api/v1/" + path, "Accept-Language", "en-US,en;q=0.9"));
        assertEquals(problem, english.getString("problem"));
        assertFalse(english.getString("message").contains("값"), "in English: " + english.getString("message"));
    }

    @Test
    void theEdgesOfTheRangesAreTaken() throws Exception {
        feedLoaded();
        HttpResponse<byte[]> corner = get("api/v1/storesByGeo/json?lat=33&lng=124&m=0");
        assertEquals(200, corner.statusCode());
        assertEquals(0, json(corner).getInt("count"), "nobody sells masks in the sea");
        HttpResponse<byte[]> wide = get("api/v1/storesByGeo/json?lat=37.5665&lng=126.978&m=10000");
        assertEquals(200, wide.statusCode());
        assertTrue(json(wide).getInt("count") > json(get(CITY_HALL)).getInt("count"));
        assertEquals(200, get("api/v1/storesByGeo/json?lat=43&lng=132&m=10000").statusCode());
        assertEquals(200, get("api/v1/stores/json?page=1&perPage=5000").statusCode());
    }

    @Test
    void pagingPastTheEndIsAnEmptyPageWithTheRealTotals() throws Exception {
        JsonObject first = feedLoaded();
        HttpResponse<byte[]> past = get("api/v1/sales/json?page=999&perPage=500");
        assertEquals(200, past.statusCode());
        JsonObject empty = json(past);
        assertEquals(999, empty.getInt("page"));
        assertEquals(0, empty.getInt("count"));
        assertEquals(JsonValue.EMPTY_JSON_ARRAY, empty.getJsonArray("sales"));
        assertEquals(first.getInt("totalCount"), empty.getInt("totalCount"));
        assertEquals((first.getInt("totalCount") + 499) / 500, empty.getInt("totalPages"));
        JsonObject last = json(get("api/v1/stores/json?perPage=500&page=" + empty.getInt("totalPages")));
        assertEquals(first.getInt("totalCount") - 500 * (empty.getInt("totalPages") - 1), last.getInt("count"));
    }

    @Test
    void anAnswerNamesItsBytesAndIsReusedBrieflyGzippedWhenAsked() throws Exception {
        feedLoaded();
        HttpResponse<byte[]> plain = get(CITY_HALL);
        assertTrue(STRONG_TAG.matcher(header(plain, "ETag")).matches(), header(plain, "ETag"));
        assertEquals("public, max-age=30", header(plain, "Cache-Control"));
        assertTrue(header(plain, "Vary").contains("Accept-Encoding"));
        assertNotNull(header(plain, "Last-Modified"));
        assertEquals("*", header(plain, "Access-Control-Allow-Origin"));
        assertTrue(header(plain, "Access-Control-Expose-Headers").contains("ETag"));

        HttpResponse<byte[]> revalidated = untilUnchanged(CITY_HALL, tag -> get(CITY_HALL, "If-None-Match", tag));
        assertEquals(0, revalidated.body().length);
        assertEquals("public, max-age=30", header(revalidated, "Cache-Control"));

        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> bare = get(CITY_HALL);
            HttpResponse<byte[]> gzipped = get(CITY_HALL, "Accept-Encoding", "gzip, deflate, br");
            String tag = header(bare, "ETag");
            if (!header(gzipped, "ETag").equals(tag.replaceAll("\"$", "-gz\"")) && attempt < 3) {
                continue; // the feed changed between the two requests
            }
            assertEquals("gzip", header(gzipped, "Content-Encoding"));
            assertTrue(bare.headers().firstValue("Content-Encoding").isEmpty());
            assertEquals(tag.replaceAll("\"$", "-gz\""), header(gzipped, "ETag"));
            assertArrayEquals(bare.body(), gunzip(gzipped.body()), "the same answer");
            assertTrue(gzipped.body().length * 4 < bare.body().length, "compressed: " + gzipped.body().length);
            break;
        }
        untilUnchanged(CITY_HALL, tag -> {
            HttpResponse<byte[]> head = send("HEAD", CITY_HALL);
            assertEquals(200, head.statusCode());
            assertEquals(0, head.body().length);
            assertTrue(header(head, "Content-Type").startsWith("application/json"));
            return get(CITY_HALL, "If-None-Match", header(head, "ETag"));
        });
    }

    @Test
    void anyOriginMayReadAndNothingElse() throws Exception {
        HttpResponse<byte[]> preflight = CLIENT.send(HttpRequest.newBuilder(uri(CITY_HALL))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://mask-app.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        noSession(preflight);
        assertEquals(204, preflight.statusCode());
        assertEquals("*", header(preflight, "Access-Control-Allow-Origin"));
        assertTrue(header(preflight, "Access-Control-Allow-Methods").contains("GET"));
        assertTrue(header(preflight, "Access-Control-Allow-Headers").contains("If-None-Match"));

        HttpResponse<byte[]> read = get(CITY_HALL, "Origin", "https://mask-app.example");
        assertEquals("*", header(read, "Access-Control-Allow-Origin"));

        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<byte[]> refused = send(method, "api/v1/sales/json");
            assertEquals(405, refused.statusCode(), method);
            assertTrue(header(refused, "Allow").contains("GET"), method);
            assertEquals("METHOD_NOT_ALLOWED", json(refused).getString("error"), method);
        }
    }

    @Test
    void thePointOfSaleApiLivesOnBesideIt() throws Exception {
        HttpResponse<byte[]> unauthorized = CLIENT.send(HttpRequest.newBuilder(
                        uri("api/v1/sellers/11806923/reports")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"SOLD_OUT\"}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        noSession(unauthorized);
        assertEquals(401, unauthorized.statusCode());
        assertEquals("UNAUTHORIZED", json(unauthorized).getString("error"));
        HttpResponse<byte[]> elsewhere = get("api/v1/stores/json/more");
        assertEquals(404, elsewhere.statusCode(), "not one of the four: the point-of-sale API's own 404");
        assertEquals("NOT_FOUND", json(elsewhere).getString("error"));
    }

    @Test
    void theOpenApiDocumentDescribesBothApis() throws Exception {
        HttpResponse<String> openapi = CLIENT.send(HttpRequest.newBuilder(URI.create(base.toExternalForm())
                .resolve("/openapi")).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        JsonObject document = Json.createReader(new StringReader(openapi.body())).readObject();
        JsonObject paths = document.getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/sellers/{code}/reports"), "the point-of-sale API: " + paths.keySet());
        for (String path : List.of("stores", "sales", "storesByAddr", "storesByGeo")) {
            JsonObject get = paths.getJsonObject("/api/v1/" + path + "/json").getJsonObject("get");
            assertEquals(Set.of("200", "304", "400"), get.getJsonObject("responses").keySet(), path);
            assertTrue(get.containsKey("summary"), path);
        }
        JsonArray geo = paths.getJsonObject("/api/v1/storesByGeo/json").getJsonObject("get").getJsonArray("parameters");
        Map<String, JsonObject> parameters = new HashMap<>();
        geo.getValuesAs(JsonObject.class).forEach(p -> parameters.put(p.getString("name"), p.getJsonObject("schema")));
        assertEquals(33, parameters.get("lat").getInt("minimum"));
        assertEquals(43, parameters.get("lat").getInt("maximum"));
        assertEquals(124, parameters.get("lng").getInt("minimum"));
        assertEquals(132, parameters.get("lng").getInt("maximum"));
        assertEquals(10_000, parameters.get("m").getInt("maximum"));
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertEquals(Set.of("code", "name", "addr", "type", "lat", "lng", "stock_at", "remain_stat", "created_at",
                "queue_length", "queue_reported_at", "source", "stale", "reported_at", "notice"),
                schemas.getJsonObject("Store").getJsonObject("properties").keySet());
        assertEquals(Set.of("code", "stock_at", "remain_stat", "created_at", "queue_length", "queue_reported_at",
                "source", "stale", "reported_at", "notice"),
                schemas.getJsonObject("Sale").getJsonObject("properties").keySet());
        assertEquals(Set.of("code", "name", "addr", "type", "lat", "lng"),
                schemas.getJsonObject("StoreInfo").getJsonObject("properties").keySet());
        assertFalse(schemas.getJsonObject("Source").containsKey("enum"), "an open list");
        assertEquals("boolean", schemas.getJsonObject("Stale").getString("type"));
        assertTrue(schemas.getJsonObject("Stale").getString("description").contains("30 minutes"));
        assertTrue(schemas.containsKey("ApiError"));
        assertTrue(schemas.getJsonObject("ApiError").getJsonObject("properties").getJsonObject("problem")
                .getString("description").contains("NOT_A_DISTRICT"));
    }

    /** The first page of sales once the feed has been read: some seller has a status. */
    private JsonObject feedLoaded() throws Exception {
        return Await.until(Duration.ofSeconds(120), () -> json(get("api/v1/sales/json?perPage=5000")),
                page -> records(page, "sales").stream().anyMatch(s -> s.get("remain_stat") instanceof JsonString));
    }

    private JsonObject record(String path, String code) throws Exception {
        return records(json(get(path)), "stores").stream().filter(s -> s.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + path));
    }

    /** The page of 5,000 in code order that holds the seller. */
    private int pageOf(String code) throws Exception {
        for (int page = 1; page <= 6; page++) {
            if (records(json(get("api/v1/stores/json?perPage=5000&page=" + page)), "storeInfos").stream()
                    .anyMatch(s -> s.getString("code").equals(code))) {
                return page;
            }
        }
        throw new AssertionError(code + " is on no page");
    }

    private static List<JsonObject> records(JsonObject answer, String list) {
        return answer.getJsonArray(list).getValuesAs(JsonObject.class);
    }

    private static boolean isOneOf(JsonValue value, String... texts) {
        return value instanceof JsonString text && List.of(texts).contains(text.getString());
    }

    private static boolean isPharmacy(JsonObject store) {
        return "01".equals(store.getString("type")) && store.get("lat") != JsonValue.NULL;
    }

    /** Bound to nobody and reported for by nobody, in any run. */
    private static boolean quiet(String code) {
        try (Connection db = TestDatabase.connect(); var check = db.prepareStatement(
                "SELECT (SELECT COUNT(*) FROM account_seller WHERE seller_code = ?) "
                        + "+ (SELECT COUNT(*) FROM report WHERE seller_code = ?)")) {
            check.setString(1, code);
            check.setString(2, code);
            try (var rs = check.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 0;
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void bind(String... codes) throws Exception {
        try (Connection db = TestDatabase.connect(); var bind = db.prepareStatement(
                "INSERT INTO account_seller VALUES (?, ?)")) {
            for (String code : codes) {
                bind.setLong(1, pharmacistId);
                bind.setString(2, code);
                bind.executeUpdate();
            }
        }
    }

    private static Set<String> sellerCodes() throws Exception {
        var codes = new HashSet<String>();
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT code FROM seller WHERE vanished_at IS NULL")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    /** The real path: the pharmacist signs in and creates a token on their page. */
    private String createToken() throws Exception {
        var browser = new StaffBrowser(URI.create(base.toExternalForm()));
        assertEquals(302, browser.signIn(PHARMACIST, PASSWORD).statusCode());
        HttpResponse<String> created = browser.submit(browser.get("pharmacist/tokens"), "create", "submit",
                Map.of("name", "feed" + RUN));
        Matcher issued = ISSUED.matcher(created.body());
        assertTrue(issued.find(), "a token was issued");
        return issued.group(1);
    }

    private JsonObject report(String token, String seller, String body) throws Exception {
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(uri("api/v1/sellers/" + seller + "/reports"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(201, answer.statusCode(), answer.body());
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    /** A conditional request made with a fresh tag gives 304; asked again when the answer changed in between. */
    private HttpResponse<byte[]> untilUnchanged(String path, Conditional conditional) throws Exception {
        String seen = "";
        for (int attempt = 0; attempt < 4; attempt++) {
            String tag = header(get(path), "ETag");
            HttpResponse<byte[]> answer = conditional.ask(tag);
            if (answer.statusCode() == 304 && tag.equals(header(answer, "ETag"))) {
                return answer;
            }
            seen += " " + answer.statusCode() + " for " + tag;
        }
        throw new AssertionError("no 304 for " + path + " in four tries:" + seen);
    }

    private interface Conditional {
        HttpResponse<byte[]> ask(String tag) throws Exception;
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, headers);
    }

    /** Every answer of the corrected feed: no session, ever. */
    private HttpResponse<byte[]> send(String method, String path, String... headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<byte[]> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        noSession(answer);
        return answer;
    }

    private static void noSession(HttpResponse<?> answer) {
        assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), "no cookie from " + answer.uri());
    }

    private URI uri(String path) {
        return URI.create(base.toExternalForm()).resolve(path);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    private static JsonObject json(HttpResponse<byte[]> answer) {
        return json(answer.body());
    }

    private static JsonObject json(byte[] body) {
        return FeedShape.parse(new String(body, StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
