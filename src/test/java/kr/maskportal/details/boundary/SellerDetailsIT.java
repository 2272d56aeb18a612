package kr.maskportal.details.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
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
 * Issue 10, parts 3 and 4, on the real WAR, Payara Micro and MariaDB: a pharmacist of this run keeps the phone
 * number, opening hours and description of two real 마포구 pharmacies; residents see them on the seller page (also
 * in English), the easy seller page and the easy district page (a {@code tel:} link), within a second of the save; a
 * refused form keeps what was typed and changes nothing; another pharmacist's seller is refused; and an
 * administrator's onboarding view counts 마포구's sellers as the database holds them.
 * <p>
 * The test day's clock (2020-03-11 12:00 in Korea) is a Wednesday. Everything stored is deleted at the end.
 */
@ExtendWith(ArquillianExtension.class)
class SellerDetailsIT {

    private static final String RUN = "-it" + UUID.randomUUID().toString().substring(0, 8);
    private static final String PHARMACIST = "details-pharmacist" + RUN;
    private static final String OTHER_PHARMACIST = "details-other" + RUN;
    private static final String ADMIN = "details-admin" + RUN;
    private static final String OFFICIAL = "details-official" + RUN;
    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final String MAPO = "11440";
    private static final Duration AT_ONCE = Duration.ofSeconds(1);

