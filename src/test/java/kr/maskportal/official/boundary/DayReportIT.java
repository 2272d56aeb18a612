package kr.maskportal.official.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kr.maskportal.account.control.Pbkdf2Hashes;
import kr.maskportal.platform.time.Korea;
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
 * The officials' day report on the real WAR, Payara Micro and MariaDB: a small history of 해운대구 (26350) on
 * 2020-03-10, stored straight into {@code feed_history} and {@code report}, read back through the page and each
 * CSV and compared with what was computed by hand below; and who may read it.
 * <p>
 * Four pharmacies of the district (the first four by code), times in Korea:
 * <pre>
 * S1  feed some (stocked 08:00, made 08:00, seen 08:01); queue 12 at 09:05, queue 30 at 09:40; SOLD OUT at 10:15;
 *     feed empty (made 10:30, seen 10:40)           → sold out 10:15 on the pharmacist's word, held all day
 * S2  feed few (made 08:00, seen 08:02); feed empty (made 10:58, seen 11:00)
 *                                                   → sold out 11:00 on the feed's word; "unknown" from 13:58
 * S3  feed plenty (made 08:00, seen 08:03); queue 7 at 09:59:59.999; SOLD OUT at 12:00, undone
 *                                                   → never sold out; "unknown" from 11:00 (3 hours old)
 * S4  a notice at 09:00, undone                     → never reported
 * </pre>
 * Every other seller of the district has no history that day: no data all day, and never reported.
 */
@ExtendWith(ArquillianExtension.class)
class DayReportIT {

    private static final String RUN = "-it" + UUID.randomUUID().toString().substring(0, 8);
    private static final String OFFICIAL = "official" + RUN;
    private static final String MAPO_OFFICIAL = "mapo" + RUN;
    private static final String REPORTER = "reporter" + RUN;
    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final String DISTRICT = "26350";
    private static final String DAY = "2020-03-10";
    private static final String PAGE = "official/day?district=" + DISTRICT + "&date=" + DAY;

