package kr.maskportal.official.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.maskportal.account.control.Pbkdf2Hashes;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.testing.Await;
import kr.maskportal.testing.FakeFeed;
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
 * The feed lag report on the real WAR, Payara Micro and MariaDB, over a history of three 분당구 (41135) sellers on
 * 2020-03-09 and 03-10 written straight into {@code feed_history} and {@code report} (days before the test clock's
 * 03-11, so the replayed feed never touches them). Worked out by hand (Korea time):
 * <pre>
 * A  03-09 09:00 feed plenty · 10:00 sold out · 10:12 feed empty             → caught up after 12 min
 *    03-10 09:00 feed some   · 11:00 sold out · 11:40 feed few · 13:00 empty → 120 min
 * B  03-09 09:00 feed few    · 14:00 "0 remaining" · 14:05 sold out · 14:35 break → 30 min (from 14:05)
 *    03-10 09:00 feed plenty · 20:00 sold out, nothing more that day         → not caught up that day
 * C  03-10 09:00 feed some   · 10:00 sold out · 10:30 feed plenty, stocked 10:20 → ended by a delivery
 *
 * 03-09: 2 reports, 2 caught up, lags 12, 30: median (rank 1) 12.0, 90th (rank 2) 30.0, longest 30.0
 * 03-10: 3 reports, 1 caught up (120): median, 90th, longest 120.0; 1 not caught up, 1 ended by a delivery
 * total: 5, lags 12, 30, 120: median (rank 2) 30.0, 90th (rank 3) 120.0
 * histogram: 5–15 min 1, 30 min–1 h 1, 2 h or more 1, not caught up 1
 * disagreements: B 3 (0 remaining under few, two sold outs), A 2, C 1
 * </pre>
 * Officials: one of 분당구, one of 수정구 (41131) who must never see it, and a city-wide one.
 */
@ExtendWith(ArquillianExtension.class)
class LagReportIT {

