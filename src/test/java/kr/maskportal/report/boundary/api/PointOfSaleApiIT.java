package kr.maskportal.report.boundary.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.maskportal.account.control.Pbkdf2Hashes;
import kr.maskportal.testing.Await;
import kr.maskportal.testing.Html;
import kr.maskportal.testing.PortalHttp;
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

/**
 * The point-of-sale API on the real WAR, Payara Micro and MariaDB, with tokens created the way a pharmacist creates
 * them: signed in, on {@code /pharmacist/tokens}. Every answer is checked for what a program relies on (status,
 * JSON, headers) and for what must never happen (a session, a redirect to sign-in, a report stored by mistake).
 */
@ExtendWith(ArquillianExtension.class)
class PointOfSaleApiIT {

    /** Logins of this run end with it, so that runs never meet and everything stored can be removed afterwards. */
    private static final String RUN = "-it" + UUID.randomUUID().toString().substring(0, 8);
    private static final String PHARMACIST = "pos" + RUN;
    private static final String OFFICIAL = "posofficial" + RUN;
    private static final String PASSWORD = "point-of-sale-2020-03";
    private static final Pattern ISSUED = Pattern.compile("id=\"issued-token\"[^>]*value=\"(msp_[A-Za-z0-9_-]{43})\"");
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    private static long pharmacistId;
    /** The pharmacist's seller, and one of the district it is not bound to: [code, name]. */
    private static String[] mine;
    private static String[] notMine;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }

    @BeforeAll
    static void storeAccountsOfThisRun() throws SQLException {
        List<String[]> sellers = quietSellers();
        assertTrue(sellers.size() >= 2, "two quiet pharmacies in 마포구");
        mine = sellers.get(0);
        notMine = sellers.get(1);
        String hash = Pbkdf2Hashes.hash(PASSWORD);
        try (Connection db = TestDatabase.connect()) {
            pharmacistId = TestAccounts.insert(db, PHARMACIST, "PHARMACIST", hash);
            try (var bind = db.prepareStatement("INSERT INTO account_seller VALUES (?, ?)")) {
                bind.setLong(1, pharmacistId);
                bind.setString(2, mine[0]);
                bind.executeUpdate();
            }
            long official = TestAccounts.insert(db, OFFICIAL, "OFFICIAL", hash);
            db.createStatement().execute("INSERT INTO account_district VALUES (" + official + ", '11440')");
        }
    }

    @AfterAll
    static void removeWhatThisRunStored() throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            for (String sql : new String[] {
                    "DELETE FROM report WHERE account_id IN (SELECT id FROM account WHERE login LIKE ?)",
                    "DELETE FROM api_token WHERE account_id IN (SELECT id FROM account WHERE login LIKE ?)",
                    "DELETE FROM account WHERE login LIKE ?"}) {
                try (var delete = db.prepareStatement(sql)) {
                    delete.setString(1, "%" + RUN);
                    delete.executeUpdate();
                }
            }
        }
    }

    @Test
    void aTokenIsShownOnceStoredOnlyAsItsHashAndListedWithItsLastUse() throws Exception {
        StaffBrowser browser = pharmacist();
        HttpResponse<String> page = browser.get("pharmacist/tokens");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        String body = page.body();
        assertTrue(body.contains("<title>판매 프로그램 토큰"), "Korean first");
        assertTrue(body.contains("<label for=\"create:name\">토큰 이름</label>"));
        assertTrue(body.contains(mine[0]), "the sellers the token may report for");
        assertTrue(Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"-?\\d+:-?\\d+\"").matcher(body).find(),
                "a stateful form: its view state is its CSRF token");
        assertFalse(body.contains("???"), "no missing message keys");

        HttpResponse<String> created = browser.submit(page, "create", "submit", Map.of("name", "계산대 1번 <POS>"));
        assertEquals(200, created.statusCode());
        assertTrue(created.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        Matcher issued = ISSUED.matcher(created.body());
        assertTrue(issued.find(), "the new token is on the page");
        String token = issued.group(1);
        assertTrue(created.body().contains("계산대 1번 &lt;POS&gt;"), "its name, as text");

        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT name, token_hash, last_used_at, revoked_at FROM api_token WHERE account_id = " + pharmacistId
                        + " AND name = '계산대 1번 <POS>'")) {
            assertTrue(rs.next());
            assertEquals(sha256(token), rs.getString("token_hash"), "only the hash is stored");
            assertNull(rs.getTimestamp("last_used_at"));
            assertNull(rs.getTimestamp("revoked_at"));
        }
        String again = browser.get("pharmacist/tokens").body();
        assertFalse(again.contains(token), "shown once only");
        assertTrue(again.contains("아직 쓰지 않음"));

        assertEquals(201, post(mine[0], bearer(token), "{\"kind\":\"SOLD_OUT\"}").statusCode());
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT last_used_at FROM api_token WHERE token_hash = '" + sha256(token) + "'")) {
            assertTrue(rs.next());
            assertTrue(rs.getTimestamp(1) != null, "its last use is recorded");
        }
        assertFalse(browser.get("pharmacist/tokens").body().contains("아직 쓰지 않음"));
    }

    @Test
    void theTokensPageIsAPharmacistsOwn() throws Exception {
        HttpResponse<String> anonymous = PortalHttp.get(uri("pharmacist/tokens"));
        assertEquals(302, anonymous.statusCode(), "sent to sign in");
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));

        StaffBrowser official = new StaffBrowser(root());
        assertEquals(302, official.signIn(OFFICIAL, PASSWORD).statusCode());
        assertEquals(403, official.get("pharmacist/tokens").statusCode());
        assertEquals(403, official.get("pharmacist/tokens.xhtml").statusCode());

        StaffBrowser pharmacist = pharmacist();
        HttpResponse<String> nameless = pharmacist.submit(pharmacist.get("pharmacist/tokens"), "create", "submit",
                Map.of("name", " "));
        assertTrue(nameless.body().contains("<a href=\"#create:name\">토큰 이름을 입력하세요.</a>"), "named in the summary");
        assertFalse(ISSUED.matcher(nameless.body()).find());
    }

    @Test
    void eachKindIsStoredWithItsTokenAndShownOnTheDistrictPageAtOnce() throws Exception {
        String token = createToken(pharmacist(), "kinds" + RUN);
        long tokenId = tokenId(token);
        record Case(String json, String kind, String field, Object value, String shown) {
        }
        List<Case> cases = List.of(
                new Case("{\"kind\":\"SOLD_OUT\"}", "SOLD_OUT", null, null, "없음 (0~1개)"),
                new Case("{\"kind\":\"RESTOCKED\",\"remaining\":250}", "RESTOCKED", "remaining", 250, "남은 수량 250개"),
                new Case("{\"kind\":\"REMAINING\",\"remaining\":40}", "REMAINING", "remaining", 40, "남은 수량 40개"),
                new Case("{\"kind\":\"QUEUE\",\"queueLength\":12}", "QUEUE", "queueLength", 12, "대기 12명"),
                new Case("{\"kind\":\"NOTICE\",\"notice\":\"번호표 13시 배부 <b>x</b>\"}", "NOTICE", "notice",
                        "번호표 13시 배부 <b>x</b>", "번호표 13시 배부 &lt;b&gt;x&lt;/b&gt;"),
                new Case("{\"kind\":\"CLOSED\"}", "CLOSED", null, null, "판매 안 함"),
                new Case("{\"kind\":\"REOPENED\"}", "REOPENED", null, null, "남은 수량 40개"));
        for (Case c : cases) {
            HttpResponse<String> answer = post(mine[0], bearer(token), c.json());
            assertEquals(201, answer.statusCode(), c.kind() + ": " + answer.body());
            JsonObject json = json(answer);
            long id = json.getJsonNumber("id").longValue();
            assertEquals(mine[0], json.getString("sellerCode"));
            assertEquals(c.kind(), json.getString("kind"));
            for (String field : new String[] {"queueLength", "remaining", "notice"}) {
                assertEquals(field.equals(c.field()), json.containsKey(field), c.kind() + " carries " + field);
            }
            if (c.value() instanceof Integer number) {
                assertEquals(number, json.getInt(c.field()));
            } else if (c.value() != null) {
                assertEquals(c.value(), json.getString(c.field()));
            }
            assertTrue(json.getString("reportedAt").matches("2020-03-11T\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?\\+09:00"),
                    "to the millisecond, as stored: " + json.getString("reportedAt"));
            OffsetDateTime reportedAt = OffsetDateTime.parse(json.getString("reportedAt"));
            assertEquals("+09:00", reportedAt.getOffset().getId(), "Korea time with its offset");
            assertTrue(answer.headers().firstValue("Location").orElse("")
                    .endsWith("/api/v1/sellers/" + mine[0] + "/reports/" + id), "Location of the report");

            try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                    "SELECT account_id, api_token_id, seller_code, kind FROM report WHERE id = " + id)) {
                assertTrue(rs.next(), "stored");
                assertEquals(pharmacistId, rs.getLong("account_id"), "for the token's owner");
                assertEquals(tokenId, rs.getLong("api_token_id"), "with the token it came through");
                assertEquals(c.kind(), rs.getString("kind"));
            }
            String row = Await.until(Duration.ofSeconds(1), () -> districtRow(mine[1]), r -> r.contains(c.shown()));
            if (c.kind().equals("REOPENED")) {
                assertFalse(row.contains("판매 안 함"), "reopened");
            }
        }
    }

    /**
     * A report another instance of a cluster stored (here written straight into the database, as that instance
     * would, with no message to this one) reaches this instance's public page by its periodic catch-up within
     * seconds; taken back the same way, it leaves the page again.
     */
    @Test
    void aReportStoredByAnotherInstanceShowsWithinSecondsAndLeavesWhenUndoneThere() throws Exception {
        String token = createToken(pharmacist(), "elsewhere" + RUN);
        HttpResponse<String> here = post(mine[0], bearer(token), "{\"kind\":\"QUEUE\",\"queueLength\":5}");
        assertEquals(201, here.statusCode(), here.body());
        Instant portalNow = OffsetDateTime.parse(json(here).getString("reportedAt")).toInstant();
        Await.until(Duration.ofSeconds(1), () -> districtRow(mine[1]), r -> r.contains("대기 5명"));

        long elsewhere;
        try (Connection db = TestDatabase.connect(); var insert = db.prepareStatement("INSERT INTO report "
                + "(seller_code, kind, amount, reported_at, account_id) VALUES (?, 'QUEUE', 321, ?, ?)",
                new String[] {"id"})) {
            insert.setString(1, mine[0]);
            // a second later: the database keeps whole seconds of a time bound as LocalDateTime
            insert.setObject(2, LocalDateTime.ofInstant(portalNow.plusSeconds(1), ZoneOffset.UTC));
            insert.setLong(3, pharmacistId);
            insert.executeUpdate();
            var keys = insert.getGeneratedKeys();
            keys.next();
            elsewhere = keys.getLong(1);
        }
        Await.until(Duration.ofSeconds(10), () -> districtRow(mine[1]), r -> r.contains("대기 321명"));

        try (Connection db = TestDatabase.connect(); var undo = db.prepareStatement(
                "UPDATE report SET undone_at = ? WHERE id = ?")) {
            undo.setObject(1, LocalDateTime.ofInstant(portalNow.plusSeconds(2), ZoneOffset.UTC));
            undo.setLong(2, elsewhere);
            undo.executeUpdate();
        }
        String row = Await.until(Duration.ofSeconds(10), () -> districtRow(mine[1]), r -> !r.contains("대기 321명"));
        assertTrue(row.contains("대기 5명"), "the report made here is the latest again: " + row);
    }

    @Test
    void aBadReportIsRefusedNamingItsFieldAndNothingIsStored() throws Exception {
        String token = createToken(pharmacist(), "invalid" + RUN);
        String[][] cases = {
                {"{\"kind\":\"QUEUE\",\"queueLength\":1000}", "queueLength", "NUMBER_OUT_OF_RANGE", "queueLength 값은 0부터 999까지여야 합니다."},
                {"{\"kind\":\"QUEUE\",\"queueLength\":-1}", "queueLength", "NUMBER_OUT_OF_RANGE", null},
                {"{\"kind\":\"REMAINING\",\"remaining\":100001}", "remaining", "NUMBER_OUT_OF_RANGE", "remaining 값은 0부터 100,000까지여야 합니다."},
                {"{\"kind\":\"RESTOCKED\"}", "remaining", "NUMBER_MISSING", null},
                {"{\"kind\":\"QUEUE\"}", "queueLength", "NUMBER_MISSING", null},
                {"{\"kind\":\"NOTICE\"}", "notice", "NOTICE_MISSING", null},
                {"{\"kind\":\"NOTICE\",\"notice\":\"" + "가".repeat(201) + "\"}", "notice", "NOTICE_TOO_LONG", "notice 값은 200자까지 쓸 수 있습니다."},
                {"{\"kind\":\"NOTICE\",\"notice\":\"두 줄\\n공지\"}", "notice", "NOTICE_BAD_CHARACTERS", null},
                {"{\"kind\":\"CLOSED\",\"notice\":\"쉽니다\"}", "notice", "NOTICE_NOT_ALLOWED", null},
                {"{\"kind\":\"SOLD_OUT\",\"queueLength\":3}", "queueLength", "NUMBER_NOT_ALLOWED", null},
                {"{\"kind\":\"QUEUE\",\"queueLength\":3,\"remaining\":4}", "remaining", "NUMBER_NOT_ALLOWED", null},
                {"{\"kind\":\"QUEUE\",\"queueLength\":\"3\"}", "queueLength", "NOT_AN_INTEGER", null},
                {"{\"kind\":\"QUEUE\",\"queueLength\":3.5}", "queueLength", "NOT_AN_INTEGER", null},
                {"{\"kind\":\"NOTICE\",\"notice\":13}", "notice", "NOT_A_STRING", null},
                {"{\"kind\":\"EMPTY\"}", "kind", "UNKNOWN_KIND", null},
                {"{\"kind\":7}", "kind", "NOT_A_STRING", null},
                {"{\"queueLength\":3}", "kind", "KIND_MISSING", null},
                {"{\"kind\":\"QUEUE\",\"queue\":3}", "queue", "UNKNOWN_FIELD", null}};
        long before = reportsOfThisRun();
        for (String[] c : cases) {
            HttpResponse<String> answer = post(mine[0], bearer(token), c[0]);
            assertEquals(400, answer.statusCode(), c[0]);
            JsonObject error = json(answer);
            assertEquals("INVALID_FIELD", error.getString("error"), c[0]);
            assertEquals(c[1], error.getString("field"), c[0]);
            assertEquals(c[2], error.getString("problem"), c[0]);
            String message = error.getString("message");
            assertTrue(message.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL),
                    "in Korean: " + message);
            if (c[3] != null) {
                assertEquals(c[3], message);
            }
        }
        for (String malformed : new String[] {"{\"kind\":", "kind=QUEUE", ""}) {
            HttpResponse<String> answer = post(mine[0], bearer(token), malformed);
            assertEquals(400, answer.statusCode(), malformed);
            assertEquals("MALFORMED_JSON", json(answer).getString("error"));
        }
        assertEquals("NOT_A_JSON_OBJECT", json(post(mine[0], bearer(token), "[1]")).getString("error"));
        HttpResponse<String> english = send(request(mine[0], bearer(token), "{\"kind\":\"EMPTY\"}")
                .setHeader("Accept-Language", "en-US,en;q=0.9").build());
        assertTrue(json(english).getString("message").startsWith("kind must be one of"), "English when preferred");
        assertEquals(before, reportsOfThisRun(), "nothing stored");
    }

    @Test
    void withoutAWorkingTokenTheAnswerIs401AndNeverASignInPage() throws Exception {
        StaffBrowser browser = pharmacist();
        String name = "revoked" + RUN;
        String token = createToken(browser, name);
        assertEquals(201, post(mine[0], bearer(token), "{\"kind\":\"SOLD_OUT\"}").statusCode(), "works until revoked");

        long before = reportsOfThisRun();
        assertUnauthorized(post(mine[0], null, "{\"kind\":\"SOLD_OUT\"}"), false);
        assertUnauthorized(post(mine[0], bearer("msp_" + "x".repeat(43)), "{\"kind\":\"SOLD_OUT\"}"), true);
        assertUnauthorized(post(mine[0], bearer("not-a-token"), "{\"kind\":\"SOLD_OUT\"}"), true);
        assertUnauthorized(post(mine[0], "Basic " + token, "{\"kind\":\"SOLD_OUT\"}"), true);
        assertUnauthorized(post("99999999", null, "{}"), false);

        HttpResponse<String> revoked = revoke(browser, name);
        assertTrue(revoked.body().contains("id=\"revoked\""), "says it was revoked");
        assertTrue(revoked.body().contains("폐기함 ("), "listed as revoked, with when");
        assertUnauthorized(post(mine[0], bearer(token), "{\"kind\":\"SOLD_OUT\"}"), true);
        assertEquals(before, reportsOfThisRun(), "nothing stored");
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT revoked_at FROM api_token WHERE token_hash = '" + sha256(token) + "'")) {
            assertTrue(rs.next() && rs.getTimestamp(1) != null, "revoked, kept");
        }
    }

    @Test
    void anotherSellerIs403AndAnUnknownOne404() throws Exception {
        String token = createToken(pharmacist(), "sellers" + RUN);
        long before = reportsOfThisRun();
        HttpResponse<String> forbidden = post(notMine[0], bearer(token), "{\"kind\":\"SOLD_OUT\"}");
        assertEquals(403, forbidden.statusCode());
        assertEquals("SELLER_NOT_BOUND", json(forbidden).getString("error"));
        assertTrue(json(forbidden).getString("message").contains(notMine[0]));

        HttpResponse<String> unknown = post("99999999", bearer(token), "{\"kind\":\"SOLD_OUT\"}");
        assertEquals(404, unknown.statusCode());
        assertEquals("SELLER_NOT_FOUND", json(unknown).getString("error"));
        assertEquals(before, reportsOfThisRun(), "nothing stored");

        HttpResponse<String> noSuchPath = send(HttpRequest.newBuilder(uri("api/v1/nothing")).GET().build());
        assertEquals(404, noSuchPath.statusCode());
        assertEquals("NOT_FOUND", json(noSuchPath).getString("error"), "JSON, not the HTML error page");
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("api/v1/sellers/" + mine[0] + "/reports"))
                .GET().build());
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("METHOD_NOT_ALLOWED", json(wrongMethod).getString("error"));
    }

    @Test
    void aTokenThatFloodsIsToldToWaitWhileAnotherGoesOn() throws Exception {
        StaffBrowser browser = pharmacist();
        String flooding = createToken(browser, "flood" + RUN);
        String calm = createToken(browser, "calm" + RUN);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            statuses.add(post(mine[0], bearer(flooding), "{\"kind\":\"QUEUE\",\"queueLength\":" + i + "}").statusCode());
        }
        assertEquals(List.of(201), statuses.stream().distinct().toList(), "thirty a minute are fine");
        HttpResponse<String> refused = post(mine[0], bearer(flooding), "{\"kind\":\"QUEUE\",\"queueLength\":31}");
        assertEquals(429, refused.statusCode());
        assertEquals("TOO_MANY_REQUESTS", json(refused).getString("error"));
        long wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(wait >= 1 && wait <= 60, "Retry-After " + wait);
        assertEquals(201, post(mine[0], bearer(calm), "{\"kind\":\"QUEUE\",\"queueLength\":3}").statusCode(),
                "another till of the same pharmacy goes on");
    }

    @Test
    void openApiDescribesTheEndpoint() throws Exception {
        HttpResponse<String> openapi = CLIENT.send(HttpRequest.newBuilder(root().resolve("/openapi"))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        JsonObject document = Json.createReader(new StringReader(openapi.body())).readObject();
        JsonObject post = document.getJsonObject("paths").getJsonObject("/api/v1/sellers/{code}/reports")
                .getJsonObject("post");
        assertTrue(post.getString("summary").startsWith("Report a seller"), "a summary");
        assertEquals(Set.of("201", "400", "401", "403", "404", "413", "415", "429", "503"),
                post.getJsonObject("responses").keySet(), "every answer");
        assertTrue(post.getJsonObject("responses").getJsonObject("201").getJsonObject("headers").containsKey("Location"));
        assertTrue(post.getJsonObject("responses").getJsonObject("429").getJsonObject("headers")
                .containsKey("Retry-After"));
        assertTrue(post.getJsonObject("responses").getJsonObject("503").getJsonObject("headers")
                .containsKey("Retry-After"), "a report the database could not store: send it again later");
        assertTrue(post.getJsonObject("requestBody").getBoolean("required"));
        assertTrue(post.getJsonArray("security").getJsonObject(0).containsKey("pointOfSaleToken"));
        JsonObject components = document.getJsonObject("components");
        assertEquals("bearer", components.getJsonObject("securitySchemes").getJsonObject("pointOfSaleToken")
                .getString("scheme"));
        JsonObject request = components.getJsonObject("schemas").getJsonObject("ReportRequest");
        assertEquals(Set.of("kind", "queueLength", "remaining", "notice"), request.getJsonObject("properties").keySet());
        assertEquals(7, request.getJsonObject("properties").getJsonObject("kind").getJsonArray("enum").size(),
                "the seven kinds and nothing else");
        assertEquals(999, request.getJsonObject("properties").getJsonObject("queueLength").getInt("maximum"));
        JsonObject answer = components.getJsonObject("schemas").getJsonObject("StoredReport").getJsonObject("properties");
        assertEquals("string", answer.getJsonObject("reportedAt").getString("type"));
        assertEquals("date-time", answer.getJsonObject("reportedAt").getString("format"));
        assertEquals("integer", answer.getJsonObject("id").getString("type"));
        assertTrue(components.getJsonObject("schemas").containsKey("ApiError"));
        assertFalse(openapi.body().contains("maxProperties"), "no empty-object constraint copied from annotation defaults");
    }

    private void assertUnauthorized(HttpResponse<String> answer, boolean tokenSent) {
        assertEquals(401, answer.statusCode(), answer.body());
        String challenge = answer.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.startsWith("Bearer"), challenge);
        assertEquals(tokenSent, challenge.contains("invalid_token"), challenge);
        assertEquals("UNAUTHORIZED", json(answer).getString("error"));
        assertTrue(answer.headers().firstValue("Location").isEmpty(), "no redirect to the sign-in page");
    }

    private HttpResponse<String> post(String seller, String authorization, String body) throws Exception {
        return send(request(seller, authorization, body).build());
    }

    private HttpRequest.Builder request(String seller, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("api/v1/sellers/" + seller + "/reports"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "ko-KR,ko;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    /** Every answer of the API: no session, ever, and JSON. */
    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), "no cookie from " + request.uri());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                answer.statusCode() + " " + answer.headers().firstValue("Content-Type") + ": " + answer.body());
        return answer;
    }

    private StaffBrowser pharmacist() throws Exception {
        StaffBrowser browser = new StaffBrowser(root());
        assertEquals(302, browser.signIn(PHARMACIST, PASSWORD).statusCode());
        return browser;
    }

    /** The real path: the pharmacist's page, its form, and the token read off the answer. */
    private static String createToken(StaffBrowser browser, String name) throws Exception {
        HttpResponse<String> created = browser.submit(browser.get("pharmacist/tokens"), "create", "submit",
                Map.of("name", name));
        Matcher issued = ISSUED.matcher(created.body());
        assertTrue(issued.find(), "a token was issued: " + created.body());
        return issued.group(1);
    }

    /** Presses the revoke button of the row that lists the named token. */
    private static HttpResponse<String> revoke(StaffBrowser browser, String name) throws Exception {
        HttpResponse<String> page = browser.get("pharmacist/tokens");
        int row = page.body().indexOf("<span class=\"token-name\">" + name + "</span>");
        assertTrue(row > 0, "listed");
        Matcher button = Pattern.compile("name=\"tokens:(list:\\d+:revoke)\"").matcher(page.body());
        assertTrue(button.find(row), "a revoke button in its row");
        return browser.submit(page, "tokens", button.group(1), Map.of());
    }

    private String districtRow(String sellerName) throws Exception {
        String page = PortalHttp.get(uri("district/11440")).body();
        Matcher row = Pattern.compile("<th scope=\"row\">(?:<a [^>]*>)?" + Pattern.quote(Html.escape(sellerName))
                + "(?:</a>)?</th>(.*?)</tr>",
                Pattern.DOTALL).matcher(page);
        int at = page.indexOf(Html.escape(sellerName));
        assertTrue(row.find(), sellerName + " on the district page: "
                + (at < 0 ? page.substring(0, Math.min(3000, page.length())) : page.substring(Math.max(0, at - 300), Math.min(page.length(), at + 1500))));
        return row.group(1);
    }

    private static long tokenId(String token) throws SQLException {
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT id FROM api_token WHERE token_hash = '" + sha256(token) + "'")) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private static long reportsOfThisRun() throws SQLException {
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT COUNT(*) FROM report WHERE account_id = " + pharmacistId)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Pharmacies of 마포구 with a name of their own in the district, bound to nobody, reported for by nobody, and
     * without feed evidence from just before the test day's clock starts or later (which would outrank a report).
     * Taken from the top of the codes, so that other tests picking from the bottom do not meet these.
     */
    private static List<String[]> quietSellers() throws SQLException {
        List<String[]> sellers = new ArrayList<>();
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT s.code, s.name FROM seller s WHERE s.district_code = '11440' AND s.seller_type = '01' "
                        + "AND s.vanished_at IS NULL "
                        + "AND (SELECT COUNT(*) FROM seller t WHERE t.district_code = '11440' AND t.name = s.name) = 1 "
                        + "AND NOT EXISTS (SELECT 1 FROM account_seller a WHERE a.seller_code = s.code) "
                        + "AND NOT EXISTS (SELECT 1 FROM report r WHERE r.seller_code = s.code) "
                        + "AND NOT EXISTS (SELECT 1 FROM feed_history h WHERE h.seller_code = s.code "
                        + "AND (h.stock_at >= '2020-03-11 02:55:00' OR h.created_at >= '2020-03-11 02:55:00' "
                        + "OR h.created_at IS NULL)) "
                        + "ORDER BY s.code DESC LIMIT 2")) {
            while (rs.next()) {
                sellers.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        return sellers;
    }

    private static JsonObject json(HttpResponse<String> answer) {
        return Json.createReader(new StringReader(answer.body())).readObject();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private URI root() {
        return URI.create(base.toExternalForm());
    }

    private URI uri(String path) {
        return root().resolve(path);
    }

}
