package kr.maskportal.seller.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import kr.maskportal.account.control.Pbkdf2Hashes;
import kr.maskportal.testing.Await;
import kr.maskportal.testing.FakeFeed;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The easy pages (쉬운 화면) on the real WAR, Payara Micro and MariaDB, with the replayed 2020 sales day in the feed:
 * what an elderly resident on a slow line gets. Every page is checked as plain, light, accessible HTML; the largest
 * district (found in the database) is read page by page, each page measured as it goes over the wire, gzipped.
 * The pages fetched are left in the build directory ({@code easy-pages/}) for a look in a text browser.
 */
@ExtendWith(ArquillianExtension.class)
class EasyPagesIT {

    /** The 14 KB of a first round trip (10 TCP segments of 1,460 bytes would be 14,600; the issue says 14 KB). */
    private static final int FIRST_ROUND_TRIP = 14 * 1024;
    private static final Duration A_FEW_POLLS = Duration.ofSeconds(90);
    private static final String WEDNESDAY_11_MARCH =
            "오늘(수)은 출생연도 끝자리 3, 8인 분이 살 수 있습니다 · 1인 주 2개 · 신분증을 가져오세요";
    private static final String WEDNESDAY_IN_ENGLISH =
            "Today (Wed) people whose birth year ends in 3 or 8 may buy · 2 masks per person per week · bring an ID card";
    private static final Pattern FIRST_IN_MAIN = Pattern.compile(
            "<main id=\"main\" tabindex=\"-1\">\\s*<p class=\"rotation\">(.*?)</p>", Pattern.DOTALL);
    private static final Pattern SELLER_ROW = Pattern.compile("<li><a class=\"seller\" href=\"[^\"]*/easy/seller/(\\d+)\">"
            + "[^<]+</a>\\s*<p class=\"status status-(\\w+)\"><span class=\"symbol\" aria-hidden=\"true\">([^<]+)</span>"
            + "([^<]+)</p>");
    private static final Pattern PAGE_COUNT = Pattern.compile("<p>1쪽 \\(모두 (\\d+)쪽\\)</p>");
    private static final Pattern EXTERNAL = Pattern.compile("(?:src|href|action)=\"(?:[a-z]+:)?//|@import|url\\(");
    private static final List<String> STATUS_ORDER = List.of("plenty", "some", "few", "likely_sold_out", "empty",
            "break", "unknown", "no_data");
    /** The plain words of each status, as the issue asks for them; unknown says how old the information is. */
    private static final Map<String, Pattern> PLAIN_WORDS = Map.of(
            "plenty", Pattern.compile("● 마스크 있음 \\(100개 이상\\)"),
            "some", Pattern.compile("▲ 조금 있음 \\(30~99개\\)"),
            "few", Pattern.compile("◆ 거의 없음 \\(2~29개\\)"),
            "empty", Pattern.compile("✕ 다 팔림"),
            "break", Pattern.compile("■ 오늘 판매 안 함"),
            "unknown", Pattern.compile("\\? 확인 필요: 정보가 \\d+(분|시간|일) 전 것입니다"),
            "no_data", Pattern.compile("– 아직 정보 없음 \\(마스크가 들어오기 전\\)"));
    private static final HttpClient GZIP_CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static final String RUN = "-it" + UUID.randomUUID().toString().substring(0, 8);
    private static final String PHARMACIST = "easy" + RUN;
    private static final String PASSWORD = "easy-pages-2020-03-11";