    private static final String RUN = "-it" + UUID.randomUUID().toString().substring(0, 8);
    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final String BUNDANG = "41135";
    private static final String SUJEONG = "41131";
    private static final String OURS = "official" + RUN;
    private static final String THEIRS = "other" + RUN;
    private static final String CITY = "city" + RUN;
    private static final String SPAN = "from=2020-03-09&to=2020-03-10";
    private static final DateTimeFormatter SQL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Up before the deployment starts polling it. */
    private static final FakeFeed FEED = FakeFeed.startForTheClass();
    private static final List<String> codes = new ArrayList<>();
    private static final List<String> names = new ArrayList<>();
    private static long pharmacistId;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }

    @BeforeAll
    static void storeHistoryAndAccounts() throws SQLException {
        String hash = Pbkdf2Hashes.hash(PASSWORD);
        try (Connection db = TestDatabase.connect()) {
            try (var rs = db.createStatement().executeQuery("SELECT code, name FROM seller WHERE district_code = '"
                    + BUNDANG + "' AND vanished_at IS NULL ORDER BY code LIMIT 3")) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                    names.add(rs.getString(2));
                }
            }
            assertEquals(3, codes.size(), "분당구 has sellers");
            removeHistory(db);
            long pharmacist = TestAccounts.insert(db, "pharmacist" + RUN, "PHARMACIST", hash);
            pharmacistId = pharmacist;
            district(db, TestAccounts.insert(db, OURS, "OFFICIAL", hash), BUNDANG);
            district(db, TestAccounts.insert(db, THEIRS, "OFFICIAL", hash), SUJEONG);
            long city = TestAccounts.insert(db, CITY, "OFFICIAL", hash);
            db.createStatement().execute("UPDATE account SET all_districts = TRUE WHERE id = " + city);

            String a = codes.get(0);
            String b = codes.get(1);
            String c = codes.get(2);
            feed(db, a, "03-09 09:00", "PLENTY", "03-09 08:30");
            report(db, pharmacist, a, "03-09 10:00", "SOLD_OUT", null);
            feed(db, a, "03-09 10:12", "EMPTY", "03-09 08:30");
            feed(db, a, "03-10 09:00", "SOME", "03-10 08:00");
            report(db, pharmacist, a, "03-10 11:00", "SOLD_OUT", null);
            feed(db, a, "03-10 11:40", "FEW", "03-10 08:00");
            feed(db, a, "03-10 13:00", "EMPTY", "03-10 08:00");

            feed(db, b, "03-09 09:00", "FEW", "03-09 08:00");
            report(db, pharmacist, b, "03-09 14:00", "REMAINING", 0);
            report(db, pharmacist, b, "03-09 14:05", "SOLD_OUT", null);
            feed(db, b, "03-09 14:35", "BREAK", "03-09 08:00");
            feed(db, b, "03-10 09:00", "PLENTY", "03-10 08:30");
            report(db, pharmacist, b, "03-10 20:00", "SOLD_OUT", null);

            feed(db, c, "03-10 09:00", "SOME", "03-10 08:00");
            report(db, pharmacist, c, "03-10 10:00", "SOLD_OUT", null);
            feed(db, c, "03-10 10:30", "PLENTY", "03-10 10:20");
        }
    }

    @AfterAll
    static void removeHistoryAndAccounts() throws SQLException {
        FEED.close();
        try (Connection db = TestDatabase.connect(); var accounts = db.prepareStatement(
                "DELETE FROM account WHERE login LIKE ?")) {
            removeHistory(db);
            accounts.setString(1, "%" + RUN);
            accounts.executeUpdate();
        }
    }

    @Test
    void thePageShowsTheHandComputedFigures() throws Exception {
        HttpResponse<String> page = signedIn(OURS).get("official/lag?" + SPAN + "&district=" + BUNDANG);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("<title>공개 자료 지연"), "the page");
        assertFalse(body.contains("???"), "no missing message keys");
        assertEquals("5", cell(body, "summary-episodes"));
        assertEquals("3", cell(body, "summary-agreed"));
        assertEquals("30.0", cell(body, "summary-median"));
        assertEquals("120.0", cell(body, "summary-p90"));
        assertEquals("120.0", cell(body, "summary-longest"));
        assertEquals("1", cell(body, "summary-never"));
        assertEquals("1", cell(body, "summary-superseded"));
        assertEquals("6", cell(body, "summary-disagreements"));

        assertEquals(List.of(
                        List.of("경기도 성남시 분당구", "2020-03-09", "2", "2", "12.0", "30.0", "30.0", "0", "0"),
                        List.of("경기도 성남시 분당구", "2020-03-10", "3", "1", "120.0", "120.0", "120.0", "1", "1")),
                rows(body, "districts"));
        assertEquals(List.of(
                        List.of("2020-03-09", "2", "2", "12.0", "30.0", "30.0", "0", "0"),
                        List.of("2020-03-10", "3", "1", "120.0", "120.0", "120.0", "1", "1")),
                rows(body, "days"));
        assertEquals(List.of(List.of("5분 미만", "0"), List.of("5~15분", "1"), List.of("15~30분", "0"),
                        List.of("30분~1시간", "1"), List.of("1~2시간", "0"), List.of("2시간 이상", "1"),
                        List.of("그날 안 맞음", "1")),
                rows(body, "histogram"));
        assertEquals(List.of(
                        List.of(names.get(1), codes.get(1), "경기도 성남시 분당구", "3", "2", "30.0"),
                        List.of(names.get(0), codes.get(0), "경기도 성남시 분당구", "2", "2", "12.0"),
                        List.of(names.get(2), codes.get(2), "경기도 성남시 분당구", "1", "1", "–")),
                rows(body, "sellers"));
        assertTrue(body.contains("<canvas") || body.contains("class=\"report-chart\""), "the charts");
        assertTrue(body.contains("official/lag?from=2020-03-09&amp;to=2020-03-10&amp;district=41135&amp;export=sellers"),
                "each table's CSV link");
    }

    @Test
    void theFindingsOfDaysThatAreOverAreStoredAndReadBackOnlyWhileTheirHistoryIsTheSame() throws Exception {
        // the whole country's report is the one made of kept days (a district's is judged from its history each time)
        StaffBrowser city = signedIn(CITY);
        assertEquals(200, city.get("official/lag?" + SPAN).statusCode());
        // written in the background once judged: what a restarted portal reads instead of judging the days again
        assertEquals(List.of("2020-03-09 " + codes.get(0) + " AGREED 720000", "2020-03-09 " + codes.get(1)
                        + " AGREED 1800000", "2020-03-10 " + codes.get(0) + " AGREED 7200000", "2020-03-10 "
                        + codes.get(1) + " NEVER_AGREED -", "2020-03-10 " + codes.get(2) + " SUPERSEDED -"),
                Await.until(Duration.ofSeconds(30), LagReportIT::storedEpisodes, stored -> stored.size() == 5));

        // a day the portal has not judged since it started (its warm-up judges the week before the test clock's
        // 03-11), with findings stored under its history's fingerprint:
        // the report shows them as they were stored (a 7-minute lag the history itself does not hold)
        try (Connection db = TestDatabase.connect()) {
            db.createStatement().execute("DELETE FROM lag_day WHERE sales_day = '2020-03-02'");
            db.createStatement().execute("INSERT INTO lag_day SELECT '2020-03-02', f.n, f.last, r.n, r.last, r.undone, "
                    + "'2020-03-03 00:00:00' FROM (SELECT COUNT(*) n, COALESCE(MAX(id), 0) last FROM feed_history "
                    + "WHERE observed_at >= '2020-03-01 15:00:00' AND observed_at < '2020-03-02 15:00:00') f, "
                    + "(SELECT COUNT(*) n, COALESCE(MAX(id), 0) last, COUNT(undone_at) undone FROM report "
                    + "WHERE reported_at >= '2020-03-01 15:00:00' AND reported_at < '2020-03-02 15:00:00') r");
            db.createStatement().execute("INSERT INTO lag_seller_day VALUES ('2020-03-02', '" + codes.get(0) + "', '"
                    + BUNDANG + "', 1)");
            db.createStatement().execute("INSERT INTO lag_episode VALUES ('2020-03-02', '" + codes.get(0) + "', 0, '"
                    + utc("03-02 10:00") + "', 1, 'AGREED', '" + utc("03-02 10:07") + "', 420000)");
        }
        String oneDay = "official/lag?from=2020-03-02&to=2020-03-02";
        String stored = city.get(oneDay).body();
        assertEquals("1", cell(stored, "summary-episodes"));
        assertEquals("7.0", cell(stored, "summary-median"));

        // once the day's history changes (a report written into it), the stored findings no longer count: the day is
        // judged again from its history, which holds no episode, and the stored rows are replaced
        try (Connection db = TestDatabase.connect()) {
            report(db, pharmacistId, codes.get(0), "03-02 11:00", "REMAINING", 50);
        }
        String judged = city.get(oneDay).body();
        assertEquals("0", cell(judged, "summary-episodes"));
        assertEquals("0", cell(judged, "summary-disagreements"));
        Await.until(Duration.ofSeconds(30), () -> {
            try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                    "SELECT d.reports, (SELECT COUNT(*) FROM lag_episode e WHERE e.sales_day = d.sales_day) "
                            + "FROM lag_day d WHERE d.sales_day = '2020-03-02'")) {
                return rs.next() ? rs.getLong(1) + " reports, " + rs.getLong(2) + " episodes" : "no day";
            }
        }, now -> now.endsWith(" reports, 0 episodes") && !now.startsWith("0 "));
    }

    /** The stored episodes of this class's sellers: day, seller, outcome and lag in milliseconds. */
    private static List<String> storedEpisodes() throws SQLException {
        List<String> episodes = new ArrayList<>();
        try (Connection db = TestDatabase.connect(); var select = db.prepareStatement("SELECT sales_day, seller_code, "
                + "outcome, lag_ms FROM lag_episode WHERE seller_code IN (?, ?, ?) AND sales_day BETWEEN '2020-03-09' "
                + "AND '2020-03-10' ORDER BY sales_day, seller_code, seq")) {
            for (int i = 0; i < 3; i++) {
                select.setString(i + 1, codes.get(i));
            }
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    long lag = rs.getLong(4);
                    String measured = rs.wasNull() ? "-" : String.valueOf(lag);
                    episodes.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + measured);
                }
            }
        }
        return episodes;
    }

    @Test
    void eachCsvHoldsTheSameNumbersWithAByteOrderMark() throws Exception {
        StaffBrowser official = signedIn(OURS);
        String query = "official/lag?" + SPAN + "&district=" + BUNDANG + "&export=";
        HttpResponse<String> districts = official.get(query + "districts");
        assertEquals(200, districts.statusCode());
        assertTrue(districts.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(districts.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        List<String> lines = districts.body().lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFF2020-03-09~2020-03-10 경기도 성남시 분당구"), lines.get(0));
        assertEquals("시·군·구,날짜,품절 알림(건),맞춰짐(건),중앙값(분),90번째 백분위수(분),가장 긴 지연(분),"
                + "그날 안 맞음(건),입고로 끝남(건)", lines.get(1));
        assertEquals(List.of("경기도 성남시 분당구,2020-03-09,2,2,12.0,30.0,30.0,0,0",
                "경기도 성남시 분당구,2020-03-10,3,1,120.0,120.0,120.0,1,1"), lines.subList(2, lines.size()));

        List<String> days = official.get(query + "days").body().lines().toList();
        assertTrue(days.get(0).startsWith("\uFEFF"));
        assertEquals(List.of("2020-03-09,2,2,12.0,30.0,30.0,0,0", "2020-03-10,3,1,120.0,120.0,120.0,1,1"),
                days.subList(2, days.size()));

        List<String> histogram = official.get(query + "histogram").body().lines().toList();
        assertTrue(histogram.get(0).startsWith("\uFEFF"));
        assertEquals(List.of("5분 미만,0", "5~15분,1", "15~30분,0", "30분~1시간,1", "1~2시간,0", "2시간 이상,1",
                "그날 안 맞음,1"), histogram.subList(2, histogram.size()));

        List<String> sellers = official.get(query + "sellers").body().lines().toList();
        assertTrue(sellers.get(0).startsWith("\uFEFF"));
        assertEquals(List.of(
                csv(names.get(1)) + "," + codes.get(1) + ",경기도 성남시 분당구,3,2,30.0",
                csv(names.get(0)) + "," + codes.get(0) + ",경기도 성남시 분당구,2,2,12.0",
                csv(names.get(2)) + "," + codes.get(2) + ",경기도 성남시 분당구,1,1,–"),
                sellers.subList(2, sellers.size()));

        assertEquals(404, official.get(query + "nothing").statusCode(), "no such table");
    }

    @Test
    void anotherDistrictsOfficialIsRefusedThePageAndEveryExport() throws Exception {
        StaffBrowser other = signedIn(THEIRS);
        assertEquals(403, other.get("official/lag?" + SPAN + "&district=" + BUNDANG).statusCode());
        for (String table : new String[] {"histogram", "days", "districts", "sellers"}) {
            HttpResponse<String> refused = other.get("official/lag?" + SPAN + "&district=" + BUNDANG + "&export=" + table);
            assertEquals(403, refused.statusCode(), table);
            assertFalse(refused.body().contains(codes.get(0)), table);
        }
        HttpResponse<String> own = other.get("official/lag?" + SPAN);
        assertEquals(200, own.statusCode());
        assertEquals("0", cell(own.body(), "summary-episodes"), "only 수정구, where nobody reported");
        assertFalse(own.body().contains("분당구"), "분당구 is neither in the tables nor among the choices");
        for (String name : names) {
            assertFalse(own.body().contains(name));
        }
        assertFalse(other.get("official/lag").body().contains("분당구"), "nor on the default page");
        assertEquals(403, other.get("official/lag?district=11440").statusCode(), "nor any district of another");
    }

    @Test
    void theDefaultSelectionOfADistrictOfficialIsTheirDistrictsOverTheLastSevenDays() throws Exception {
        // the test clock stands on 2020-03-11: 03-05 to 03-11, 분당구 only
        HttpResponse<String> page = signedIn(OURS).get("official/lag");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("value=\"2020-03-05\"") && page.body().contains("value=\"2020-03-11\""));
        assertEquals("5", cell(page.body(), "summary-episodes"));
        assertEquals(7, rows(page.body(), "days").size());
        assertEquals(List.of("2020-03-05", "0", "0", "–", "–", "–", "0", "0"), rows(page.body(), "days").get(0));
    }

    @Test
    void aCityWideOfficialSeesTheDistrictInTheCountry() throws Exception {
        StaffBrowser city = signedIn(CITY);
        String body = city.get("official/lag?" + SPAN).body();
        assertTrue(body.contains("2020-03-09~2020-03-10 전국"), "the country's captions");
        assertTrue(rows(body, "districts").contains(
                List.of("경기도 성남시 분당구", "2020-03-10", "3", "1", "120.0", "120.0", "120.0", "1", "1")));
        List<List<String>> sellers = rows(body, "sellers");
        assertTrue(sellers.indexOf(List.of(names.get(1), codes.get(1), "경기도 성남시 분당구", "3", "2", "30.0"))
                < sellers.indexOf(List.of(names.get(0), codes.get(0), "경기도 성남시 분당구", "2", "2", "12.0")));
        assertEquals(200, city.get("official/lag?" + SPAN + "&district=" + BUNDANG + "&export=days").statusCode());
        assertTrue(city.get("official/lag?" + SPAN + "&export=districts").body().startsWith("\uFEFF"));
    }

    @Test
    void aReversedOrTooLongSpanIsRefusedWithAMessage() throws Exception {
        StaffBrowser official = signedIn(OURS);
        String reversed = official.get("official/lag?from=2020-03-10&to=2020-03-01").body();
        assertTrue(reversed.contains("<title>오류: 공개 자료 지연"));
        assertTrue(reversed.contains("<a href=\"#from\">시작일이 종료일보다 늦습니다."), "the summary links to the field");
        assertFalse(reversed.contains("summary-episodes"), "no report");
        String tooLong = official.get("official/lag?from=2020-02-01&to=2020-03-10").body();
        assertTrue(tooLong.contains("기간은 31일까지 고를 수 있습니다. 지금 39일을 골랐습니다."));
        assertTrue(official.get("official/lag?from=yesterday").body().contains("시작일을 2020-03-11처럼 적어 주세요."));
    }

    @Test
    void nobodyElseReachesThePage() throws Exception {
        HttpResponse<String> anonymous = PortalHttp.get(base.toURI().resolve("official/lag?" + SPAN));
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertEquals(403, signedIn("pharmacist" + RUN).get("official/lag").statusCode());
    }

    private StaffBrowser signedIn(String login) throws Exception {
        StaffBrowser browser = new StaffBrowser(base.toURI());
        assertEquals(302, browser.signIn(login, PASSWORD).statusCode(), "signed in as " + login);
        return browser;
    }

    /** The text of the element with this id. */
    private static String cell(String body, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">([^<]*)<").matcher(body);
        assertTrue(m.find(), "no " + id);
        return m.group(1).strip();
    }

    /** A report table's body rows, cell by cell, as text. */
    private static List<List<String>> rows(String body, String table) {
        Matcher t = Pattern.compile("<table class=\"data-table\" id=\"table-" + table + "\">(.*?)</table>",
                Pattern.DOTALL).matcher(body);
        if (!t.find()) {
            return List.of();
        }
        String tbody = t.group(1).substring(t.group(1).indexOf("<tbody>"));
        List<List<String>> rows = new ArrayList<>();
        Matcher tr = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(tbody);
        while (tr.find()) {
            List<String> cells = new ArrayList<>();
            Matcher td = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(tr.group(1));
            while (td.find()) {
                cells.add(td.group(1).strip().replace("&amp;", "&"));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String csv(String name) {
        return name.contains(",") || name.contains("\"") ? '"' + name.replace("\"", "\"\"") + '"' : name;
    }

    private static String utc(String koreanMonthDayTime) {
        LocalDateTime korean = LocalDateTime.parse("2020-" + koreanMonthDayTime.replace(' ', 'T'));
        return korean.atZone(Korea.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime().format(SQL);
    }

    private static void feed(Connection db, String seller, String seen, String band, String stocked)
            throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO feed_history (seller_code, observed_at, band, stock_at, "
                + "created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, seller);
            insert.setString(2, utc(seen));
            insert.setString(3, band);
            insert.setString(4, utc(stocked));
            insert.setString(5, utc(seen));
            insert.executeUpdate();
        }
    }

    private static void report(Connection db, long account, String seller, String at, String kind, Integer amount)
            throws SQLException {
        try (var insert = db.prepareStatement("INSERT INTO report (seller_code, kind, amount, reported_at, account_id) "
                + "VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, seller);
            insert.setString(2, kind);
            if (amount == null) {
                insert.setNull(3, java.sql.Types.INTEGER);
            } else {
                insert.setInt(3, amount);
            }
            insert.setString(4, utc(at));
            insert.setLong(5, account);
            insert.executeUpdate();
        }
    }

    private static void district(Connection db, long account, String district) throws SQLException {
        db.createStatement().execute("INSERT INTO account_district VALUES (" + account + ", '" + district + "')");
    }

    /**
     * This class's rows: the three sellers' history before the test day, the reports of this run's accounts, and
     * the lag findings stored for those days.
     */
    private static void removeHistory(Connection db) throws SQLException {
        // the portal writes feed changes and lag findings meanwhile: a deadlock with it is tried again
        for (int attempt = 1; ; attempt++) {
            try {
                removeHistoryOnce(db);
                return;
            } catch (SQLTransactionRollbackException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private static void removeHistoryOnce(Connection db) throws SQLException {
        db.createStatement().execute("DELETE FROM lag_day WHERE sales_day BETWEEN '2020-03-01' AND '2020-03-10'");
        try (var reports = db.prepareStatement("DELETE FROM report WHERE seller_code = ? AND reported_at < ?");
                var feed = db.prepareStatement("DELETE FROM feed_history WHERE seller_code = ? AND observed_at < ?")) {
            for (String code : codes) {
                reports.setString(1, code);
                reports.setString(2, "2020-03-10 15:00:00");
                reports.executeUpdate();
                feed.setString(1, code);
                feed.setString(2, "2020-03-10 15:00:00");
                feed.executeUpdate();
            }
        }
    }
}
