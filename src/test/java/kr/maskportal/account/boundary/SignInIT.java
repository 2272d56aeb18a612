package kr.maskportal.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
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
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff sign-in on the real WAR, Payara Micro and MariaDB: the first administrator from PORTAL_ADMIN_PASSWORD,
 * accounts this test stores itself (hashed as the portal hashes), role checks through web.xml and payara-web.xml,
 * session fixation, CSRF, throttling, and public pages that still set no cookie.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    /** Logins of this run end with it, so that runs never meet and the accounts can be removed afterwards. */
    private static final String RUN = "-it" + UUID.randomUUID().toString().substring(0, 8);
    private static final String ADMINISTRATOR = "admin" + RUN;
    private static final String OFFICIAL = "official" + RUN;
    private static final String DISABLED = "disabled" + RUN;
    private static final String LOCK_TARGET = "locked" + RUN;
    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final String REFUSED = "아이디 또는 비밀번호가 맞지 않습니다.";
    private static final String LOCKED = "분 뒤에 다시 시도하세요.";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }

    @BeforeAll
    static void storeAccountsOfThisRun() throws SQLException {
        String hash = Pbkdf2Hashes.hash(PASSWORD);
        try (Connection db = TestDatabase.connect()) {
            TestAccounts.insert(db, ADMINISTRATOR, "ADMINISTRATOR", true, hash);
            long official = TestAccounts.insert(db, OFFICIAL, "OFFICIAL", true, hash);
            db.createStatement().execute("INSERT INTO account_district VALUES (" + official + ", '11440')");
            TestAccounts.insert(db, DISABLED, "ADMINISTRATOR", false, hash);
            TestAccounts.insert(db, LOCK_TARGET, "ADMINISTRATOR", true, hash);
        }
    }

    @AfterAll
    static void removeAccountsOfThisRun() throws SQLException {
        try (Connection db = TestDatabase.connect(); var delete = db.prepareStatement("DELETE FROM account WHERE login LIKE ?")) {
            delete.setString(1, "%" + RUN);
            delete.executeUpdate();
        }
    }

    @Test
    void anonymousCallersAreSentToTheSignInPage() throws Exception {
        for (String path : new String[] {"admin/sellers", "admin/sellers.xhtml", "admin/"}) {
            HttpResponse<String> response = PortalHttp.get(uri(path));
            assertEquals(302, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), path);
        }
    }

    @Test
    void theSignInPageIsAStatefulLabelledKoreanFormWithAnHttpOnlySameSiteSession() throws Exception {
        var browser = browser();
        HttpResponse<String> page = browser.get("login.xhtml");
        assertEquals(200, page.statusCode());
        String cookie = page.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("JSESSIONID=") && cookie.contains("HttpOnly")
                && cookie.toLowerCase().contains("samesite=lax"), cookie);
        String body = page.body();
        assertTrue(Pattern.compile("<html[^>]* lang=\"ko\"").matcher(body).find());
        assertEquals(1, Html.count(body, "<h1"));
        assertTrue(body.contains("href=\"#main\"") && body.contains("id=\"main\""), "skip link");
        assertTrue(body.contains("<label for=\"signin:login\">아이디</label>"));
        assertTrue(body.contains("<label for=\"signin:password\">비밀번호</label>"));
        assertTrue(body.contains("method=\"post\""));
        assertTrue(Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"-?\\d+:-?\\d+\"").matcher(body).find(),
                "a server-side view state, the form's CSRF token; a transient view would say 'stateless'");
        assertTrue(body.contains("autocomplete=\"current-password\""));
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginGetTheSameAnswerAndSignNobodyIn() throws Exception {
        for (String login : new String[] {OFFICIAL, "nobody" + RUN}) {
            var browser = browser();
            HttpResponse<String> answer = signIn(browser, login, "not-the-password");
            assertEquals(200, answer.statusCode(), login);
            String body = answer.body();
            assertTrue(body.contains("<title>오류: 로그인"), "the title says there is an error");
            assertTrue(body.contains("class=\"error-summary\" role=\"alert\""));
            assertTrue(body.contains("<a href=\"#signin:login\">" + REFUSED + "</a>"), "the summary links to the field");
            assertTrue(body.contains("aria-invalid=\"true\""));
            assertFalse(body.contains("correct-horse") || body.contains("not-the-password"), "no password echoed");
            HttpResponse<String> after = browser.get("admin/sellers");
            assertEquals(302, after.statusCode(), "still signed out, and sent to sign in again");
            assertTrue(after.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        }
    }

    @Test
    void emptyFieldsAreNamedInTheSummaryWithLinksToThem() throws Exception {
        var browser = browser();
        HttpResponse<String> answer = browser.submit(browser.get("login.xhtml"), "signin", "submit",
                Map.of("login", "", "password", ""));
        assertTrue(answer.body().contains("<a href=\"#signin:login\">아이디를 입력하세요.</a>"));
        assertTrue(answer.body().contains("<a href=\"#signin:password\">비밀번호를 입력하세요.</a>"));
    }

    @Test
    void theRightPasswordSignsInOnANewSessionAndContinuesToThePageThatAskedForIt() throws Exception {
        var browser = browser();
        assertEquals(302, browser.get("admin/sellers").statusCode());
        HttpResponse<String> form = browser.get("login.xhtml");
        String before = browser.sessionId().orElseThrow();

        HttpResponse<String> signedIn = browser.submit(form, "signin", "submit",
                Map.of("login", ADMINISTRATOR.toUpperCase(), "password", PASSWORD));
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/admin/sellers"));
        String after = browser.sessionId().orElseThrow();
        assertNotEquals(before, after, "a new session id at sign-in");

        HttpResponse<String> sellers = browser.get("admin/sellers");
        assertEquals(200, sellers.statusCode());
        assertShowsWhatTheDatabaseHolds(sellers.body());

        var attacker = browser();
        attacker.useSessionId(before);
        assertEquals(302, attacker.get("admin/sellers").statusCode(), "the session id known before sign-in is worthless");
    }

    @Test
    void theFirstAdministratorComesFromPortalAdminPassword() throws Exception {
        String password = System.getenv("PORTAL_ADMIN_PASSWORD");
        assertTrue(password != null && password.length() >= 12, "the build passes PORTAL_ADMIN_PASSWORD to the portal");
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT account_role, enabled, password_hash FROM account WHERE login = 'admin'")) {
            assertTrue(rs.next(), "the first start on an empty test database created 'admin'");
            assertEquals("ADMINISTRATOR", rs.getString(1));
            assertTrue(rs.getBoolean(2));
            String hash = rs.getString(3);
            assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:600000:"), "hashed with explicit strong parameters");
            assertTrue(Pbkdf2Hashes.matches(password, hash),
                    "portal_test holds an 'admin' made with another password; drop that account and run again");
        }
        var browser = browser();
        HttpResponse<String> signedIn = signIn(browser, "admin", password);
        assertEquals(302, signedIn.statusCode());
        assertEquals(200, browser.get("admin/sellers").statusCode());
    }

    @Test
    void anOfficialIsSignedInButRefusedTheAdministratorsPages() throws Exception {
        var browser = browser();
        HttpResponse<String> signedIn = signIn(browser, OFFICIAL, PASSWORD);
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/official"),
                "their own start page: what is happening now in their districts");
        assertEquals(200, browser.get("official").statusCode());

        HttpResponse<String> refused = browser.get("admin/sellers");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("볼 수 없는 화면입니다"));

        String account = browser.get("login.xhtml").body();
        assertTrue(account.contains("시·군·구 담당 공무원") && account.contains("서울특별시 마포구"), "role and district");
        assertFalse(account.contains("/admin/"), "isCallerInRole(ADMINISTRATOR) is false for an official");
        assertTrue(account.contains("/official/lag"), "the officials' menu instead");

        var administrator = browser();
        signIn(administrator, ADMINISTRATOR, PASSWORD);
        assertTrue(administrator.get("login.xhtml").body().contains("staff-nav"),
                "isCallerInRole(ADMINISTRATOR) is true through the role mapping");
    }

    @Test
    void aDisabledAccountCannotSignInAndIsNotToldWhy() throws Exception {
        var browser = browser();
        HttpResponse<String> answer = signIn(browser, DISABLED, PASSWORD);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains(REFUSED));
        assertEquals(302, browser.get("admin/sellers").statusCode());
    }

    @Test
    void sixWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        var browser = browser();
        HttpResponse<String> answer = null;
        for (int i = 1; i <= 6; i++) {
            answer = signIn(browser, LOCK_TARGET, "wrong-password-" + i);
            assertEquals(200, answer.statusCode());
        }
        assertTrue(answer.body().contains(LOCKED), "the sixth answer says to wait");

        HttpResponse<String> right = signIn(browser, LOCK_TARGET, PASSWORD);
        assertEquals(200, right.statusCode(), "not signed in");
        assertTrue(right.body().contains(LOCKED));
        assertEquals(302, browser.get("admin/sellers").statusCode());
    }

    @Test
    void aPostWithoutTheFormsViewStateDoesNothing() throws Exception {
        var browser = browser();
        HttpResponse<String> form = browser.get("login.xhtml");
        String action = Pattern.compile("<form id=\"signin\"[^>]*action=\"([^\"]+)\"").matcher(form.body())
                .results().findFirst().orElseThrow().group(1);
        HttpResponse<String> forged = browser.post(action, "signin", "submit",
                Map.of("login", ADMINISTRATOR, "password", PASSWORD), "1234567890:987654321");
        assertNotEquals(302, forged.statusCode());
        assertTrue(forged.body().contains("화면이 만료되었습니다"), "the expired-page answer");
        assertEquals(302, browser.get("admin/sellers").statusCode(), "not signed in");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        var browser = browser();
        signIn(browser, ADMINISTRATOR, PASSWORD);
        HttpResponse<String> page = browser.get("admin/sellers");
        String signedInSession = browser.sessionId().orElseThrow();
        HttpResponse<String> out = browser.submit(page, "signout", "submit", Map.of());
        assertEquals(302, out.statusCode());
        assertTrue(out.headers().firstValue("Location").orElse("").contains("/login.xhtml?signedOut=true"));
        assertTrue(browser.get("login.xhtml?signedOut=true").body().contains("로그아웃했습니다."));

        var replay = browser();
        replay.useSessionId(signedInSession);
        assertEquals(302, replay.get("admin/sellers").statusCode());
    }

    @Test
    void publicPagesStillSetNoCookie() throws Exception {
        for (String path : new String[] {"", "province/11", "district/11440", "themes/resident/portal.css"}) {
            HttpResponse<String> response = PortalHttp.get(uri(path));
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "no cookie on " + path);
        }
    }

    private void assertShowsWhatTheDatabaseHolds(String page) throws Exception {
        Properties words = koreanMessages();
        int unplaced = 0;
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT code, name, address, unplaced_reason FROM seller WHERE district_code IS NULL")) {
            while (rs.next()) {
                unplaced++;
                assertTrue(page.contains(">" + rs.getString("code") + "<"), rs.getString("code"));
                assertTrue(page.contains(Html.escape(rs.getString("name"))), rs.getString("name"));
                assertTrue(page.contains(Html.escape(rs.getString("address"))), rs.getString("address"));
                String reason = words.getProperty("seller.unplacedReason." + rs.getString("unplaced_reason"));
                assertTrue(reason != null && page.contains(reason), "reason in words for " + rs.getString("code"));
            }
        }
        assertTrue(unplaced > 0, "the national list has a few sellers no district could be found for");
        assertTrue(page.contains("시·군·구를 정하지 못한 판매처: " + unplaced + "곳"), "count of unplaced sellers");
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT COUNT(*) FROM seller_file_problem")) {
            rs.next();
            assertTrue(page.contains("판매처 파일에서 발견한 문제: " + rs.getInt(1) + "건"), "count of file problems");
        }
        assertEquals(1, Html.count(page, "<h1"));
        assertTrue(page.contains("<title>판매처 점검"));
        assertFalse(page.contains("???"), "no missing message keys");
        assertTrue(page.contains("/themes/staff/staff.css"), "the staff theme with its contrast fixes");
    }

    private HttpResponse<String> signIn(StaffBrowser browser, String login, String password) throws Exception {
        return browser.signIn(login, password);
    }

    private StaffBrowser browser() {
        return new StaffBrowser(URI.create(base.toExternalForm()));
    }

    private URI uri(String path) {
        return URI.create(base.toExternalForm()).resolve(path);
    }

    private static Properties koreanMessages() throws IOException {
        var words = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/kr/maskportal/i18n/messages_ko.properties"),
                StandardCharsets.UTF_8)) {
            words.load(in);
        }
        return words;
    }

}