    private static final List<String> codes = new ArrayList<>();
    private static final List<String> names = new ArrayList<>();
    private static int sellers;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }

    @BeforeAll
    static void storeTheDay() throws SQLException {
        String hash = Pbkdf2Hashes.hash(PASSWORD);
        try (Connection db = TestDatabase.connect()) {
            try (var rs = db.createStatement().executeQuery("SELECT code, name FROM seller WHERE district_code = '"
                    + DISTRICT + "' AND seller_type = '01' AND vanished_at IS NULL ORDER BY code LIMIT 4")) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                    names.add(rs.getString(2));
                }
            }
            assertEquals(4, codes.size(), "해운대구 has pharmacies");
            try (var rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM seller WHERE district_code = '"
                    + DISTRICT + "' AND vanished_at IS NULL")) {
                rs.next();
                sellers = rs.getInt(1);
            }
            long official = TestAccounts.insert(db, OFFICIAL, "OFFICIAL", hash);
            db.createStatement().execute("INSERT INTO account_district VALUES (" + official + ", '" + DISTRICT + "')");
            long mapo = TestAccounts.insert(db, MAPO_OFFICIAL, "OFFICIAL", hash);
            db.createStatement().execute("INSERT INTO account_district VALUES (" + mapo + ", '11440')");
            long reporter = TestAccounts.insert(db, REPORTER, "PHARMACIST", hash);

            feed(db, codes.get(0), "SOME", "08:00", "08:00", "08:01");
            feed(db, codes.get(0), "EMPTY", "08:00", "10:30", "10:40");
            report(db, reporter, codes.get(0), "QUEUE", 12, null, "09:05:00", false);
            report(db, reporter, codes.get(0), "QUEUE", 30, null, "09:40:00", false);
            report(db, reporter, codes.get(0), "SOLD_OUT", null, null, "10:15:00", false);
            feed(db, codes.get(1), "FEW", "08:00", "08:00", "08:02");
            feed(db, codes.get(1), "EMPTY", "08:00", "10:58", "11:00");
            feed(db, codes.get(2), "PLENTY", "08:00", "08:00", "08:03");
            report(db, reporter, codes.get(2), "QUEUE", 7, null, "09:59:59.999", false);
            report(db, reporter, codes.get(2), "SOLD_OUT", null, null, "12:00:00", true);
            report(db, reporter, codes.get(3), "NOTICE", null, "번호표 배부", "09:00:00", true);
        }
    }

    @AfterAll
    static void removeTheDay() throws SQLException {
        try (Connection db = TestDatabase.connect();
                var reports = db.prepareStatement("DELETE FROM report WHERE account_id IN "
                        + "(SELECT id FROM account WHERE login LIKE ?)");
                var feed = db.prepareStatement("DELETE FROM feed_history WHERE seller_code = ? "
                        + "AND observed_at >= ? AND observed_at < ?");
                var accounts = db.prepareStatement("DELETE FROM account WHERE login LIKE ?")) {
            reports.setString(1, "%" + RUN);
            reports.executeUpdate();
            for (String code : codes) {
                feed.setString(1, code);
                feed.setObject(2, utc("00:00"));
                feed.setObject(3, utc("23:59:59.999"));
                feed.executeUpdate();
            }
            accounts.setString(1, "%" + RUN);
            accounts.executeUpdate();
        }
    }

    @Test
    void thePageShowsTheHandComputedDay() throws Exception {
        HttpResponse<String> page = signedIn(OFFICIAL).get(PAGE);
        assertEquals(200, page.statusCode());
        String body = page.body().replaceAll(">\\s+<", "><");
        assertFalse(body.contains("???"), "no missing message keys");
        assertTrue(body.contains("<title>하루 보고서: 부산광역시 해운대구 2020-03-10"), "the title names district and day");
        assertEquals(1, Html.count(body, "<h1"));
        assertTrue(body.contains("<option value=\"26350\" selected=\"selected\">해운대구</option>"));
        assertTrue(body.contains("value=\"2020-03-10\""));

        assertTrue(body.contains("id=\"summary-sellers\">" + sellers + "곳</dd>"));
        assertTrue(body.contains("id=\"summary-sold-out\">2곳 (공공 정보로 1곳, 약사 알림으로 1곳, 둘 다로 0곳)</dd>"));
        assertTrue(body.contains("id=\"summary-first-sold-out\">10:15 (" + Html.escape(names.get(0)) + ")</dd>"));
        assertTrue(body.contains("id=\"summary-never-reported\">" + (sellers - 2) + "곳</dd>"));
        assertTrue(body.contains("id=\"summary-queues\">3건, 가장 긴 대기 30명</dd>"));
        assertFalse(body.contains("id=\"hours-so-far\""), "a whole day");

        String hourly = table(body, "hourly");
        assertTrue(hourly.contains("<th scope=\"row\">09:00–10:00</th><td class=\"num\">3</td><td class=\"num\">"
                + pct(3) + "</td>"), hourly);
        assertTrue(body.contains("class=\"report-chart\""), "the charts");
        assertEquals(2, Html.count(body, "<canvas"), "two charts, each a canvas");
        assertTrue(body.contains("aria-label=\"시간별 마스크가 있는 판매처 비율"));
        for (String table : new String[] {"hourly", "queues", "soldout", "silent"}) {
            assertTrue(body.contains("/official/day?district=26350&amp;date=2020-03-10&amp;export=" + table + "\""),
                    "CSV link of " + table);
        }

        String soldOut = table(body, "soldout");
        assertTrue(soldOut.indexOf(">10:15<") < soldOut.indexOf(">11:00<"), "earliest first");
        assertTrue(soldOut.contains("품절되지 않음"));

        String silent = table(body, "silent");
        assertFalse(silent.contains(">" + codes.get(0) + "<") || silent.contains(">" + codes.get(2) + "<"),
                "S1 and S3 reported");
        assertTrue(silent.contains(">" + codes.get(1) + "<") && silent.contains(">" + codes.get(3) + "<"),
                "S2 never did, S4's only report was undone");
    }

    @Test
    void everyCsvHasTheHandComputedNumbers() throws Exception {
        StaffBrowser official = signedIn(OFFICIAL);

        List<String> hourly = csv(official, "hourly", "hourly");
        assertEquals("부산광역시 해운대구 2020-03-10 시간별 판매처 상태", hourly.get(0));
        assertEquals("시간,마스크 있음 (곳),마스크 있음 (%),품절 (곳),판매 안 함 (곳),확인 필요·정보 없음 (곳),확인 필요·정보 없음 (%)",
                hourly.get(1));
        assertEquals(26, hourly.size(), "caption, header and 24 hours");
        assertEquals(hour("07", 0, 0, sellers), hourly.get(2 + 7), "nothing said yet");
        assertEquals(hour("08", 3, 0, sellers - 3), hourly.get(2 + 8), "S1 some, S2 few, S3 plenty");
        assertEquals(hour("09", 3, 0, sellers - 3), hourly.get(2 + 9), "all three still a colour at 09:59:59");
        assertEquals(hour("10", 2, 1, sellers - 3), hourly.get(2 + 10),
                "S1 sold out; S2's and S3's rows 2:59:59 old, still colours");
        assertEquals(hour("11", 0, 2, sellers - 2), hourly.get(2 + 11), "S2 sold out, S3's row now 3:59 old");
        assertEquals(hour("12", 0, 2, sellers - 2), hourly.get(2 + 12), "S3's undone sold out changes nothing");
        assertEquals(hour("13", 0, 1, sellers - 1), hourly.get(2 + 13), "S2's 10:58 row is over 3 hours old");
        assertEquals(hour("23", 0, 1, sellers - 1), hourly.get(2 + 23), "S1's sold out holds until midnight");

        List<String> queues = csv(official, "queues", "queues");
        assertEquals("시간,대기 알림 (건),알린 판매처 (곳),평균 대기 (명),가장 긴 대기 (명)", queues.get(1));
        assertEquals("09:00–10:00,3,2,16.3,30", queues.get(2 + 9), "(12 + 30 + 7) / 3 from two sellers");
        assertEquals("10:00–11:00,0,0,,", queues.get(2 + 10));
        assertEquals(26, queues.size());

        List<String> soldOut = csv(official, "soldout", "soldout");
        assertEquals("판매처,코드,처음 품절 시각,근거,다시 마스크 있음", soldOut.get(1));
        assertEquals(cell(names.get(0)) + "," + codes.get(0) + ",10:15,약사 알림,", soldOut.get(2));
        assertEquals(cell(names.get(1)) + "," + codes.get(1) + ",11:00,공공 정보,", soldOut.get(3));
        assertEquals(2 + sellers, soldOut.size(), "every seller");
        assertTrue(soldOut.contains(cell(names.get(2)) + "," + codes.get(2) + ",품절되지 않음,,"),
                "S3's undone sold out does not count");

        List<String> silent = csv(official, "silent", "silent");
        assertEquals(2 + sellers - 2, silent.size());
        assertTrue(silent.stream().anyMatch(l -> l.contains("," + codes.get(3) + ",약국,")));
        assertTrue(silent.stream().noneMatch(l -> l.contains("," + codes.get(0) + ",")));
    }

    @Test
    void anotherDistrictsOfficialIsRefusedThePageAndEveryExport() throws Exception {
        StaffBrowser mapo = signedIn(MAPO_OFFICIAL);
        assertEquals(403, mapo.get(PAGE).statusCode());
        for (String table : new String[] {"hourly", "queues", "soldout", "silent"}) {
            HttpResponse<String> refused = mapo.get(PAGE + "&export=" + table);
            assertEquals(403, refused.statusCode(), table);
            assertFalse(refused.body().contains(codes.get(0)), table);
        }
        assertEquals(200, mapo.get("official/day").statusCode(), "its own district, by default");
        assertTrue(mapo.get("official/day").body().contains("<option value=\"11440\" selected=\"selected\">마포구"));
        assertFalse(mapo.get("official/day").body().contains("value=\"26350\""), "only its districts to choose");

        StaffBrowser official = signedIn(OFFICIAL);
        assertEquals(403, official.get("official/day?district=11440&date=" + DAY).statusCode());
        assertEquals(403, official.get("official/day?district=11440&date=" + DAY + "&export=silent").statusCode());
        assertEquals(403, official.get("official/day?district=%3Cscript%3E").statusCode(), "an edited district");

        for (String path : new String[] {PAGE, PAGE + "&export=hourly", "official/day.xhtml"}) {
            HttpResponse<String> anonymous = PortalHttp.get(uri(path));
            assertEquals(302, anonymous.statusCode(), path);
            assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), path);
        }
    }

    @Test
    void theNowPageShowsOnlyTheOfficialsDistrictsAndRefusesOthers() throws Exception {
        StaffBrowser official = signedIn(OFFICIAL);
        HttpResponse<String> now = official.get("official");
        assertEquals(200, now.statusCode());
        assertTrue(now.body().contains("해운대구 지금 상황"), "its one district, chosen at once");
        assertFalse(now.body().contains("마포구"));

        HttpResponse<String> export = official.get("official?export=districts");
        assertEquals(200, export.statusCode());
        assertTrue(export.body().startsWith("\uFEFF"), "a byte order mark for Excel");
        List<String> lines = List.of(export.body().substring(1).split("\r\n"));
        assertEquals(3, lines.size(), "caption, header, one district: " + lines);
        assertEquals("시·군·구,판매처,충분,보통,적음,다 팔렸을 듯,없음,판매 안 함,확인 필요,정보 없음,오래된 정보,대기 줄 보고,"
                + "예상 (7일),예상 적중 (%),예상 상태", lines.get(1));
        String[] row = lines.get(2).split(",", -1);
        assertEquals("부산광역시 해운대구", row[0]);
        assertEquals(sellers, Integer.parseInt(row[1]));
        int counted = 0;
        for (int status = 2; status <= 9; status++) {
            counted += Integer.parseInt(row[status]);
        }
        assertEquals(sellers, counted, "every seller in exactly one status");
        assertEquals(List.of("0", "", "켜짐"), List.of(row[12], row[13], row[14]),
                "no history, no forecasts judged: on, with no share to show");

        assertEquals(403, official.get("official?district=11440").statusCode());
        assertEquals(403, official.get("official?district=11440&export=districts").statusCode());
        assertEquals(404, official.get("official?export=nothing").statusCode());
        assertFalse(signedIn(MAPO_OFFICIAL).get("official").body().contains("해운대구"));
        HttpResponse<String> anonymous = PortalHttp.get(uri("official"));
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    @Test
    void aWrongDayIsSaidInWordsAndTodayIsTheDefault() throws Exception {
        StaffBrowser official = signedIn(OFFICIAL);
        HttpResponse<String> malformed = official.get("official/day?district=" + DISTRICT + "&date=2020-02-30");
        assertEquals(200, malformed.statusCode());
        assertTrue(malformed.body().contains("<title>오류: 하루 보고서"));
        assertTrue(malformed.body().contains("<a href=\"#date\">날짜를 2020-03-10처럼 연-월-일로 입력하세요.</a>"));
        assertTrue(malformed.body().contains("value=\"2020-02-30\""), "what was typed, back in the field");
        assertFalse(malformed.body().contains("id=\"summary\""), "no report");

        HttpResponse<String> future = official.get("official/day?district=" + DISTRICT + "&date=2020-03-12");
        assertTrue(future.body().contains("아직 오지 않은 날입니다"));
        assertEquals(404, official.get(PAGE.replace(DAY, "2020-03-12") + "&export=hourly").statusCode());
        assertEquals(404, official.get(PAGE + "&export=nothing").statusCode());

        // the build's clock starts at 2020-03-11 12:00 in Korea
        HttpResponse<String> today = official.get("official/day");
        assertEquals(200, today.statusCode());
        assertTrue(today.body().contains("value=\"2020-03-11\""));
        assertTrue(today.body().contains("id=\"hours-so-far\""), "today is not over");
    }

    // ---- helpers

    private static String hour(String from, int withMasks, int soldOut, int unknown) {
        String to = String.format("%02d", Integer.parseInt(from) + 1);
        return from + ":00–" + to + ":00," + withMasks + "," + pct(withMasks) + "," + soldOut + ",0," + unknown + ","
                + pct(unknown);
    }

    private static String pct(int count) {
        return String.format(Locale.ROOT, "%.1f", 100.0 * count / sellers);
    }

    /** A name as the CSV writes it: quoted when it holds a comma or a quote. */
    private static String cell(String name) {
        return CsvFile.cell(name, false);
    }

    private List<String> csv(StaffBrowser browser, String table, String stem) throws Exception {
        HttpResponse<String> response = browser.get(PAGE + "&export=" + table);
        assertEquals(200, response.statusCode(), table);
        String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        assertTrue(type.startsWith("text/csv") && type.contains("charset=utf-8"), type);
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("")
                .contains("filename=\"26350-2020-03-10-" + stem + ".csv\""), table);
        String body = response.body();
        assertTrue(body.startsWith("\uFEFF"), "a byte order mark for Excel");
        assertTrue(body.endsWith("\r\n"));
        return List.of(body.substring(1).split("\r\n"));
    }

    private static String table(String body, String id) {
        int start = body.indexOf("id=\"report-" + id + "\"");
        assertTrue(start >= 0, "table " + id);
        int end = body.indexOf("class=\"report-table\"", start + 1);
        return body.substring(start, end < 0 ? body.length() : end);
    }

    private StaffBrowser signedIn(String login) throws Exception {
        StaffBrowser browser = new StaffBrowser(URI.create(base.toExternalForm()));
        assertEquals(302, browser.signIn(login, PASSWORD).statusCode());
        return browser;
    }

    private URI uri(String path) {
        return URI.create(base.toExternalForm()).resolve(path);
    }

    private static void feed(Connection db, String seller, String band, String stockAt, String createdAt,
            String observedAt) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO feed_history (seller_code, observed_at, band, stock_at, "
                + "created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, seller);
            insert.setObject(2, utc(observedAt));
            insert.setString(3, band);
            insert.setObject(4, utc(stockAt));
            insert.setObject(5, utc(createdAt));
            insert.executeUpdate();
        }
    }

    private static void report(Connection db, long account, String seller, String kind, Integer amount,
            String notice, String reportedAt, boolean undone) throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO report (seller_code, kind, amount, notice, reported_at, "
                + "account_id, undone_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, seller);
            insert.setString(2, kind);
            insert.setObject(3, amount);
            insert.setString(4, notice);
            insert.setObject(5, utc(reportedAt));
            insert.setLong(6, account);
            insert.setObject(7, undone ? utc(reportedAt).plusMinutes(1) : null);
            insert.executeUpdate();
        }
    }

    /** A Korean time of the day as the database keeps it: UTC. */
    private static LocalDateTime utc(String koreanTime) {
        return LocalDateTime.parse(DAY + "T" + koreanTime).atZone(Korea.ZONE).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
    }
}