    private static String first;
    private static String second;
    private static String others;
    private static final List<Long> accountIds = new ArrayList<>();
    private static StaffBrowser pharmacist;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }

    @BeforeAll
    static void storeAccountsOfThisRun() throws SQLException {
        List<String> sellers = new ArrayList<>();
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT s.code FROM seller s WHERE s.district_code = '" + MAPO + "' AND s.seller_type = '01' "
                        + "AND s.vanished_at IS NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM account_seller a WHERE a.seller_code = s.code) "
                        + "AND NOT EXISTS (SELECT 1 FROM report r WHERE r.seller_code = s.code) "
                        + "AND NOT EXISTS (SELECT 1 FROM seller_details d WHERE d.seller_code = s.code) "
                        + "ORDER BY s.code DESC LIMIT 3")) {
            while (rs.next()) {
                sellers.add(rs.getString(1));
            }
        }
        assertEquals(3, sellers.size(), "마포구 has pharmacies nobody keeps details for");
        first = sellers.get(0);
        second = sellers.get(1);
        others = sellers.get(2);
        String hash = Pbkdf2Hashes.hash(PASSWORD);
        try (Connection db = TestDatabase.connect()) {
            long pharmacistId = TestAccounts.insert(db, PHARMACIST, "PHARMACIST", hash);
            bind(db, pharmacistId, first);
            bind(db, pharmacistId, second);
            long otherId = TestAccounts.insert(db, OTHER_PHARMACIST, "PHARMACIST", hash);
            bind(db, otherId, others);
            accountIds.addAll(List.of(pharmacistId, otherId, TestAccounts.insert(db, ADMIN, "ADMINISTRATOR", hash),
                    TestAccounts.insertOfficial(db, OFFICIAL, hash, MAPO)));
        }
    }

    @AfterAll
    static void removeWhatThisRunStored() throws SQLException {
        try (Connection db = TestDatabase.connect(); var statement = db.createStatement()) {
            String sellers = "('" + first + "', '" + second + "', '" + others + "')";
            statement.executeUpdate("DELETE FROM seller_hours WHERE seller_code IN " + sellers);
            statement.executeUpdate("DELETE FROM seller_details WHERE seller_code IN " + sellers);
            statement.executeUpdate("DELETE FROM seller_details_change WHERE seller_code IN " + sellers);
            statement.executeUpdate("DELETE FROM report WHERE account_id IN (SELECT id FROM account WHERE login LIKE '%"
                    + RUN + "')");
            TestAccounts.removeRun(db, RUN);
        }
    }

    @Test
    void savedDetailsShowOnTheResidentsPagesWithinOneSecond() throws Exception {
        String before = PortalHttp.get(uri("seller/" + first)).body(); // now cached: the save must change the page
        assertFalse(before.contains("tel:"));
        var browser = signedIn();
        HttpResponse<String> form = browser.get("pharmacist/details?seller=" + first);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("<label for=\"details:phone\">전화번호</label>"));
        assertTrue(form.body().contains("<label for=\"details:WED-state\">수요일</label>"));
        assertTrue(form.body().contains("name=\"csrf_token\""), "the session's form token");
        assertTrue(browser.get("pharmacist").body().contains("/pharmacist/details?seller=" + first + "\""),
                "the report page links to it");

        Map<String, String> fields = week("09:00", "21:00");
        fields.put("SUN-state", "CLOSED");
        fields.put("phone", "0212345678");
        fields.put("description", "<b>번호표</b>는 오전 9시부터\r\n1인 2매");
        HttpResponse<String> saved = save(browser, first, fields);
        assertEquals(302, saved.statusCode(), saved.body());
        String location = saved.headers().firstValue("Location").orElse("");
        assertTrue(location.endsWith("/pharmacist/details?seller=" + first + "&saved=true"), location);
        String after = browser.get(location).body();
        assertTrue(after.contains("저장했습니다. 주민 화면에 바로 나옵니다."));
        assertTrue(after.contains("value=\"02-1234-5678\""), "the form shows what is stored");
        assertTrue(after.contains("통합 시험 " + PHARMACIST + ", 2020-03-11 12:"), "who changed it, and when (Korea)");

        String page = awaitPage("seller/" + first, p -> p.contains("tel:"));
        assertTrue(page.contains("<dt>전화</dt>"));
        assertTrue(page.contains("<a class=\"phone\" href=\"tel:0212345678\">02-1234-5678</a>"), "a tel: link");
        Matcher today = Pattern.compile("<tr class=\"today\">\\s*<th scope=\"row\">수요일 <strong class=\"today-mark\">"
                + "\\(오늘\\)</strong></th>\\s*<td>09:00~21:00</td>").matcher(page);
        assertTrue(today.find(), "today's row (Wednesday in Korea) is marked");
        assertEquals(1, Html.count(page, "class=\"today\""));
        assertTrue(Pattern.compile("<th scope=\"row\">일요일</th>\\s*<td>쉬는 날</td>").matcher(page).find());
        assertFalse(page.contains("공휴일</th>"), "a day not given is not shown");
        assertTrue(Pattern.compile("&lt;b&gt;번호표&lt;/b&gt;는 오전 9시부터<br\\s*/?>1인 2매").matcher(page).find(),
                "the description is text, line by line");
        assertFalse(page.contains("<b>번호표"));

        String english = PortalHttp.get(uri("en/seller/" + first)).body();
        assertTrue(english.contains("<h2 id=\"hours-heading\">Opening hours</h2>"));
        assertTrue(english.contains("Wednesday <strong class=\"today-mark\">(today)</strong>"));

        String easy = PortalHttp.get(uri("easy/seller/" + first)).body();
        assertTrue(easy.contains("가기 전에 전화해 보세요: <a class=\"phone\" href=\"tel:0212345678\">02-1234-5678</a>"));
        assertTrue(easy.contains("<td>09:00~21:00</td>") && easy.contains("오전 9시부터"));
        assertFalse(easy.contains("<script"), "no script on the easy page");
        assertTrue(easyDistrictRow(first).contains("<a class=\"phone\" href=\"tel:0212345678\">전화 02-1234-5678</a>"));

        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT d.phone, c.account_id, "
                        + "(SELECT COUNT(*) FROM seller_hours h WHERE h.seller_code = d.seller_code) "
                        + "FROM seller_details d JOIN seller_details_change c ON c.id = d.revision "
                        + "WHERE d.seller_code = '" + first + "'")) {
            assertTrue(rs.next());
            assertEquals("0212345678", rs.getString(1), "stored as digits");
            assertEquals(accountIds.get(0), rs.getLong(2), "with who changed it");
            assertEquals(7, rs.getInt(3), "six days open, Sunday closed");
        }

        HttpResponse<String> cleared = save(browser, first, Map.of("phone", "", "description", ""));
        assertEquals(302, cleared.statusCode());
        awaitPage("seller/" + first, p -> !p.contains("tel:") && !p.contains("hours-heading"));
    }

    @Test
    void aRefusedFormKeepsWhatWasTypedAndChangesNothing() throws Exception {
        var browser = signedIn();
        Map<String, String> good = week("10:00", "19:00");
        good.put("phone", "031-123-4567");
        assertEquals(302, save(browser, second, good).statusCode());
        long revision = revision(second);
        String publicPage = awaitPage("seller/" + second, p -> p.contains("031-123-4567"));

        Map<String, String> bad = week("10:00", "19:00");
        bad.put("phone", "02-12");
        bad.put("MON-opens", "18:00");
        bad.put("MON-closes", "09:00");
        bad.put("TUE-opens", "아홉시");
        bad.put("description", "가".repeat(201));
        HttpResponse<String> refused = save(browser, second, bad);
        assertEquals(200, refused.statusCode());
        String body = refused.body();
        assertTrue(body.contains("<title>오류: 판매처 정보"), "the title says there is an error");
        assertTrue(body.contains("class=\"error-summary\" role=\"alert\""));
        String phoneMessage = "전화번호를 알아볼 수 없습니다. 지역번호까지 쓰세요. 예: 02-123-4567, 010-1234-5678, 1588-1234";
        assertTrue(body.contains("<a href=\"#details:phone\">" + phoneMessage + "</a>"),
                "the summary links to the field");
        assertTrue(body.contains("<p id=\"phone-error\" class=\"error-message\">" + phoneMessage + "</p>"),
                "and the message is by the field");
        assertTrue(body.contains("월요일: 닫는 시각은 여는 시각보다 늦어야 합니다."));
        assertTrue(body.contains("<a href=\"#details:TUE-opens\">화요일: 시각은 09:00처럼 시:분으로 쓰세요.</a>"));
        assertTrue(body.contains("판매 안내는 200자까지 쓸 수 있습니다. 지금 201자입니다."));
        Matcher phone = Pattern.compile("<input id=\"details:phone\"[^>]*>").matcher(body);
        assertTrue(phone.find());
        assertTrue(phone.group().contains("value=\"02-12\"") && phone.group().contains("aria-invalid=\"true\""),
                "what was typed comes back, marked: " + phone.group());
        assertTrue(body.contains("value=\"아홉시\""));
        assertTrue(body.contains(">" + "가".repeat(201) + "</textarea>"));

        assertEquals(revision, revision(second), "nothing stored");
        assertEquals(publicPage, PortalHttp.get(uri("seller/" + second)).body(), "the residents' page as it was");
    }

    @Test
    void anotherPharmacistsSellerIsRefusedAndNothingIsStored() throws Exception {
        var browser = signedIn();
        HttpResponse<String> theirs = browser.get("pharmacist/details?seller=" + others);
        assertEquals(403, theirs.statusCode());
        assertEquals(404, browser.get("pharmacist/details?seller=99999999").statusCode());
        HttpResponse<String> form = browser.get("pharmacist/details?seller=" + first);
        Map<String, String> edited = new LinkedHashMap<>(Map.of("seller", others, "phone", "010-1234-5678"));
        assertEquals(403, browser.submit(form, "details", "save", edited).statusCode(), "an edited seller field");
        edited.put("phone", "not a number");
        assertEquals(403, browser.submit(form, "details", "save", edited).statusCode(),
                "refused as someone else's seller before anything else");
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT COUNT(*) FROM seller_details_change WHERE seller_code = '" + others + "'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
        HttpResponse<String> anonymous = PortalHttp.get(uri("pharmacist/details?seller=" + first));
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    @Test
    void administratorsSeeEachDistrictsSellersAccountsAndThoseThatNeverReported() throws Exception {
        try (Connection db = TestDatabase.connect(); var statement = db.createStatement()) {
            // a report of an earlier day: off today's board, but the seller has reported
            statement.executeUpdate("INSERT INTO report (seller_code, kind, reported_at, account_id) VALUES ('"
                    + second + "', 'SOLD_OUT', '2020-03-02 03:00:00', " + accountIds.get(0) + ")");
        }
        Set<String> listed = codes("SELECT code FROM seller WHERE district_code = '" + MAPO
                + "' AND vanished_at IS NULL");
        Set<String> withAccount = codes("SELECT b.seller_code FROM account_seller b, account a "
                + "WHERE a.id = b.account_id "
                + "AND a.enabled = TRUE AND a.account_role = 'PHARMACIST'");
        Set<String> reported = codes("SELECT DISTINCT seller_code FROM report");
        long accounts = listed.stream().filter(withAccount::contains).count();
        long silent = listed.stream().filter(code -> !reported.contains(code)).count();
        assertTrue(accounts >= 2 && silent >= 1, "this run's pharmacist and its report count");

        var admin = new StaffBrowser(URI.create(base.toExternalForm()));
        assertEquals(302, admin.signIn(ADMIN, PASSWORD).statusCode());
        HttpResponse<String> country = admin.get("admin/onboarding");
        assertEquals(200, country.statusCode());
        assertTrue(country.body().contains("/admin/onboarding?district=" + MAPO + "\">마포구</a>"));
        long countrySellers = codes("SELECT s.code FROM seller s WHERE s.district_code IS NOT NULL "
                + "AND s.vanished_at IS NULL").size();
        assertTrue(Pattern.compile("<tr id=\"country-total\">\\s*<th scope=\"row\" colspan=\"2\">전국</th>\\s*"
                + "<td class=\"num\">" + countrySellers + "</td>").matcher(country.body()).find(),
                "the whole country in one table");

        String district = admin.get("admin/onboarding?district=" + MAPO).body();
        assertTrue(district.contains("<h1>서울특별시 마포구</h1>"));
        assertTrue(district.contains("<li>판매처 " + listed.size() + "곳</li>"), district);
        assertTrue(district.contains("<li>사용 중인 약사 계정이 연결된 판매처 " + accounts + "곳</li>"));
        assertTrue(district.contains("<li>POS 업체로 알리는 판매처 0곳</li>"), "no vendors on this branch");
        assertTrue(district.contains("<li>재고를 한 번도 알린 적 없는 판매처 " + silent + "곳</li>"));
        assertEquals(Math.min(silent, 50), Html.count(district, "<span class=\"code\">"), "50 a page");

        HttpResponse<String> csv = admin.get("admin/onboarding?district=" + MAPO + "&export=never-reported");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals(silent + 2, lines.length, "caption, header and every seller that never reported");
        String all = csv.body();
        assertTrue(all.startsWith("\uFEFF"), "a byte order mark, so that Excel reads Korean");
        assertTrue(all.contains(first + ","), "a bound seller that never reported");
        assertFalse(all.contains(second + ","), "a seller that reported once");
        assertTrue(Pattern.compile(first + ",[^\r\n]*,있음").matcher(all).find(), "with its account");

        assertEquals(404, admin.get("admin/onboarding?district=99999").statusCode());
        assertEquals(404, admin.get("admin/onboarding?district=" + MAPO + "&page=99").statusCode());
        var official = new StaffBrowser(URI.create(base.toExternalForm()));
        official.signIn(OFFICIAL, PASSWORD);
        assertEquals(403, official.get("admin/onboarding").statusCode());
    }

    /** Every weekday open from {@code opens} to {@code closes}; the weekend and holidays not given. */
    private static Map<String, String> week(String opens, String closes) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String day : new String[] {"MON", "TUE", "WED", "THU", "FRI", "SAT"}) {
            fields.put(day + "-state", "OPEN");
            fields.put(day + "-opens", opens);
            fields.put(day + "-closes", closes);
        }
        return fields;
    }

    private HttpResponse<String> save(StaffBrowser browser, String seller, Map<String, String> fields)
            throws Exception {
        HttpResponse<String> form = browser.get("pharmacist/details?seller=" + seller);
        Map<String, String> post = new LinkedHashMap<>(fields);
        post.put("seller", seller);
        return browser.submit(form, "details", "save", post);
    }

    private String awaitPage(String path, Predicate<String> shows) throws Exception {
        Instant deadline = Instant.now().plus(AT_ONCE);
        String last;
        do {
            HttpResponse<String> page = PortalHttp.get(uri(path));
            assertEquals(200, page.statusCode());
            last = page.body();
            if (shows.test(last)) {
                return last;
            }
            Thread.sleep(50);
        } while (Instant.now().isBefore(deadline));
        fail(path + " did not show it within " + AT_ONCE);
        return last;
    }

    /** The seller's item on the easy district page, whichever page of the list it is on. */
    private String easyDistrictRow(String seller) throws Exception {
        for (int page = 1; page <= 20; page++) {
            String body = PortalHttp.get(uri("easy/district/" + MAPO + (page == 1 ? "" : "?page=" + page))).body();
            Matcher row = Pattern.compile("<li><a class=\"seller\" href=\"[^\"]*/easy/seller/" + seller
                    + "\">.*?</li>", Pattern.DOTALL).matcher(body);
            if (row.find()) {
                return row.group();
            }
        }
        fail(seller + " on no page of the easy district list");
        return null;
    }

    private StaffBrowser signedIn() throws Exception {
        if (pharmacist == null) {
            var browser = new StaffBrowser(URI.create(base.toExternalForm()));
            assertEquals(302, browser.signIn(PHARMACIST, PASSWORD).statusCode());
            pharmacist = browser;
        }
        return pharmacist;
    }

    private URI uri(String path) {
        return URI.create(base.toExternalForm()).resolve(path);
    }

    private static long revision(String seller) throws SQLException {
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT revision FROM seller_details WHERE seller_code = '" + seller + "'")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static Set<String> codes(String sql) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private static void bind(Connection db, long account, String seller) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO account_seller VALUES (?, ?)")) {
            insert.setLong(1, account);
            insert.setString(2, seller);
            insert.executeUpdate();
        }
    }
}
