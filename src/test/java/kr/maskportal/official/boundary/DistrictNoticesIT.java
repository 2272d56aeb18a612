package kr.maskportal.official.boundary;

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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.maskportal.account.control.Pbkdf2Hashes;
import kr.maskportal.platform.time.Korea;
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
 * District notices on the real WAR, Payara Micro and MariaDB: an official of 강남구 (11680) posts through the form
 * and residents see the notice on the ordinary and easy district pages in both languages within a second, as
 * text; withdrawing takes it off as fast; refused values store nothing; another district through an edited form
 * value, or another district's notice, is forbidden; a notice that starts later appears when its start passes and
 * leaves at its end, with no other change. Its own accounts and districts (강남구, and 송파구 for the other
 * official); everything it stored is deleted at the end.
 */
@ExtendWith(ArquillianExtension.class)
class DistrictNoticesIT {

    private static final String RUN = "-it" + UUID.randomUUID().toString().substring(0, 8);
    private static final String OFFICIAL = "official" + RUN;
    private static final String OTHER_OFFICIAL = "songpa" + RUN;
    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final String GANGNAM = "11680";
    private static final String SONGPA = "11710";
    private static final String PAGE = "official/notices";
    /** What "visible at once" means here (issue 4's standard for pharmacists' reports). */
    private static final Duration AT_ONCE = Duration.ofSeconds(1);
    private static final Pattern POSTED = Pattern.compile("/official/notices\\?posted=(\\d+)$");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private static StaffBrowser official;

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
            TestAccounts.insertOfficial(db, OFFICIAL, hash, GANGNAM);
            TestAccounts.insertOfficial(db, OTHER_OFFICIAL, hash, SONGPA);
        }
    }

    @AfterAll
    static void removeWhatThisRunStored() throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            TestAccounts.removeRun(db, RUN);
        }
    }

    @Test
    void onlyOfficialsReachThePageAndTheyChooseOnlyAmongTheirOwnDistricts() throws Exception {
        HttpResponse<String> anonymous = PortalHttp.get(uri(PAGE));
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));

        HttpResponse<String> page = signedIn().get(PAGE);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("<title>지역 공지"), "the title");
        assertEquals(1, Html.count(body, "<h1"));
        assertTrue(body.contains("<label for=\"notice:district\">시·군·구</label>"));
        assertTrue(body.contains("<optgroup label=\"서울특별시\">"));
        assertTrue(body.contains("<option value=\"" + GANGNAM + "\" selected=\"selected\">강남구</option>"));
        assertEquals(1, Html.count(body, "<option "), "강남구 only: not 송파구, not any other district");
        assertTrue(body.contains("<label for=\"notice:text\">알릴 내용</label>"));
        assertTrue(Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"-?\\d+:-?\\d+\"").matcher(body).find(),
                "a stateful view: its view state is the form's CSRF token");
        // the defaults: from now, to the minute, for a day, in Korea time (the build's clock starts 2020-03-11 12:00)
        assertTrue(value(body, "notice:startDate").startsWith("2020-03-1"), value(body, "notice:startDate"));
        assertTrue(value(body, "notice:startTime").matches("\\d\\d:\\d\\d"), value(body, "notice:startTime"));
        assertEquals(value(body, "notice:startTime"), value(body, "notice:endTime"));
        assertFalse(body.contains("???"), "no missing message keys");
    }

    @Test
    void aPostedNoticeIsOnEveryDistrictPageAsTextAtOnceAndWithdrawingTakesItOff() throws Exception {
        var browser = signedIn();
        String text = "<script>alert(1)</script> 내일 입고 14시로 지연 " + RUN;
        String shown = Html.escape(text);
        long id = post(browser, GANGNAM, text, Map.of());

        awaitOnDistrictPages(GANGNAM, notices -> notices.contains(shown));
        for (String path : districtPages(GANGNAM)) {
            String page = PortalHttp.get(uri(path)).body();
            assertFalse(page.contains("<script>alert(1)"), "markup in a notice is text: " + path);
            String notices = notices(page);
            boolean english = path.startsWith("en/");
            assertTrue(notices.contains(english ? "Notices from the district office" : "시·군·구청 알림"), path);
            assertTrue(notices.contains("<p class=\"district-notice-text\">" + shown + "</p>"), path);
            assertTrue(english ? notices.contains("(Korea time)") : notices.contains("부터") && notices.contains("까지"),
                    "its span in Korea time: " + notices);
        }
        assertFalse(notices(PortalHttp.get(uri("district/" + SONGPA)).body()).contains(shown), "not on another district");

        String listed = browser.get("official/notices?posted=" + id).body();
        assertTrue(confirmation(listed).contains("서울특별시 강남구에 알림을 올렸습니다: " + shown), confirmation(listed));
        assertTrue(listed.contains("<form id=\"withdraw-" + id + "\""), "a withdraw button for it");
        assertFalse(listed.contains("<script>alert(1)"), "text on the official's page too");
        assertEquals(List.of(GANGNAM + "|" + text + "|open"), stored("notice_text = '" + text.replace("'", "''") + "'"));

        HttpResponse<String> withdrawn = browser.submit(browser.get(PAGE), "withdraw-" + id, "submit",
                Map.of("notice", Long.toString(id)));
        assertEquals(302, withdrawn.statusCode());
        assertTrue(withdrawn.headers().firstValue("Location").orElse("").endsWith("/official/notices?withdrawn=" + id));
        awaitOnDistrictPages(GANGNAM, notices -> !notices.contains(shown));
        String after = browser.get(withdrawn.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(confirmation(after).contains("서울특별시 강남구의 알림을 내렸습니다: " + shown), confirmation(after));
        assertFalse(after.contains("<form id=\"withdraw-" + id + "\""), "nothing left to withdraw");
        assertEquals(List.of(GANGNAM + "|" + text + "|withdrawn"),
                stored("notice_text = '" + text.replace("'", "''") + "'"), "kept, marked withdrawn");
    }

    @Test
    void refusedValuesShowTheProblemByTheFieldAndStoreNothing() throws Exception {
        var browser = signedIn();
        int before = stored("TRUE").size();
        Map<String, String> defaults = defaults(browser.get(PAGE).body());
        String day = defaults.get("startDate");
        refused(browser, Map.of("text", "   "), "notice:text", "알릴 내용을 입력하세요.");
        refused(browser, Map.of("text", "가".repeat(201)), "notice:text", "알림은 200자까지 쓸 수 있습니다. 지금 201자입니다.");
        refused(browser, Map.of("text", "둘째\n줄"), "notice:text", "알림에 줄바꿈이나 쓸 수 없는 문자가 있습니다. 한 줄로 써 주세요.");
        refused(browser, Map.of("startDate", "어제"), "notice:startDate", "시작 날짜와 시각을 2020-03-11, 14:00처럼 입력하세요.");
        refused(browser, Map.of("endTime", "25:00"), "notice:endDate", "끝 날짜와 시각을 2020-03-12, 14:00처럼 입력하세요.");
        refused(browser, Map.of("endDate", day, "endTime", defaults.get("startTime")), "notice:endDate",
                "끝은 시작보다 뒤여야 합니다.");
        refused(browser, Map.of("startDate", "2020-03-01", "startTime", "09:00", "endDate", "2020-03-02", "endTime", "09:00"),
                "notice:endDate", "끝 시각이 이미 지났습니다. 앞으로의 시각을 입력하세요.");
        refused(browser, Map.of("endDate", "2020-04-30"), "notice:endDate",
                "알림은 14일까지 올릴 수 있습니다. 끝을 앞당기거나 나누어 올리세요.");
        assertEquals(before, stored("TRUE").size(), "nothing stored");
    }

    @Test
    void anotherDistrictThroughAnEditedFormValueIsForbiddenAndStoresNothing() throws Exception {
        var browser = signedIn();
        int before = stored("TRUE").size();
        for (String district : new String[] {SONGPA, "99999", ""}) {
            HttpResponse<String> answer = submitNotice(browser, district, "다른 구에 올리기 " + RUN, Map.of());
            if (district.isEmpty()) {
                assertEquals(200, answer.statusCode(), "no district at all is a mistake in the form, not a trespass");
                assertTrue(answer.body().contains("알림을 올릴 시·군·구 코드를 입력하세요."));
            } else {
                assertEquals(403, answer.statusCode(), district);
                assertTrue(answer.body().contains("볼 수 없는 화면입니다"), district);
            }
        }
        assertEquals(403, submitNotice(browser, SONGPA, "", Map.of("startDate", "어제")).statusCode(),
                "refused as another district's before anything else");
        assertEquals(before, stored("TRUE").size(), "nothing stored");
        assertFalse(notices(PortalHttp.get(uri("district/" + SONGPA)).body()).contains("다른 구에 올리기 " + RUN));
    }

    @Test
    void withdrawingAnotherDistrictsNoticeIsForbiddenAndItStays() throws Exception {
        var other = new StaffBrowser(URI.create(base.toExternalForm()));
        assertEquals(302, other.signIn(OTHER_OFFICIAL, PASSWORD).statusCode());
        String theirText = "송파구 알림 " + RUN;
        long theirs = post(other, SONGPA, theirText, Map.of());
        assertFalse(signedIn().get(PAGE).body().contains(theirText), "not in the 강남구 official's list");

        var browser = signedIn();
        long mine = post(browser, GANGNAM, "강남구 알림 " + RUN, Map.of());
        HttpResponse<String> refused = browser.submit(browser.get(PAGE), "withdraw-" + mine, "submit",
                Map.of("notice", Long.toString(theirs)));
        assertEquals(403, refused.statusCode());
        assertEquals(404, browser.submit(browser.get(PAGE), "withdraw-" + mine, "submit",
                Map.of("notice", "999999999")).statusCode(), "an unknown notice");
        assertEquals(List.of(SONGPA + "|" + theirText + "|open"), stored("n.id = " + theirs), "not withdrawn");
        assertEquals("open", stored("n.id = " + mine).get(0).split("\\|")[2], "nor the form's own notice");
        assertTrue(notices(PortalHttp.get(uri("district/" + SONGPA)).body()).contains(Html.escape(theirText)),
                "still shown to 송파구's residents");
        HttpResponse<String> theirPage = other.get("official/notices?posted=" + mine);
        assertTrue(confirmation(theirPage.body()).equals("(no confirmation)"), "no word about another district's notice");
    }

    @Test
    void aNoticeThatStartsLaterAppearsWhenItsStartPassesAndLeavesAtItsEndWithNoOtherChange() throws Exception {
        var browser = signedIn();
        // the portal's clock is the build's replayed day; learn it to the second from a notice's creation time
        Instant sent = Instant.now();
        long probe = post(browser, GANGNAM, "시계 맞추기 " + RUN, Map.of());
        Instant received = Instant.now();
        Instant created;
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT created_at FROM district_notice WHERE id = " + probe)) {
            rs.next();
            created = rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
        }
        Duration portalAhead = Duration.between(sent.plus(Duration.between(sent, received).dividedBy(2)), created);

        String text = "곧 시작하는 알림 " + RUN;
        // far enough ahead for the post and the first look on a loaded machine, near enough not to wait long
        ZonedDateTime start = Instant.now().plus(portalAhead).plusSeconds(8).atZone(Korea.ZONE)
                .truncatedTo(ChronoUnit.SECONDS);
        ZonedDateTime end = start.plusSeconds(5);
        post(browser, GANGNAM, text, Map.of("startDate", start.toLocalDate().toString(),
                "startTime", start.format(TIME), "endDate", end.toLocalDate().toString(), "endTime", end.format(TIME)));
        String shown = Html.escape(text);
        assertFalse(notices(PortalHttp.get(uri("district/" + GANGNAM)).body()).contains(shown), "not before its start");
        assertFalse(notices(PortalHttp.get(uri("easy/district/" + GANGNAM)).body()).contains(shown));
        Await.until(Duration.ofSeconds(15), () -> notices(PortalHttp.get(uri("district/" + GANGNAM)).body()),
                notices -> notices.contains(shown));
        Instant appeared = Instant.now().plus(portalAhead);
        assertTrue(appeared.isBefore(start.toInstant().plusSeconds(3)), "when its start passed, not at the next "
                + "minute's new rendering: " + appeared + " for a start at " + start);
        assertTrue(notices(PortalHttp.get(uri("easy/district/" + GANGNAM)).body()).contains(shown), "easy page too");
        Await.until(Duration.ofSeconds(12), () -> notices(PortalHttp.get(uri("district/" + GANGNAM)).body()),
                notices -> !notices.contains(shown));
        Instant left = Instant.now().plus(portalAhead);
        assertTrue(left.isBefore(end.toInstant().plusSeconds(3)), "when its end passed: " + left + " for " + end);
        assertFalse(notices(PortalHttp.get(uri("en/easy/district/" + GANGNAM)).body()).contains(shown), "gone everywhere");
        String listed = browser.get(PAGE).body();
        Matcher row = Pattern.compile("<li class=\"official-notice\" id=\"notice-\\d+\">\\s*<p[^>]*>" + Pattern.quote(shown)
                + "</p>\\s*<p class=\"official-notice-facts\">\\s*<span class=\"official-notice-state\">([^<]+)</span>")
                .matcher(listed);
        assertTrue(row.find(), "listed");
        assertEquals("끝남", row.group(1), "listed as ended");
    }

    /** Posts through the form, expects the redirect that names the stored notice, and answers its id. */
    private long post(StaffBrowser browser, String district, String text, Map<String, String> times) throws Exception {
        HttpResponse<String> answer = submitNotice(browser, district, text, times);
        assertEquals(302, answer.statusCode(), text + ": " + answer.body());
        Matcher posted = POSTED.matcher(answer.headers().firstValue("Location").orElse(""));
        assertTrue(posted.find(), answer.headers().firstValue("Location").orElse("(no Location)"));
        return Long.parseLong(posted.group(1));
    }

    /** The form as a browser sends it: its defaults, with the district, the text and the times given. */
    private HttpResponse<String> submitNotice(StaffBrowser browser, String district, String text,
            Map<String, String> times) throws Exception {
        HttpResponse<String> page = browser.get(PAGE);
        Map<String, String> fields = defaults(page.body());
        fields.put("district", district);
        fields.put("text", text);
        fields.putAll(times);
        return browser.submit(page, "notice", "submit", fields);
    }

    private void refused(StaffBrowser browser, Map<String, String> changed, String fieldId, String message)
            throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("text", "올바른 알림 " + RUN));
        fields.putAll(changed);
        String text = fields.remove("text");
        HttpResponse<String> answer = submitNotice(browser, GANGNAM, text, fields);
        assertEquals(200, answer.statusCode(), message);
        String body = answer.body();
        assertTrue(body.contains("<title>오류: 지역 공지"), "the title says there is an error");
        assertTrue(body.contains("class=\"error-summary\" role=\"alert\""));
        assertTrue(body.contains("<a href=\"#" + fieldId + "\">" + message + "</a>"), "summary links to the field: " + message);
        assertTrue(body.contains("class=\"error-message\">" + message + "</p>"), "and the message is by the field");
        Matcher input = Pattern.compile("<input id=\"" + Pattern.quote(fieldId) + "\"[^>]*>").matcher(body);
        assertTrue(input.find(), fieldId);
        assertTrue(input.group().contains("aria-invalid=\"true\""), input.group());
        if (!text.isBlank() && !text.contains("\n")) {
            assertEquals(Html.escape(text), value(body, "notice:text"), "what was typed comes back");
        }
    }

    private void awaitOnDistrictPages(String district, Predicate<String> notices) throws Exception {
        for (String path : districtPages(district)) {
            Instant deadline = Instant.now().plus(AT_ONCE);
            String last;
            do {
                last = notices(PortalHttp.get(uri(path)).body());
                if (notices.test(last)) {
                    break;
                }
                if (!Instant.now().isBefore(deadline)) {
                    fail("/" + path + " did not follow within " + AT_ONCE + ": " + last);
                }
                Thread.sleep(50);
            } while (true);
        }
    }

    private static List<String> districtPages(String district) {
        return List.of("district/" + district, "easy/district/" + district, "en/district/" + district,
                "en/easy/district/" + district);
    }

    /** The district notices' section of a public page; empty when it has none. */
    private static String notices(String page) {
        Matcher section = Pattern.compile("<section class=\"district-notices\".*?</section>", Pattern.DOTALL).matcher(page);
        return section.find() ? section.group() : "";
    }

    private static Map<String, String> defaults(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : new String[] {"startDate", "startTime", "endDate", "endTime"}) {
            fields.put(field, value(page, "notice:" + field));
        }
        return fields;
    }

    private static String value(String page, String id) {
        Matcher input = Pattern.compile("<input id=\"" + Pattern.quote(id) + "\"[^>]*?value=\"([^\"]*)\"").matcher(page);
        assertTrue(input.find(), "a value for " + id);
        return input.group(1);
    }

    private static String confirmation(String page) {
        Matcher notice = Pattern.compile("<p id=\"confirmation\"[^>]*>(.*?)</p>", Pattern.DOTALL).matcher(page);
        return notice.find() ? notice.group(1).strip() : "(no confirmation)";
    }

    /** This run's notices matching a condition, oldest first, as district|text|open or withdrawn. */
    private static List<String> stored(String condition) throws SQLException {
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT n.district_code, n.notice_text, n.withdrawn_at IS NULL FROM district_notice n "
                        + "JOIN account a ON a.id = n.account_id WHERE a.login LIKE '%" + RUN + "' AND " + condition
                        + " ORDER BY n.id")) {
            var rows = new java.util.ArrayList<String>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + (rs.getBoolean(3) ? "open" : "withdrawn"));
            }
            return rows;
        }
    }

    /** The official of this run, signed in once (a PBKDF2 check at 600,000 iterations is slow on purpose). */
    private StaffBrowser signedIn() throws Exception {
        if (official == null) {
            var browser = new StaffBrowser(URI.create(base.toExternalForm()));
            assertEquals(302, browser.signIn(OFFICIAL, PASSWORD).statusCode());
            official = browser;
        }
        return official;
    }

    private URI uri(String path) {
        return URI.create(base.toExternalForm()).resolve(path);
    }
}
