package kr.maskportal.seller.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.maskportal.testing.Await;
import kr.maskportal.testing.Html;
import kr.maskportal.testing.PortalHttp;
import kr.maskportal.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real WAR on Payara Micro against the real MariaDB: what a resident sees on the place pages. */
@ExtendWith(ArquillianExtension.class)
class PlacePagesIT {

    private static final int SELLERS_IN_THE_LIST = 25_439;
    private static final Pattern LISTED_PLACE = Pattern.compile(
            "<a href=\"[^\"]*/(?:province|district)/(\\d+)\">([^<]+)</a>\\s*<span class=\"count\">판매처 ([\\d,]+)곳</span>");

    private static final Pattern STATUS_COUNT = Pattern.compile(
            "<li class=\"status-count status-(\\w+)\">.*?<span class=\"count\">(\\d+)</span></li>");
    private static final Pattern ROW_STATUS = Pattern.compile("class=\"status status-(\\w+)\"");
    private static final Pattern ROW_SELLER = Pattern.compile("<th scope=\"row\"><a href=\"[^\"]*/seller/(\\d+)\">");
    private static final List<String> STATUS_ORDER = List.of("plenty", "some", "few", "likely_sold_out", "empty",
            "break", "unknown", "no_data");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }

    @Test
    void homePageListsEveryProvinceWithTheSellersTheDatabaseHoldsForIt() throws Exception {
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        Map<String, Integer> shown = listedCounts(home.body());
        Map<String, Integer> stored = countsFromDatabase(
                "SELECT d.province_code, COUNT(*) FROM seller s JOIN district d ON d.code = s.district_code GROUP BY d.province_code");
        assertEquals(17, shown.size(), "one link per province");
        assertEquals(stored, shown);
    }

    @Test
    void everySellerOfTheListIsStoredOnceAndAlmostAllArePlaced() throws Exception {
        try (var db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT COUNT(*), COUNT(district_code), COUNT(DISTINCT code) FROM seller")) {
            rs.next();
            assertEquals(SELLERS_IN_THE_LIST, rs.getInt(1), "loading twice must not duplicate sellers");
            assertEquals(SELLERS_IN_THE_LIST, rs.getInt(3));
            assertTrue(rs.getInt(2) > SELLERS_IN_THE_LIST - 30, "placed: " + rs.getInt(2));
        }
    }

    @Test
    void seoulPageListsItsTwentyFiveDistrictsWithTheirCounts() throws Exception {
        HttpResponse<String> seoul = get("province/11");
        assertEquals(200, seoul.statusCode());
        Map<String, Integer> shown = listedCounts(seoul.body());
        assertEquals(25, shown.size());
        assertEquals(countsFromDatabase(
                "SELECT d.code, COUNT(s.code) FROM district d LEFT JOIN seller s ON s.district_code = d.code "
                        + "WHERE d.province_code = '11' GROUP BY d.code"), shown);
        assertTrue(seoul.body().contains(">마포구</a>"));
    }

    @Test
    void districtPageListsEverySellerWithNameTypeAndAddress() throws Exception {
        HttpResponse<String> mapo = get("district/11440");
        assertEquals(200, mapo.statusCode());
        String page = mapo.body();
        int rows = 0;
        try (var db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT name, seller_type, address FROM seller WHERE district_code = '11440'")) {
            while (rs.next()) {
                rows++;
                assertTrue(page.contains(Html.escape(rs.getString("name"))), rs.getString("name"));
                assertTrue(page.contains(Html.escape(rs.getString("address"))), rs.getString("address"));
            }
        }
        assertTrue(rows > 100, "마포구 had well over a hundred sellers in 2020");
        assertEquals(rows, Html.count(page, "<th scope=\"row\">"));
        assertTrue(page.contains("<td>약국</td>"), "type as a word");
        assertTrue(page.contains("<h1>서울특별시 마포구</h1>"));
        assertTrue(page.contains("/province/11\">서울특별시</a>"), "a link back up");
    }

    @Test
    void theCountsAtTheTopNameEveryStatusAndAddUpToTheSellers() throws Exception {
        String page = get("district/11440").body();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = STATUS_COUNT.matcher(page);
        while (m.find()) {
            counts.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        assertEquals(STATUS_ORDER, List.copyOf(counts.keySet()), "every status, in order, with word and symbol");
        assertEquals(Html.count(page, "<th scope=\"row\">"), counts.values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(page.contains("<span class=\"word\">충분</span>"), "a word beside the colour");
        assertTrue(Pattern.compile("\\d{4}년 \\d{1,2}월 \\d{1,2}일 \\d{2}:\\d{2} 기준").matcher(page).find(), "as of");
    }

    @Test
    void sortingByStatusPutsTheSellersWithMasksFirst() throws Exception {
        HttpResponse<String> response = get("district/11440?sort=status");
        assertEquals(200, response.statusCode());
        String page = response.body();
        List<Integer> ranks = new ArrayList<>();
        Matcher m = ROW_STATUS.matcher(page);
        while (m.find()) {
            ranks.add(STATUS_ORDER.indexOf(m.group(1)));
        }
        assertEquals(Html.count(page, "<th scope=\"row\">"), ranks.size());
        for (int i = 1; i < ranks.size(); i++) {
            assertTrue(ranks.get(i - 1) <= ranks.get(i), "row " + i + ": " + ranks);
        }
        assertTrue(page.contains("aria-current=\"true\">재고 많은 순</a>"), "the current sort is marked");
        assertEquals(sellerCodes(get("district/11440").body()).size(), sellerCodes(page).size(), "sorting hides nobody");
    }

    @Test
    void theTypeFilterShowsOnlyThatType() throws Exception {
        int all = Html.count(get("district/28710").body(), "<th scope=\"row\">");
        int seen = 0;
        Map<String, String> types = Map.of("PHARMACY", "약국", "POST_OFFICE", "우체국", "NONGHYUP_MART", "농협 하나로마트");
        for (var type : types.entrySet()) {
            HttpResponse<String> response = get("district/28710?type=" + type.getKey());
            assertEquals(200, response.statusCode());
            String page = response.body();
            int rows = Html.count(page, "<th scope=\"row\">");
            assertTrue(rows > 0, type.getKey());
            assertEquals(rows, Html.count(page, "<td>" + type.getValue() + "</td>"), "only " + type.getValue());
            assertTrue(page.contains("aria-current=\"true\">" + type.getValue() + "</a>"), "the current type is marked");
            seen += rows;
        }
        assertEquals(all, seen, "the three types are every seller");
    }

    @Test
    void junkOrRepeatedChoicesGiveTheDefaultPage() throws Exception {
        List<String> byName = sellerCodes(get("district/11440").body());
        for (String query : new String[] {"?sort=%3Cscript%3E&type=x&likely=yes", "?sort=status&sort=freshness",
                "?type=PHARMACY&type=PHARMACY&likely=1&likely=0", "?sort=&type=&likely="}) {
            HttpResponse<String> response = get("district/11440" + query);
            assertEquals(200, response.statusCode(), query);
            assertEquals(byName, sellerCodes(response.body()), query);
            assertTrue(response.body().contains("aria-current=\"true\">이름순</a>"), query);
            assertFalse(response.body().contains("<script>"), query);
        }
    }

    @Test
    void aSellerPageShowsWhereTheSellerIsItsStatusAndItsDayWithALinkBack() throws Exception {
        String code;
        String name;
        try (var db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT code, name FROM seller WHERE district_code = '11440' ORDER BY code LIMIT 1")) {
            rs.next();
            code = rs.getString(1);
            name = rs.getString(2);
        }
        String district = get("district/11440").body();
        assertTrue(district.contains("/seller/" + code + "\">" + Html.escape(name) + "</a>"), "the district lists link to it");

        HttpResponse<String> seller = get("seller/" + code);
        assertEquals(200, seller.statusCode());
        assertTrue(seller.headers().firstValue("Set-Cookie").isEmpty());
        String page = seller.body();
        assertTrue(page.contains("<h1>" + Html.escape(name) + "</h1>"));
        assertTrue(page.contains("오늘의 기록"), "today's timeline");
        assertTrue(page.contains("/district/11440\">마포구</a>"), "a link back to the district");
        assertEquals(404, get("seller/99999999").statusCode());
    }

    /**
     * The sell-out forecasts learn incrementally from ended days (V016 on MariaDB): at start-up every ended day of the
     * last four weeks is read once and marked, so no request ever reads history; with no ended day of history here
     * nobody has a pattern, so no page shows usual times or a switched-off note.
     */
    @Test
    void theForecastsHaveReadEveryEndedDayOnceAndShowNothingWithoutHistory() throws Exception {
        int learned = Await.until(java.time.Duration.ofSeconds(60), () -> {
            try (var db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM forecast_learned")) {
                rs.next();
                return rs.getInt(1);
            }
        }, count -> count >= 28);
        assertTrue(learned >= 28, "four weeks of ended days read: " + learned);
        String district = get("district/11440").body();
        assertFalse(district.contains("class=\"usual\""), "no usual times without history");
        assertFalse(district.contains("forecasts-off"), "nothing switched off without forecasts");
        assertFalse(district.contains("status status-likely_sold_out\""), "no forecast without a pattern");
    }

    @Test
    void everyKindOfSellerIsNamedInWords() throws Exception {
        String ganghwa = get("district/28710").body();
        for (String type : new String[] {"약국", "우체국", "농협 하나로마트"}) {
            assertTrue(ganghwa.contains("<td>" + type + "</td>"), type);
        }
    }

    @Test
    void generalDistrictsOfLargeCitiesAreDistrictsOfTheirOwn() throws Exception {
        String gyeonggi = get("province/41").body();
        assertTrue(gyeonggi.contains(">수원시 장안구</a>"));
        assertFalse(gyeonggi.contains(">수원시</a>"));
    }

    @Test
    void publicPagesAreAccessiblePlainHtmlWithoutSessionOrScript() throws Exception {
        for (String path : new String[] {"", "province/26", "district/26110", "seller/11806923"}) {
            HttpResponse<String> response = get(path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "no session on " + path);
            String page = response.body();
            assertTrue(Pattern.compile("<html[^>]* lang=\"ko\"").matcher(page).find(), path);
            assertEquals(1, Html.count(page, "<h1"), "one h1 on " + path);
            assertTrue(page.contains("href=\"#main\"") && page.contains("id=\"main\""), "skip link on " + path);
            assertFalse(page.contains("<script"), "no JavaScript on " + path);
            assertFalse(page.contains("primefaces"), "no PrimeFaces resources on " + path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void englishIsOneLinkAwayAndStaysForEveryFollowingPage() throws Exception {
        String root = URI.create(base.toExternalForm()).getPath();
        String korean = get("district/11440?sort=status").body();
        assertTrue(korean.contains("href=\"" + root + "en/district/11440?sort=status\" hreflang=\"en\" lang=\"en\">English</a>"),
                "the language link keeps the page and its choices");
        HttpResponse<String> response = get("en/district/11440?sort=status");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "the choice needs no session");
        String page = response.body();
        assertTrue(Pattern.compile("<html[^>]* lang=\"en\"").matcher(page).find());
        assertTrue(page.contains("<td>Pharmacy</td>"), "types in English");
        assertTrue(page.contains("Skip to main content"));
        assertFalse(page.contains("이름순"), "no Korean choice labels left");
        assertEquals(sellerCodes(korean), sellerCodes(page), "the same sellers in the same order");
        List<String> links = new ArrayList<>();
        Matcher href = Pattern.compile("href=\"(/[^\"]*)\"").matcher(page);
        while (href.find()) {
            links.add(href.group(1).substring(root.length() - 1));
        }
        assertTrue(links.size() > 100);
        for (String link : links) {
            assertTrue(link.startsWith("/en/") || link.startsWith("/themes/") || link.equals("/district/11440?sort=status"),
                    "an English page links in English: " + link);
        }
        assertTrue(page.contains("href=\"" + root + "district/11440?sort=status\" hreflang=\"ko\" lang=\"ko\">한국어</a>"),
                "and back to Korean");
        assertTrue(get("en").body().contains("lang=\"en\""), "the English home page");
        assertEquals(404, get("en/nowhere").statusCode());
        assertEquals(404, get("en/district/99999").statusCode());
    }

    @Test
    void unknownPlacesAreMissingPagesNotEmptyOnes() throws Exception {
        for (String path : new String[] {"district/99999", "province/99", "district/abc", "district.xhtml?code=%3Cscript%3E"}) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains("<script>"), path);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return PortalHttp.get(URI.create(base.toExternalForm()).resolve(path));
    }

    private static Map<String, Integer> listedCounts(String page) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher m = LISTED_PLACE.matcher(page);
        while (m.find()) {
            counts.put(m.group(1), Integer.parseInt(m.group(3).replace(",", "")));
        }
        return counts;
    }

    private static Map<String, Integer> countsFromDatabase(String sql) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (var db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private static List<String> sellerCodes(String page) {
        List<String> codes = new ArrayList<>();
        Matcher m = ROW_SELLER.matcher(page);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

}
