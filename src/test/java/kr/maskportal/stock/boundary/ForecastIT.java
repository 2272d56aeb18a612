package kr.maskportal.stock.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rule 8 end to end on the real WAR, Payara Micro and MariaDB: sell-out patterns LEARNED at start-up from history
 * in {@code feed_history} and {@code report}, shown to residents, republished, beaten by a report, and switched off
 * where they were wrong. Learning reads ended days once, at start-up, so the history is written in the
 * {@link Deployment} method, before the WAR starts.
 * <p>
 * 대전 동구 (30110), six pharmacies (first by code), each day 2020-03-02 to 03-10, Korea time, v = -2, 0, +2 minutes
 * by turns (day 0, 1, 2, ...): delivered (stock_at) 09:00; feed plenty made 09:00, some 09:30, few 10:00, empty
 * 10:40+v, each seen a minute after it was made. A1 and A2 report "sold out" at 10:30+v: the feed ran 10 minutes
 * behind them, the district's lag. By hand, for a Wednesday (03-11), from the seven weekdays (v = -2, 0, 2, -2, 0,
 * 0, 2): sold out 88, 88, 90, 90, 90, 92, 92 minutes after the delivery (the feed's empty less the lag), median 90:
 * usually delivered 09:00 and sold out 10:30. {@code few} lasted 38 to 42 minutes.
 * <pre>
 * X   every day, no reports     today few (stocked 09:00, made 10:00): past 10:30 → likely sold out
 * A1, A2, A3  every day         (A1, A2 report)
 * A4  only 03-09 and 03-10      too little of its own: the district's pattern; today like X → likely sold out
 * Y   no history at all         the district's pattern too (a pharmacy new to the list); today like X → likely
 *                               sold out
 * </pre>
 * 광주 동구 (29110), four pharmacies, each day 02-26 to 03-10 as above with v = 0; B1 reports at 10:30, the others
 * never. Every non-reporter's forecast is shown at 10:30 (the sell-out less the lag), right; B1's report comes no
 * later, so it shows none. But B2 never sold out on 03-05, B3 on 03-07, B4 on 03-09 (few until the day ended): in
 * the 7 judged days (03-04 to 03-10) 21 forecasts, 18 right (85.7%), 3 wrong (> 10%): switched off there.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ForecastIT {

    private static final FakeFeed FEED = FakeFeed.startForTheClass();
    private static final String RUN = "-fit" + UUID.randomUUID().toString().substring(0, 8);
    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final String STEADY = "30110";
    private static final String ERRATIC = "29110";
    private static final String API_DAEJEON_DONGGU = "api/v1/storesByAddr/json?address="
            + URLEncoder.encode("대전광역시 동구", StandardCharsets.UTF_8);
    private static final LocalDate TODAY = LocalDate.of(2020, 3, 11);
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 2, 26);
    /** Seller codes: X, A1, A2, A3, A4, Y of 대전 동구, then B1 to B4 of 광주 동구. */
    private static final List<String> A = new ArrayList<>();
    private static final List<String> B = new ArrayList<>();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() throws Exception {
        File war = new File(System.getProperty("portal.war"));
        loadTheSellerListIfMissing(war);
        writeTheHistory();
        // X, A4, Y and B2: "few" since 10:00 of a delivery at 09:00 today, whatever the replayed day says
        FEED.tamperWithSales(json -> {
            for (String code : tampered()) {
                json = json.replaceAll("\\{\"code\":\"" + code + "\"[^}]*}", "{\"code\":\"" + code
                        + "\",\"stock_at\":\"2020/03/11 09:00:00\",\"remain_stat\":\"few\","
                        + "\"created_at\":\"2020/03/11 10:00:00\"}");
            }
            return json;
        });
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    private static List<String> tampered() {
        return B.size() < 4 ? List.of() : List.of(A.get(0), A.get(4), A.get(5), B.get(1));
    }

    @AfterAll
    static void removeEverythingOfThisRun() throws SQLException {
        FEED.close();
        try (Connection db = TestDatabase.connect()) {
            update(db, "DELETE FROM report WHERE account_id IN (SELECT id FROM account WHERE login LIKE ?)", "%" + RUN);
            List<String> all = new ArrayList<>(A);
            all.addAll(B);
            for (String code : all) {
                update(db, "DELETE FROM feed_history WHERE seller_code = ? AND observed_at >= ? AND observed_at < ?",
                        code, utc(FIRST_DAY, "00:00"), utc(TODAY, "00:00"));
            }
            for (String code : tampered()) {
                // today's rows of the feed as this class bent it
                update(db, "DELETE FROM feed_history WHERE seller_code = ? AND observed_at >= ?", code,
                        utc(TODAY, "00:00"));
            }
            // what learning wrote of those days (seller_day and forecast_day go with forecast_learned)
            update(db, "DELETE FROM forecast_learned WHERE sales_day >= ? AND sales_day < ?", FIRST_DAY, TODAY);
            TestAccounts.removeRun(db, RUN);
        }
    }

    @Test
    @Order(1)
    void theSellerPageSaysLikelySoldOutWithItsReasonAndTheUsualTimes() throws Exception {
        String page = awaitPage("seller/" + A.get(0), p -> p.contains("class=\"status status-likely_sold_out\""));
        String status = between(page, "<dd class=\"status ", "</dd>");
        assertTrue(status.contains(word("status.LIKELY_SOLD_OUT")), status);
        assertTrue(status.contains(word("status.forecast.reason", 10, 30)), "보통 10시 30분쯤 다 팔립니다: " + status);
        assertTrue(status.contains(word("status.source.FORECAST") + " · " + word("age.hours", 2)),
                "the information's age, from 10:00: " + status);
        assertTrue(page.contains("<dd class=\"usual\">" + word("status.forecast.usual", 9, 0, 10, 30) + "</dd>"), page);
        assertFalse(page.contains("forecasts-off"));

        String row = row(awaitPage("district/" + STEADY, p -> row(p, A.get(0)).contains("likely_sold_out")), A.get(0));
        assertTrue(row.contains("<td class=\"status status-likely_sold_out\">"), row);
        assertTrue(row.contains(word("status.forecast.reason", 10, 30)), row);
        assertTrue(row.contains("<span class=\"usual\">" + word("status.forecast.usual", 9, 0, 10, 30) + "</span>"), row);
    }

    @Test
    @Order(2)
    void theEasyPagesSayItInOneSentence() throws Exception {
        String page = awaitPage("easy/seller/" + A.get(0), p -> p.contains(word("easy.status.LIKELY_SOLD_OUT")));
        assertTrue(page.contains("<p class=\"usual\">" + word("easy.forecast.usual", "09:00", "10:30") + "</p>"), page);
        assertTrue(page.contains(word("status.forecast.reason", 10, 30)), page);
        assertTrue(page.contains("<p class=\"source\">" + word("easy.source.FORECAST") + "</p>"), page);
        assertTrue(page.contains("<p class=\"check\">" + word("easy.check.age.hours", 2) + "</p>"),
                "the information's age, from 10:00: " + page);

        String item = easyDistrictItem(A.get(0));
        assertTrue(item.contains(word("easy.status.LIKELY_SOLD_OUT")), item);
        assertTrue(item.contains(word("status.forecast.reason", 10, 30)), item);
    }

    @Test
    @Order(3)
    void theRepublishedApiSaysEmptyFromTheForecast() throws Exception {
        String record = Await.until(Duration.ofSeconds(60), () -> record(get(API_DAEJEON_DONGGU).body(), A.get(0)),
                r -> r.contains("\"source\":\"forecast\""));
        assertTrue(record.contains("\"remain_stat\":\"empty\""), record);
        assertTrue(record.contains("\"stock_at\":\"2020/03/11 09:00:00\""), "the delivery is still the feed's: " + record);

    }

    /**
     * A seller with two days of its own, and one with none, get the district's pattern (issue 11: "the district's
     * pattern for a seller with too little history"); a district without history gives none (PlacePagesIT).
     */
    @Test
    @Order(4)
    void tooLittleOrNoHistoryTakesTheDistrictsPattern() throws Exception {
        for (String seller : List.of(A.get(4), A.get(5))) {
            String page = awaitPage("seller/" + seller, p -> p.contains("class=\"status status-likely_sold_out\""));
            assertTrue(page.contains(word("status.forecast.reason", 10, 30)), page);
            assertTrue(page.contains("<dd class=\"usual\">" + word("status.forecast.usual.district", 9, 0, 10, 30)
                    + "</dd>"), "the district's usual times, said to be the district's: " + page);
        }
        assertTrue(record(get(API_DAEJEON_DONGGU).body(), A.get(5)).contains("\"source\":\"forecast\""),
                "Y is forecast by its district's pattern");
    }

    @Test
    @Order(5)
    void whereForecastsWereWrongTheyAreSwitchedOffAndTheOfficialsSeeTheHitRate() throws Exception {
        String district = awaitPage("district/" + ERRATIC, p -> p.contains("forecasts-off"));
        assertTrue(district.contains("<p class=\"notice forecasts-off\">" + word("status.forecast.off") + "</p>"));
        assertFalse(district.contains("class=\"status status-likely_sold_out\""), "nothing forecast there");
        assertTrue(row(district, B.get(1)).contains("<td class=\"status status-few\">"), "B2 as the feed says");
        assertFalse(get("district/" + STEADY).body().contains("forecasts-off"), "대전 동구's forecasts were right");

        StaffBrowser official = signedIn("official" + RUN);
        HttpResponse<String> now = official.get("official");
        assertEquals(200, now.statusCode());
        assertTrue(now.body().contains(word("official.now.forecast.off")), "the now report says off");
        String export = official.get("official?export=districts").body();
        List<String> lines = List.of(export.substring(1).split("\r\n"));
        assertEquals(3, lines.size(), "caption, header, one district: " + lines);
        String[] row = lines.get(2).split(",", -1);
        assertEquals("광주광역시 동구", row[0]);
        assertEquals(List.of("21", "85.7", word("official.now.forecast.off")), List.of(row[12], row[13], row[14]),
                "21 forecasts in 7 days, 18 right");
    }

    @Test
    @Order(6)
    void aFreshReportWinsOverTheForecast() throws Exception {
        StaffBrowser pharmacist = signedIn("pharmacist" + RUN);
        HttpResponse<String> answer = pharmacist.submit(pharmacist.get("pharmacist"), "remaining-" + A.get(0),
                "submit", Map.of("seller", A.get(0), "number", "50"));
        assertEquals(302, answer.statusCode(), answer.body());

        String page = awaitPage("seller/" + A.get(0), p -> p.contains("class=\"status status-some\""));
        String status = between(page, "<dd class=\"status ", "</dd>");
        assertTrue(status.contains(word("status.remaining", 50)), status);
        assertFalse(status.contains("forecast-reason") || status.contains(word("status.source.FORECAST")), status);
        assertTrue(page.contains("<dd class=\"usual\">"), "the usual times stay: they are no forecast");
        assertTrue(row(get("district/" + STEADY).body(), A.get(0)).contains("status-some"));
        String record = record(get(API_DAEJEON_DONGGU).body(), A.get(0));
        assertTrue(record.contains("\"remain_stat\":\"some\"") && record.contains("\"source\":\"pharmacist\""),
                record);
    }

    // ---- the history, before the WAR starts

    /**
     * A database no portal has started on yet (CI makes a new one) has no schema and no sellers for the history's
     * foreign keys, and the seller list is loaded only into an empty table: start the same WAR once, as the
     * container will, until it has migrated and loaded the list, and stop it.
     */
    private static void loadTheSellerListIfMissing(File war) throws Exception {
        if (sellersStored() > 0) {
            return;
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process micro = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Duser.timezone=UTC", "-jar", System.getProperty("payara.microJar"), "--nocluster",
                "--port", Integer.toString(port), "--deploy", war.getPath())
                .redirectErrorStream(true).redirectOutput(new File(war.getParentFile(), "forecast-it-first-start.log"))
                .start();
        try {
            Await.until(Duration.ofMinutes(5), ForecastIT::sellersStored, n -> n > 0);
        } finally {
            micro.destroy();
            if (!micro.waitFor(2, TimeUnit.MINUTES)) {
                micro.destroyForcibly().waitFor();
            }
        }
    }

    private static int sellersStored() {
        try (Connection db = TestDatabase.connect();
                var rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM seller")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException noSchemaYet) {
            return 0;
        }
    }

    private static void writeTheHistory() throws SQLException {
        String hash = Pbkdf2Hashes.hash(PASSWORD);
        try (Connection db = TestDatabase.connect()) {
            A.addAll(pharmacies(db, STEADY, 6));
            B.addAll(pharmacies(db, ERRATIC, 4));
            long reporter = TestAccounts.insert(db, "reporter" + RUN, "PHARMACIST", hash);
            long pharmacist = TestAccounts.insert(db, "pharmacist" + RUN, "PHARMACIST", hash);
            update(db, "INSERT INTO account_seller VALUES (?, ?)", pharmacist, A.get(0));
            TestAccounts.insertOfficial(db, "official" + RUN, hash, ERRATIC);
            // today's rows other classes stored from the feed as it was: the portal would keep the newer of them over
            // this class's older "few" (a feed going back in time is not believed)
            for (String code : tampered()) {
                update(db, "DELETE FROM feed_history WHERE seller_code = ? AND observed_at >= ?", code,
                        utc(TODAY, "00:00"));
            }
            // days learned before (by other test classes, with no history then) are read again
            update(db, "DELETE FROM forecast_learned WHERE sales_day >= ? AND sales_day < ?", FIRST_DAY, TODAY);

            LocalDate from = LocalDate.of(2020, 3, 2);
            for (LocalDate day = from; day.isBefore(TODAY); day = day.plusDays(1)) {
                int v = new int[] {-2, 0, 2}[(int) (day.toEpochDay() - from.toEpochDay()) % 3];
                for (int i = 0; i < 4; i++) {
                    sellerDay(db, A.get(i), day, v, true, i == 1 || i == 2 ? reporter : null);
                }
                if (day.getDayOfMonth() >= 9) {
                    sellerDay(db, A.get(4), day, v, true, null);
                }
            }
            Map<String, LocalDate> neverSoldOut = Map.of(B.get(1), TODAY.minusDays(6), B.get(2), TODAY.minusDays(4),
                    B.get(3), TODAY.minusDays(2));
            for (LocalDate day = FIRST_DAY; day.isBefore(TODAY); day = day.plusDays(1)) {
                sellerDay(db, B.get(0), day, 0, true, reporter);
                for (String code : B.subList(1, 4)) {
                    sellerDay(db, code, day, 0, !day.equals(neverSoldOut.get(code)), null);
                }
            }
        }
    }

    /** One seller's day as described above; without the sell-out, "few" lasts until the day ends. */
    private static void sellerDay(Connection db, String code, LocalDate day, int v, boolean soldOut, Long reporter)
            throws SQLException {
        LocalTime delivered = LocalTime.of(9, 0);
        feed(db, code, day, "PLENTY", delivered, delivered);
        feed(db, code, day, "SOME", delivered, LocalTime.of(9, 30));
        feed(db, code, day, "FEW", delivered, LocalTime.of(10, 0));
        if (soldOut) {
            feed(db, code, day, "EMPTY", delivered, LocalTime.of(10, 40).plusMinutes(v));
        }
        if (reporter != null) {
            update(db, "INSERT INTO report (seller_code, kind, reported_at, account_id) VALUES (?, 'SOLD_OUT', ?, ?)",
                    code, utc(day, LocalTime.of(10, 30).plusMinutes(v).toString()), reporter);
        }
    }

    private static void feed(Connection db, String code, LocalDate day, String band, LocalTime stockAt,
            LocalTime createdAt) throws SQLException {
        update(db, "INSERT INTO feed_history (seller_code, observed_at, band, stock_at, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", code, utc(day, createdAt.plusMinutes(1).toString()), band,
                utc(day, stockAt.toString()), utc(day, createdAt.toString()));
    }

    private static List<String> pharmacies(Connection db, String district, int count) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (var select = db.prepareStatement("SELECT code FROM seller WHERE district_code = ? AND seller_type = '01' "
                + "AND vanished_at IS NULL ORDER BY code LIMIT ?")) {
            select.setString(1, district);
            select.setInt(2, count);
            try (var rs = select.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        assertEquals(count, codes.size(), district + " has pharmacies");
        return codes;
    }

    private static void update(Connection db, String sql, Object... values) throws SQLException {
        try (var statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** A Korean time of a day as the database keeps it: UTC. */
    private static LocalDateTime utc(LocalDate day, String koreanTime) {
        return LocalDateTime.of(day, LocalTime.parse(koreanTime)).atZone(Korea.ZONE)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    // ---- pages

    private static final Properties WORDS = new Properties();

    /** A message of the Korean bundle with its values filled in, as the pages write it. */
    private static String word(String key, Object... values) {
        synchronized (WORDS) {
            if (WORDS.isEmpty()) {
                try (Reader in = Files.newBufferedReader(
                        Path.of("src/main/resources/kr/maskportal/i18n/messages_ko.properties"), StandardCharsets.UTF_8)) {
                    WORDS.load(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        String message = WORDS.getProperty(key);
        assertTrue(message != null, key);
        return new MessageFormat(message, Locale.KOREAN).format(values);
    }

    private String awaitPage(String path, Predicate<String> shows) throws Exception {
        return Await.until(Duration.ofSeconds(120), () -> get(path).body().replaceAll(">\\s+<", "><"), shows);
    }

    /** A seller's row of the district page. */
    private static String row(String page, String code) {
        int at = page.indexOf("/seller/" + code + "\"");
        return at < 0 ? "" : page.substring(at, page.indexOf("</tr>", at));
    }

    /** A seller's item of the easy district page, whichever page of the list it is on. */
    private String easyDistrictItem(String code) throws Exception {
        for (int page = 1; page <= 10; page++) {
            String body = get("easy/district/" + STEADY + "?page=" + page).body().replaceAll(">\\s+<", "><");
            int at = body.indexOf("/easy/seller/" + code + "\"");
            if (at >= 0) {
                return body.substring(at, body.indexOf("</li>", at));
            }
        }
        throw new AssertionError(code + " is on no page of the easy district list");
    }

    private static String record(String json, String code) {
        Matcher m = Pattern.compile("\\{[^{}]*\"code\":\"" + code + "\"[^{}]*}").matcher(json);
        return m.find() ? m.group() : "";
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, from);
        return text.substring(start, text.indexOf(to, start));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return PortalHttp.get(URI.create(base.toExternalForm()).resolve(path));
    }

    private StaffBrowser signedIn(String login) throws Exception {
        StaffBrowser browser = new StaffBrowser(URI.create(base.toExternalForm()));
        assertEquals(302, browser.signIn(login, PASSWORD).statusCode());
        return browser;
    }
}
