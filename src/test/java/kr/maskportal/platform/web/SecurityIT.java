package kr.maskportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kr.maskportal.account.control.Pbkdf2Hashes;
import kr.maskportal.testing.Html;
import kr.maskportal.testing.PortalHttp;
import kr.maskportal.testing.StaffBrowser;
import kr.maskportal.testing.TestAccounts;
import kr.maskportal.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9's security list on the real WAR, Payara Micro and MariaDB, as an attacker would try it from outside:
 * the security headers on every kind of response, forged and replayed posts (CSRF) that change nothing, no change on
 * GET, markup shown as text, SQL injection strings in every public parameter answered as ordinary input, a new
 * session id at sign-in and the absolute session limit, cookies, and error pages that say nothing about the server.
 * Deployed as behind TLS and with a session limit of {@value #LIMIT_SECONDS} seconds, both set in the WAR's own
 * MicroProfile settings so that no other test sees them. Its own accounts; everything it stored is deleted at the end.
 * (Another seller's pharmacist and another district's official are refused in PharmacistReportsIT,
 * PointOfSaleApiIT, DayReportIT, LagReportIT and DistrictNoticesIT.)
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final String RUN = "-it" + UUID.randomUUID().toString().substring(0, 8);
    private static final String OFFICIAL = "secofficial" + RUN;
    private static final String OTHER_OFFICIAL = "secother" + RUN;
    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final String MAPO = "11440";
    private static final String NOTICES = "official/notices";
    /** Long enough for a test's sign-in and a few pages on a busy machine, short enough to wait for. */
    static final int LIMIT_SECONDS = 15;
    private static final String EXPIRED = "화면이 만료되었습니다";
    private static final String STALE = "보던 화면이 오래되어 보낸 내용을 처리하지 않았습니다";
    private static final List<String> INJECTIONS = List.of("' OR '1'='1", "1' OR 1=1 --", "\" OR \"\"=\"",
            "1; DROP TABLE seller; --", "' UNION SELECT login, password_hash FROM account --", "%27%20OR%201%3D1",
            "11440' AND SLEEP(5) --", "\\'; SELECT 1; --");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @ArquillianResource
    URL base;

    /** The portal's WAR with two settings added to its own MicroProfile settings. */
    @Deployment(testable = false)
    static WebArchive portal() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
        String path = "/WEB-INF/classes/META-INF/microprofile-config.properties";
        String settings;
        try (var in = war.get(path).getAsset().openStream()) {
            settings = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        war.delete(path);
        war.add(new StringAsset(settings + "\nportal.session.absolute-timeout=" + LIMIT_SECONDS
                + "\nportal.behind-tls=true\n"), path);
        return war;
    }

    @BeforeAll
    static void storeAccountsOfThisRun() throws SQLException {
        String hash = Pbkdf2Hashes.hash(PASSWORD);
        try (Connection db = TestDatabase.connect()) {
            for (String login : List.of(OFFICIAL, OTHER_OFFICIAL)) {
                TestAccounts.insertOfficial(db, login, hash, MAPO);
            }
        }
    }

    @AfterAll
    static void removeWhatThisRunStored() throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            TestAccounts.removeRun(db, RUN);
        }
    }

    @Test
    void everyKindOfResponseCarriesTheSecurityHeadersAndNoServerName() throws Exception {
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("home page", send("GET", ""));
        answers.put("district page", send("GET", "district/" + MAPO));
        answers.put("easy page", send("GET", "easy/district/" + MAPO));
        answers.put("English search", send("GET", "en/search?q=" + enc("서교동")));
        answers.put("HEAD of a public page", send("HEAD", "district/" + MAPO));
        answers.put("style sheet", send("GET", "themes/resident/portal.css"));
        HttpResponse<String> login = send("GET", "login.xhtml");
        answers.put("sign-in page", login);
        Matcher resource = Pattern.compile("src=\"/?([^\"]*jakarta\\.faces\\.resource/[^\"]+)\"").matcher(login.body());
        assertTrue(resource.find(), "the sign-in page loads PrimeFaces' scripts");
        answers.put("Faces resource", send("GET", resource.group(1).replace("&amp;", "&")));
        answers.put("open API", send("GET", "api/v1/stores/json?page=1&perPage=1"));
        answers.put("open API refusal", send("GET", "api/v1/storesByGeo/json?lat=north&lng=1&m=1"));
        answers.put("open API preflight", send("OPTIONS", "api/v1/stores/json"));
        answers.put("point-of-sale API without token", send("POST", "api/v1/sellers/11806923/reports"));
        answers.put("redirect to sign-in", send("GET", NOTICES));
        answers.put("404", send("GET", "no-such-page"));
        answers.put("405", send("PUT", "district/" + MAPO));
        answers.put("403 for a forged post", send("POST", "login.xhtml"));

        var official = signedIn(OFFICIAL);
        answers.put("staff page", official.get(NOTICES));
        answers.put("CSV export", official.get("official/day?district=" + MAPO + "&date=2020-03-10&export=hourly"));

        assertEquals(302, answers.get("redirect to sign-in").statusCode());
        assertEquals(401, answers.get("point-of-sale API without token").statusCode());
        assertTrue(answers.get("CSV export").headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        answers.forEach((what, answer) -> assertSecurityHeaders(answer, what));
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteAndSecureBehindTls() throws Exception {
        String cookie = send("GET", "login.xhtml").headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("JSESSIONID="), cookie);
        String flags = cookie.toLowerCase(Locale.ROOT);
        assertTrue(flags.contains("httponly") && flags.contains("samesite=lax") && flags.contains("secure"), cookie);
        assertTrue(send("GET", "district/" + MAPO).headers().allValues("Set-Cookie").isEmpty(), "no session for residents");
    }

    @Test
    void aPostWithoutTheSessionsFormTokenOrWithAMadeUpViewStateChangesNothing() throws Exception {
        var official = signedIn(OFFICIAL);
        HttpResponse<String> page = official.get(NOTICES);
        assertEquals(200, page.statusCode());
        String action = action(page.body(), "notice");
        String viewState = viewState(page.body());
        String token = token(page.body());
        assertTrue(token.length() >= 40, "a long random token: " + token);

        String forged = "위조된 알림 " + RUN;
        Map<String, String> fields = noticeFields(page.body(), forged);
        HttpResponse<String> noToken = official.post(action, "notice", "submit", fields, viewState);
        assertRefused(noToken, "no token, as a post from another site");
        assertRefused(official.post(action, "notice", "submit", fields, viewState, "wapiti"), "a made-up token");
        var other = signedIn(OTHER_OFFICIAL);
        String othersToken = token(other.get(NOTICES).body());
        assertNotEquals(token, othersToken, "one token per session");
        assertRefused(official.post(action, "notice", "submit", fields, viewState, othersToken), "another session's token");

        HttpResponse<String> madeUpState = official.post(action, "notice", "submit", fields, "1234567890:987654321", token);
        assertEquals(303, madeUpState.statusCode(), "a view state the server does not hold: back to the page");
        String again = official.get(madeUpState.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(again.contains(STALE), "and the page says nothing was done");
        assertFalse(official.get(NOTICES).body().contains(STALE), "once");

        assertEquals(0, storedNotices(forged), "none of these posts stored anything");
        assertEquals(200, official.get(NOTICES).statusCode(), "and the official is still signed in");
    }

    @Test
    void aGetNeverChangesAnythingEvenWithTheFormsFields() throws Exception {
        var official = signedIn(OFFICIAL);
        HttpResponse<String> page = official.get(NOTICES);
        String text = "GET으로 보낸 알림 " + RUN;
        Map<String, String> query = new LinkedHashMap<>();
        query.put("notice", "notice");
        noticeFields(page.body(), text).forEach((name, value) -> query.put("notice:" + name, value));
        query.put("notice:submit", "");
        query.put("jakarta.faces.ViewState", viewState(page.body()));
        query.put("csrf_token", token(page.body()));
        String asQuery = query.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        String action = action(page.body(), "notice");
        HttpResponse<String> get = official.get(action.substring(1) + "?" + asQuery);
        assertEquals(405, get.statusCode());
        assertTrue(get.headers().firstValue("Allow").orElse("").contains("POST"));
        assertTrue(get.body().contains("<h1>이 방법으로는 열 수 없는 주소입니다</h1>"), "the portal's own 405 page");
        assertEquals(405, send("GET", "login.xhtml?jakarta.faces.ViewState=1%3A2").statusCode());
        assertEquals(405, send("GET", "district/" + MAPO + "?jakarta.faces.ViewState=1%3A2").statusCode());
        assertEquals(0, storedNotices(text), "nothing stored");

        for (String method : List.of("PUT", "DELETE", "PATCH", "TRACE")) {
            assertEquals(405, send(method, "login.xhtml").statusCode(), method);
            HttpResponse<String> refused = send(method, "district/" + MAPO);
            assertEquals(405, refused.statusCode(), method);
            String server = refused.headers().firstValue("Server").orElse("").toLowerCase(Locale.ROOT);
            assertFalse(server.contains("payara"), method + " (TRACE is answered by the server itself): " + server);
        }
    }

    @Test
    void markupInANoticeAndInASearchIsShownAsText() throws Exception {
        var official = signedIn(OFFICIAL);
        HttpResponse<String> page = official.get(NOTICES);
        String text = "<script>alert('xss')</script><img src=x onerror=alert(1)> " + RUN;
        HttpResponse<String> posted = official.submit(page, "notice", "submit", noticeFields(page.body(), text));
        assertEquals(302, posted.statusCode(), posted.body());
        assertEquals(1, storedNotices(text), "stored as typed");
        String shown = Html.escape(text);
        Instant deadline = Instant.now().plusSeconds(2);
        String district;
        do {
            district = send("GET", "district/" + MAPO).body();
        } while (!district.contains(shown) && Instant.now().isBefore(deadline));
        assertTrue(district.contains(shown), "the notice as text on the residents' page");
        assertFalse(district.contains("<script>alert('xss')") || district.contains("<img src=x"), "never as markup");

        for (String path : List.of("search?q=", "en/search?q=", "easy/search?q=")) {
            HttpResponse<String> search = send("GET", path + enc("<script>alert(1)</script>\"><b>"));
            assertTrue(search.statusCode() == 200 || search.statusCode() == 404, path);
            assertFalse(search.body().contains("<script>alert(1)") || search.body().contains("\"><b>"), path);
        }
        String found = send("GET", "search?q=" + enc("<script>alert(1)</script>")).body();
        assertTrue(found.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "what was searched for, as text");
    }

    @Test
    void sqlInjectionInEveryPublicParameterIsOrdinaryInput() throws Exception {
        long sellers = count("SELECT COUNT(*) FROM seller");
        long accounts = count("SELECT COUNT(*) FROM account");
        for (String attack : INJECTIONS) {
            String a = enc(attack);
            List<String> paths = List.of("search?q=" + a, "en/search?q=" + a, "easy/search?q=" + a,
                    "district/" + a, "province/" + a, "seller/" + a, "easy/district/" + a,
                    "district/" + MAPO + "?sort=" + a + "&type=" + a + "&likely=" + a,
                    "easy/district/" + MAPO + "?page=" + a,
                    "api/v1/storesByAddr/json?address=" + a,
                    "api/v1/storesByAddr/json?address=" + enc("서울특별시 마포구 " + attack),
                    "api/v1/storesByGeo/json?lat=" + a + "&lng=126.97&m=500",
                    "api/v1/storesByGeo/json?lat=37.56&lng=" + a + "&m=500",
                    "api/v1/storesByGeo/json?lat=37.56&lng=126.97&m=" + a,
                    "api/v1/stores/json?page=" + a + "&perPage=10",
                    "api/v1/sales/json?page=1&perPage=" + a,
                    "official/day?district=" + a + "&date=" + a,
                    "login.xhtml?signedOut=" + a);
            for (String path : paths) {
                HttpResponse<String> answer = send("GET", path);
                int status = answer.statusCode();
                assertTrue(status == 200 || status == 302 || status == 400 || status == 404,
                        path + " answered " + status);
                assertNoServerDetails(answer.body(), path);
            }
        }
        assertEquals(sellers, count("SELECT COUNT(*) FROM seller"), "no seller touched");
        assertEquals(accounts, count("SELECT COUNT(*) FROM account"), "no account touched");
    }

    @Test
    void signInGivesANewSessionIdAndTheSessionEndsAtItsAbsoluteLimitHoweverBusy() throws Exception {
        var browser = new StaffBrowser(URI.create(base.toExternalForm()));
        browser.get("login.xhtml");
        String before = browser.sessionId().orElseThrow();
        Instant asked = Instant.now();
        assertEquals(302, browser.signIn(OFFICIAL, PASSWORD).statusCode());
        Instant answered = Instant.now();
        String signedIn = browser.sessionId().orElseThrow();
        assertNotEquals(before, signedIn, "a new session id at sign-in");

        // busy all along: never idle for more than two seconds, far below the 30 minutes of the idle timeout
        while (Instant.now().isBefore(asked.plusSeconds(LIMIT_SECONDS - 5))) {
            assertEquals(200, browser.get(NOTICES).statusCode(), "still within the limit");
            Thread.sleep(2_000);
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), answered.plusSeconds(LIMIT_SECONDS + 1)).toMillis()));
        HttpResponse<String> ended = browser.get(NOTICES);
        assertEquals(303, ended.statusCode(), "the limit passed");
        assertTrue(ended.headers().firstValue("Location").orElse("").endsWith("/login.xhtml?sessionEnded=true"));
        assertSecurityHeaders(ended, "the redirect at the limit");
        String signIn = browser.get("login.xhtml?sessionEnded=true").body();
        assertTrue(signIn.contains("로그인한 뒤 정해진 시간이 지나 자동으로 로그아웃되었습니다"), "says why");
        assertTrue(signIn.contains("<form id=\"signin\""), "and asks to sign in again");

        var replay = new StaffBrowser(URI.create(base.toExternalForm()));
        replay.useSessionId(signedIn);
        assertEquals(302, replay.get(NOTICES).statusCode(), "the ended session's id is worthless");
    }

    @Test
    void errorPagesAreThePortalsOwnWithoutStackTracesOrServerNames() throws Exception {
        record Case(String method, String path, int status, String title) {
        }
        for (Case c : List.of(
                new Case("GET", "no-such-page", 404, "페이지를 찾을 수 없습니다"),
                new Case("GET", "district/99999", 404, "페이지를 찾을 수 없습니다"),
                new Case("GET", "en/district/99999", 404, "Page not found"),
                new Case("GET", "WEB-INF/web.xml", 404, "페이지를 찾을 수 없습니다"),
                new Case("PUT", "", 405, "이 방법으로는 열 수 없는 주소입니다"),
                new Case("DELETE", "login.xhtml", 405, "이 방법으로는 열 수 없는 주소입니다"),
                new Case("POST", "login.xhtml", 403, EXPIRED),
                new Case("POST", "district/" + MAPO, 403, EXPIRED))) {
            HttpResponse<String> answer = send(c.method(), c.path());
            String what = c.method() + " /" + c.path();
            assertEquals(c.status(), answer.statusCode(), what);
            assertTrue(answer.body().contains("<h1>" + c.title() + "</h1>"), what + ": " + answer.body());
            assertNoServerDetails(answer.body(), what);
            assertSecurityHeaders(answer, what);
        }
    }

    private void assertRefused(HttpResponse<String> answer, String what) {
        assertEquals(403, answer.statusCode(), what);
        assertTrue(answer.body().contains("<h1>" + EXPIRED + "</h1>"), what + ": the portal's own answer");
        assertNoServerDetails(answer.body(), what);
    }

    private static void assertSecurityHeaders(HttpResponse<?> answer, String what) {
        var headers = answer.headers();
        String policy = headers.firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'self'") && policy.contains("frame-ancestors 'none'"),
                what + ": Content-Security-Policy " + policy);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), what);
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(""), what);
        assertTrue(headers.firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="), what + ": HSTS");
        String server = headers.firstValue("Server").orElse("").toLowerCase(Locale.ROOT);
        assertFalse(server.contains("payara") || server.contains("glassfish") || server.matches(".*\\d.*"),
                what + ": Server " + server);
        assertTrue(headers.allValues("X-Powered-By").isEmpty(), what + ": X-Powered-By");
    }

    private static void assertNoServerDetails(String body, String what) {
        String lower = body.toLowerCase(Locale.ROOT);
        for (String detail : List.of("exception", "stack", "at kr.maskportal", "at java.", "payara", "glassfish",
                "mojarra", "eclipselink", "sqlstate", "sql syntax", "mariadb", "mysql")) {
            assertFalse(lower.contains(detail), what + " mentions " + detail);
        }
    }

    /** The notice form's fields as a browser fills them: its own default times, this district, the text. */
    private static Map<String, String> noticeFields(String page, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : List.of("startDate", "startTime", "endDate", "endTime")) {
            Matcher input = Pattern.compile("<input id=\"notice:" + field + "\"[^>]*?value=\"([^\"]*)\"").matcher(page);
            assertTrue(input.find(), field);
            fields.put(field, input.group(1));
        }
        fields.put("district", MAPO);
        fields.put("text", text);
        return fields;
    }

    private static String action(String page, String formId) {
        Matcher form = Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"").matcher(page);
        assertTrue(form.find(), "form " + formId);
        return form.group(1).replace("&amp;", "&");
    }

    private static String viewState(String page) {
        Matcher state = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertTrue(state.find(), "a view state");
        return state.group(1);
    }

    private static String token(String page) {
        Matcher token = StaffBrowser.FORM_TOKEN.matcher(page);
        assertTrue(token.find(), "a form token in the form");
        return token.group(1);
    }

    private static long storedNotices(String text) throws SQLException {
        try (Connection db = TestDatabase.connect(); var query = db.prepareStatement(
                "SELECT COUNT(*) FROM district_notice WHERE notice_text = ?")) {
            query.setString(1, text);
            var rs = query.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private StaffBrowser signedIn(String login) throws Exception {
        var browser = new StaffBrowser(URI.create(base.toExternalForm()));
        assertEquals(302, browser.signIn(login, PASSWORD).statusCode());
        return browser;
    }

    /** A request without cookies, any method, no redirects followed; a body where the method has one. */
    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        boolean body = List.of("POST", "PUT", "PATCH").contains(method);
        boolean api = path.startsWith("api/");
        var request = HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(path))
                .timeout(Duration.ofSeconds(30)).header("Accept-Language", "ko-KR,ko;q=0.9")
                .method(method, body ? HttpRequest.BodyPublishers.ofString(api ? "{}" : "a=1")
                        : HttpRequest.BodyPublishers.noBody());
        if (body) {
            request.header("Content-Type", api ? "application/json" : "application/x-www-form-urlencoded");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