    /** Up before the deployment starts polling it. */
    private static final FakeFeed FEED = FakeFeed.startForTheClass();
    private static boolean delivered;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }


    @BeforeEach
    void theFeedHasDelivered() throws Exception {
        if (!delivered) {
            Await.until(A_FEW_POLLS, () -> get("easy/district/11440").body(),
                    page -> Html.count(page, "<p class=\"status status-plenty\">") + Html.count(page,
                            "<p class=\"status status-some\">") + Html.count(page, "<p class=\"status status-few\">") > 10);
            delivered = true;
        }
    }

    @AfterAll
    static void removeWhatThisRunStored() throws SQLException {
        FEED.close();
        try (Connection db = TestDatabase.connect(); var reports = db.prepareStatement(
                "DELETE FROM report WHERE account_id IN (SELECT id FROM account WHERE login LIKE ?)");
                var bindings = db.prepareStatement(
                        "DELETE FROM account_seller WHERE account_id IN (SELECT id FROM account WHERE login LIKE ?)");
                var accounts = db.prepareStatement("DELETE FROM account WHERE login LIKE ?")) {
            for (var delete : List.of(reports, bindings, accounts)) {
                delete.setString(1, "%" + RUN);
                delete.executeUpdate();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"easy", "easy/", "easy/province/11", "easy/district/11440", "easy/district/11680?page=2",
            "easy/seller/11806923", "en/easy", "en/easy/province/41", "en/easy/district/11440", "en/easy/seller/11806923"})
    void everyEasyPageIsPlainLightAccessibleHtmlOpeningWithTodaysRotation(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "no session on " + path);
        String page = response.body();
        boolean english = path.startsWith("en/");
        assertTrue(page.contains("<html ") && page.contains(" lang=\"" + (english ? "en" : "ko") + "\""), path);
        Matcher rotation = FIRST_IN_MAIN.matcher(page);
        assertTrue(rotation.find(), "the rotation is the first thing in main on " + path);
        assertEquals(english ? WEDNESDAY_IN_ENGLISH : WEDNESDAY_11_MARCH, rotation.group(1).replaceAll("\\s+", " ").strip());
        assertTrue(rotation.end() < page.indexOf("<h1"), "and comes before the heading on " + path);
        assertEquals(1, Html.count(page, "<h1"), "one h1 on " + path);
        assertTrue(page.contains("<a class=\"skip-link\" href=\"#main\">"), "skip link on " + path);
        for (String landmark : new String[] {"<header>", "<main id=\"main\"", "<footer>"}) {
            assertEquals(1, Html.count(page, landmark), landmark + " on " + path);
        }
        assertTrue(page.contains("<nav aria-label=\""), "a named navigation on " + path);
        assertFalse(page.contains("<script"), "no JavaScript on " + path);
        assertFalse(page.toLowerCase().contains("primefaces") || page.contains("jakarta.faces.resource"),
                "no PrimeFaces or Faces resources on " + path);
        assertFalse(page.contains("<link rel=\"stylesheet\"") || page.contains("<img"), "nothing more to fetch on " + path);
        assertFalse(page.contains("<form") || page.contains("ViewState"), "no form, no view state on " + path);
        Matcher external = EXTERNAL.matcher(page);
        assertFalse(external.find(), () -> "no request anywhere else on " + path + ": " + external.group());
        assertTrue(page.contains("<style>") && page.contains("font-size: 1.375rem"),
                "the large-print style sheet is inlined on " + path);
        assertFalse(page.contains("???"), "no missing message keys on " + path);
    }

    @Test
    void eachPageAsksOneQuestionAndLeadsToTheNext() throws Exception {
        String home = get("easy").body();
        assertTrue(home.contains("<h1>사는 곳의 시·도를 고르세요</h1>"));
        assertEquals(17, Html.count(home, "<li><a href=\"" + context() + "/easy/province/"), "one choice per province");

        String seoul = get("easy/province/11").body();
        assertTrue(seoul.contains("<h1>서울특별시: 시·군·구를 고르세요</h1>"));
        assertEquals(25, Html.count(seoul, "<li><a href=\"" + context() + "/easy/district/"));
        assertTrue(seoul.contains("<a href=\"" + context() + "/easy/district/11440\">마포구</a>"));

        String mapo = get("easy/district/11440").body();
        assertTrue(mapo.contains("<h1>서울특별시 마포구에서 마스크를 파는 곳</h1>"));
        assertTrue(Pattern.compile("판매처 \\d+곳 가운데 \\d+곳에 마스크가 있습니다").matcher(mapo).find());
        assertTrue(mapo.contains("<a href=\"" + context() + "/easy/province/11\">다른 시·군·구 고르기</a>"));
        Matcher first = SELLER_ROW.matcher(mapo);
        assertTrue(first.find(), "a list of sellers");

        String code = first.group(1);
        HttpResponse<String> seller = get("easy/seller/" + code);
        assertEquals(200, seller.statusCode());
        assertTrue(seller.body().contains("<a href=\"" + context() + "/easy/district/11440\">마포구의 다른 판매처 보기</a>"));
        assertTrue(seller.body().contains("<dt>주소</dt>"), "where it is");
        assertFalse(seller.body().contains("tel:"), "no phone number given for it (SellerDetailsIT covers sellers with one)");
    }

    @Test
    void statusesAreSaidInPlainWordsWithASymbolMasksFirst() throws Exception {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<Integer> ranks = new ArrayList<>();
        for (String page : pagesAtOnce(largestDistrict()).values()) {
            Matcher row = SELLER_ROW.matcher(page);
            while (row.find()) {
                String status = row.group(2);
                String words = row.group(3).strip() + " " + row.group(4).strip();
                assertTrue(PLAIN_WORDS.get(status).matcher(words).matches(), status + " said as: " + words);
                seen.merge(status, 1, Integer::sum);
                ranks.add(STATUS_ORDER.indexOf(status));
            }
        }
        assertTrue(seen.size() >= 3, "the sales day shows several statuses: " + seen);
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i - 1) <= ranks.get(i), "sellers with masks first, across pages: row " + i);
        }
        String mapo = get("easy/district/11440").body();
        assertTrue(Pattern.compile("<p class=\"source\">(공공 정보|약사가 알림|공공 정보와 약사 알림)"
                + "( · (방금|\\d+분 전|\\d+시간 전))?</p>").matcher(mapo).find(), "who said it and when");
        Matcher check = Pattern.compile("<p class=\"check\">확인 필요: 정보가 (\\d+)(분|시간) 전 것입니다</p>").matcher(mapo);
        if (check.find()) {
            assertTrue(check.group(2).equals("시간") || Integer.parseInt(check.group(1)) >= 30,
                    "only information older than 30 minutes is called old: " + check.group());
        }
    }

    @Test
    void theLargestDistrictComesInPagesEachWithinTheFirstRoundTrip() throws Exception {
        String district = largestDistrict();
        Set<String> listed = new HashSet<>();
        int pages = 0;
        for (var page : pagesAtOnce(district).entrySet()) {
            pages++;
            byte[] wire = gzipped(page.getKey());
            System.out.printf("easy page %s: %,d bytes gzipped, %,d bytes of HTML%n", page.getKey(), wire.length,
                    page.getValue().getBytes(StandardCharsets.UTF_8).length);
            assertTrue(wire.length <= FIRST_ROUND_TRIP, page.getKey() + " is " + wire.length + " bytes on the wire");
            listed.addAll(sellerCodes(page.getValue()));
            keep(page.getKey(), page.getValue());
        }
        assertTrue(pages > 1, "the largest district does not fit one page");
        assertEquals(sellersOf(district), listed, "every seller of the district, on one page or another");
        assertEquals(404, get("easy/district/" + district + "?page=" + (pages + 1)).statusCode(), "no page after the last");
        assertEquals(sellerCodes(get("easy/district/" + district).body()),
                sellerCodes(get("easy/district/" + district + "?page=x&page=2").body()), "junk means the first page");
        String second = get("easy/district/" + district + "?page=2").body();
        assertTrue(second.contains("<ol class=\"sellers\" start=\"" + (EasyDistrictPage.SELLERS_PER_PAGE + 1) + "\">"),
                "the numbers run on across pages");
        assertTrue(second.contains("rel=\"prev\" href=\"" + context() + "/easy/district/" + district + "\">이전 쪽</a>"));
        assertTrue(second.contains("rel=\"next\" href=\"" + context() + "/easy/district/" + district + "?page=3\">다음 쪽</a>"));

        for (String path : new String[] {"easy", "easy/province/41", "en/easy/district/" + district}) {
            byte[] wire = gzipped(path);
            System.out.printf("easy page %s: %,d bytes gzipped%n", path, wire.length);
            assertTrue(wire.length <= FIRST_ROUND_TRIP, path + " is " + wire.length + " bytes on the wire");
        }
        String seller = listed.iterator().next();
        byte[] wire = gzipped("easy/seller/" + seller);
        System.out.printf("easy page easy/seller/%s: %,d bytes gzipped%n", seller, wire.length);
        keep("easy/seller/" + seller, get("easy/seller/" + seller).body());
        keep("easy/province/11", get("easy/province/11").body());
    }

    @Test
    void aQueueIsSaidInWordsWithItsAge() throws Exception {
        String seller = quietSeller("11680");
        try (Connection db = TestDatabase.connect()) {
            long id = TestAccounts.insert(db, PHARMACIST, "PHARMACIST", Pbkdf2Hashes.hash(PASSWORD));
            db.createStatement().execute("INSERT INTO account_seller VALUES (" + id + ", '" + seller + "')");
        }
        var pharmacist = new StaffBrowser(URI.create(base.toExternalForm()));
        assertEquals(302, pharmacist.signIn(PHARMACIST, PASSWORD).statusCode());
        HttpResponse<String> queued = pharmacist.submit(pharmacist.get("pharmacist"), "queue-" + seller, "submit",
                Map.of("seller", seller, "number", "12"));
        assertEquals(302, queued.statusCode());
        try {
            String page = Await.until(Duration.ofSeconds(5), () -> get("easy/seller/" + seller).body(),
                    p -> p.contains("줄 선 사람 12명"));
            assertTrue(Pattern.compile("<p>줄 선 사람 12명 · (방금|\\d+분 전)</p>").matcher(page).find(), "queue and age");
            String english = get("en/easy/seller/" + seller).body();
            assertTrue(Pattern.compile("<p>12 people in the queue · (just now|\\d+ min ago)</p>").matcher(english).find());
        } finally {
            HttpResponse<String> undone = pharmacist.submit(pharmacist.get("pharmacist"), "undo-" + seller, "submit",
                    Map.of("seller", seller));
            assertEquals(302, undone.statusCode(), "the report is taken back, so other tests see the day as it was");
        }
    }

    @Test
    void easyAndOrdinaryPagesLinkToEachOtherAtTheSamePlace() throws Exception {
        String ctx = context();
        Map<String, String[]> pairs = new LinkedHashMap<>();
        // ordinary page -> its easy page, easy page -> its ordinary page
        pairs.put("", new String[] {"/easy", "/"});
        pairs.put("province/11", new String[] {"/easy/province/11", "/province/11"});
        pairs.put("district/11440?sort=status&type=PHARMACY", new String[] {"/easy/district/11440", "/district/11440"});
        pairs.put("seller/11806923", new String[] {"/easy/seller/11806923", "/seller/11806923"});
        for (String language : new String[] {"", "en/"}) {
            String prefix = language.isEmpty() ? "" : "/en";
            for (var pair : pairs.entrySet()) {
                String ordinary = get(language + pair.getKey()).body();
                String easyAddress = pair.getValue()[0];
                assertTrue(ordinary.contains("<a class=\"easy-switch\" href=\"" + ctx + prefix + easyAddress + "\">"),
                        "the ordinary page " + language + pair.getKey() + " links to " + easyAddress);
                String easy = get(language + easyAddress.substring(1)).body();
                assertTrue(easy.contains("<li><a href=\"" + ctx + prefix + pair.getValue()[1] + "\">"
                        + (language.isEmpty() ? "보통 화면으로" : "Ordinary version") + "</a></li>"),
                        "and back from " + easyAddress + " in " + (language.isEmpty() ? "Korean" : "English"));
            }
        }
        String english = get("en/easy/district/11440").body();
        assertTrue(english.contains("href=\"" + ctx + "/easy/district/11440\" hreflang=\"ko\" lang=\"ko\">한국어</a>"),
                "the other language, same page");
        assertTrue(english.contains("href=\"" + ctx + "/en/easy/seller/"), "English stays English");
        assertTrue(english.contains("<h1>Where masks are sold in 서울특별시 마포구</h1>"));
        assertTrue(Pattern.compile("(Masks available \\(100 or more\\)|Some left \\(30 to 99\\)|Almost gone \\(2 to 29\\))")
                .matcher(english).find(), "statuses in English words");
        assertFalse(english.contains("마스크 있음"), "no Korean status words on the English page");
    }

    @Test
    void unknownPlacesAndPagesAreMissingPages() throws Exception {
        for (String path : new String[] {"easy/district/99999", "easy/province/99", "easy/seller/99999999",
                "easy/district/abc", "easy/easy/district/11440", "easy/index.xhtml", "en/easy/district/99999"}) {
            assertEquals(404, get(path).statusCode(), path);
        }
    }

    /**
     * Every page of a district's easy list, read while nothing changed: the feed keeps selling masks, and a seller
     * whose status changes between two pages may move from one page to the next, as it would for a resident. Read
     * again until every seller of the district is on exactly one page.
     */
    private Map<String, String> pagesAtOnce(String district) throws Exception {
        Set<String> expected = sellersOf(district);
        List<String> last = List.of();
        for (int attempt = 0; attempt < 10; attempt++) {
            Map<String, String> pages = pagesOf(district);
            List<String> listed = new ArrayList<>();
            pages.values().forEach(page -> listed.addAll(sellerCodes(page)));
            if (listed.size() == expected.size() && expected.equals(new HashSet<>(listed))) {
                return pages;
            }
            last = listed;
        }
        throw new AssertionError("never every seller once: " + last.size() + " listed of " + expected.size());
    }

    /** Every page of a district's easy list, by address, page 1 first. */
    private Map<String, String> pagesOf(String district) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        String first = get("easy/district/" + district).body();
        pages.put("easy/district/" + district, first);
        Matcher count = PAGE_COUNT.matcher(first);
        int total = count.find() ? Integer.parseInt(count.group(1)) : 1;
        for (int page = 2; page <= total; page++) {
            String path = "easy/district/" + district + "?page=" + page;
            HttpResponse<String> response = get(path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.body().contains("<p>" + page + "쪽 (모두 " + total + "쪽)</p>"), path);
            pages.put(path, response.body());
        }
        return pages;
    }

    /** The page as it goes over the wire to a browser that takes gzip: the compressed bytes, counted. */
    private byte[] gzipped(String path) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Encoding", "gzip").GET().build();
        HttpResponse<byte[]> response = GZIP_CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""), path);
        assertEquals(String.valueOf(response.body().length), response.headers().firstValue("Content-Length").orElse(""));
        try (var in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("</html>"), "a whole page: " + path);
        }
        return response.body();
    }

    private static String largestDistrict() throws SQLException {
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT district_code FROM seller WHERE district_code IS NOT NULL AND vanished_at IS NULL "
                        + "GROUP BY district_code ORDER BY COUNT(*) DESC, district_code LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Set<String> sellersOf(String district) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT code FROM seller WHERE vanished_at IS NULL AND district_code = '" + district + "'")) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    /** A pharmacy of the district nobody reports for and no account is bound to. */
    private static String quietSeller(String district) throws SQLException {
        try (Connection db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT s.code FROM seller s WHERE s.district_code = '" + district + "' AND s.seller_type = '01' "
                        + "AND s.vanished_at IS NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM account_seller a WHERE a.seller_code = s.code) "
                        + "AND NOT EXISTS (SELECT 1 FROM report r WHERE r.seller_code = s.code) "
                        + "ORDER BY s.code LIMIT 1")) {
            assertTrue(rs.next(), "a quiet pharmacy in " + district);
            return rs.getString(1);
        }
    }

    private static List<String> sellerCodes(String page) {
        List<String> codes = new ArrayList<>();
        Matcher m = SELLER_ROW.matcher(page);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /** For a look in a text browser: {@code w3m -dump target/easy-pages/easy_district_11680.html}. */
    private static void keep(String path, String page) {
        Path dir = Path.of(System.getProperty("portal.war")).getParent().resolve("easy-pages");
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(path.replaceAll("[^A-Za-z0-9]+", "_") + ".html"), page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String context() {
        String path = base.getPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private URI uri(String path) {
        return URI.create(base.toExternalForm()).resolve(path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return PortalHttp.get(uri(path));
    }
}
