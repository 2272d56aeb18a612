package kr.maskportal.seller.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real WAR on Payara Micro against the real MariaDB: what a resident finds with the search box, checked against
 * the sellers the database holds (SQL LIKE on name and address, every word).
 */
@ExtendWith(ArquillianExtension.class)
class SearchPageIT {

    private static final Pattern GROUP = Pattern.compile(
            "<h2 id=\"district-(\\d{5})\"><a href=\"([^\"]*)/district/\\1\">([^<]+)</a></h2>(.*?)</section>", Pattern.DOTALL);
    private static final Pattern ROW_SELLER = Pattern.compile("<th scope=\"row\"><a href=\"([^\"]*)/seller/(\\d+)\">");
    private static final String NO_RESULTS = "class=\"search-group\"";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"새봄약국", "서교동", "월드컵로", "시장길", "서교동 약국"})
    void theHitsAreTheSellersWhoseNameOrAddressHoldsEveryWordEachUnderItsDistrict(String q) throws Exception {
        HttpResponse<String> response = search(q);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty(), "no session");
        String page = response.body();
        Map<String, String> expected = matchingSellersFromDatabase(q);
        assertTrue(expected.size() > 0 && expected.size() <= 100, q + ": " + expected.size() + " in the database");

        Map<String, String> shown = new TreeMap<>();
        List<String> groupCodes = new ArrayList<>();
        Matcher group = GROUP.matcher(page);
        while (group.find()) {
            groupCodes.add(group.group(1));
            assertEquals(districtName(group.group(1)), group.group(3), "the heading names province and district");
            Matcher row = ROW_SELLER.matcher(group.group(4));
            while (row.find()) {
                assertEquals(null, shown.put(row.group(2), group.group(1)), "each seller once");
            }
        }
        assertEquals(expected, shown, "the same sellers, each under its own district");
        assertEquals(groupCodes.stream().sorted().distinct().toList(), groupCodes, "districts once each, in code order");
        assertTrue(page.contains("‘" + q + "’에 맞는 판매처 " + expected.size() + "곳"), "the total, with the query");
        assertTrue(page.contains("value=\"" + q + "\""), "the box keeps the query");
    }

    @Test
    void sellersInADistrictAreInNameOrderAsOnTheDistrictPage() throws Exception {
        String page = search("월드컵로").body();
        Matcher group = GROUP.matcher(page);
        assertTrue(group.find());
        List<String> inGroup = codes(group.group(4));
        List<String> onDistrictPage = codes(get("district/" + group.group(1)).body());
        assertEquals(onDistrictPage.stream().filter(inGroup::contains).toList(), inGroup);
    }

    @Test
    void aSearchSpansProvinces() throws Exception {
        String page = search("새봄약국").body();
        List<String> provinces = new ArrayList<>();
        Matcher group = GROUP.matcher(page);
        while (group.find()) {
            String province = group.group(1).substring(0, 2);
            if (!provinces.contains(province)) {
                provinces.add(province);
            }
        }
        assertTrue(provinces.size() >= 10, "새봄약국 is found all over the country: " + provinces);
        assertTrue(page.contains(">서울특별시 ") && page.contains(">제주특별자치도 "), "from Seoul to Jeju");
    }

    @Test
    void eachHitLinksToItsSellerPageWithTypeAddressAndStatus() throws Exception {
        String page = search("서교동").body();
        String code;
        String name;
        String address;
        try (var db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT code, name, address FROM seller WHERE address LIKE '%서교동%' AND district_code IS NOT NULL "
                        + "ORDER BY code LIMIT 1")) {
            rs.next();
            code = rs.getString(1);
            name = rs.getString(2);
            address = rs.getString(3);
        }
        String context = base.getPath();
        assertTrue(page.contains("<a href=\"" + context + "seller/" + code + "\">" + Html.escape(name) + "</a>"), name);
        assertTrue(page.contains("<td>" + Html.escape(address) + "</td>"), address);
        assertTrue(page.contains("<td>약국</td>"), "the type in words");
        assertTrue(Pattern.compile("<td class=\"status status-\\w+\">\\s*<span class=\"symbol\"").matcher(page).find(),
                "the status as on the district page");
        assertTrue(page.contains("<a href=\"" + context + "district/11440\">서울특별시 마포구</a>"));
    }

    @Test
    void aWordInAlmostEveryNameShowsTheFirstHundredTheTotalAndAsksToRefine() throws Exception {
        String page = search("약국").body();
        int total;
        try (var db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(
                "SELECT COUNT(*) FROM seller WHERE district_code IS NOT NULL AND vanished_at IS NULL "
                        + "AND (name LIKE '%약국%' OR address LIKE '%약국%')")) {
            rs.next();
            total = rs.getInt(1);
        }
        assertEquals(100, Html.count(page, "<th scope=\"row\">"));
        assertTrue(page.contains("‘약국’에 맞는 판매처 " + String.format("%,d", total) + "곳"), "total " + total);
        assertTrue(page.contains("처음 100곳만 보여 줍니다. 동 이름이나 판매처 이름을 덧붙여 더 좁혀 찾아 보세요."));
    }

    @Test
    void withoutAQueryThePageIsTheFormAndAHint() throws Exception {
        for (String path : new String[] {"search", "search?q=", "search?q=%20%20%20"}) {
            HttpResponse<String> response = get(path);
            assertEquals(200, response.statusCode(), path);
            String page = response.body();
            assertTrue(page.contains("<h1>판매처 찾기</h1>"), path);
            assertTrue(page.contains("판매처 이름이나 주소의 일부"), "a hint: " + path);
            assertFalse(page.contains("class=\"notice"), "no complaint: " + path);
            assertFalse(page.contains(NO_RESULTS), path);
            assertTrue(page.contains("role=\"search\""), path);
        }
    }

    @Test
    void badQueriesAreToldWhatIsWrongAndFindNothing() throws Exception {
        Map<String, String> told = new LinkedHashMap<>();
        told.put("동", "검색어를 2글자 이상 넣으세요.");
        told.put(" 길 ", "검색어를 2글자 이상 넣으세요.");
        told.put("서".repeat(41), "검색어가 너무 깁니다. 40글자까지 넣을 수 있습니다.");
        told.put("서교\u0000동", "검색어에 쓸 수 없는 보이지 않는 문자(제어 문자)가 들어 있습니다.");
        told.put("서교동\u001b", "검색어에 쓸 수 없는 보이지 않는 문자(제어 문자)가 들어 있습니다.");
        for (var bad : told.entrySet()) {
            HttpResponse<String> response = search(bad.getKey());
            assertEquals(200, response.statusCode(), bad.getKey());
            String page = response.body();
            assertTrue(page.contains(bad.getValue()), bad.getKey() + ": " + page);
            assertFalse(page.contains(NO_RESULTS), bad.getKey());
            assertFalse(page.contains("에 맞는 판매처"), bad.getKey());
            assertFalse(page.contains("\u0000") || page.contains("\u001b"), "no control character echoed");
            assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
        }
    }

    @Test
    void markupInTheQueryComesBackAsText() throws Exception {
        String q = "<script>alert(1)</script>\"'";
        HttpResponse<String> response = search(q);
        assertEquals(200, response.statusCode());
        String page = response.body();
        assertFalse(page.contains("<script"), "no script element");
        assertFalse(page.contains("alert(1)</"), "nothing closes a tag");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "echoed as text");
        assertTrue(page.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;"), "the box holds it escaped");
        assertTrue(page.contains("에 맞는 판매처가 없습니다"));
    }

    @Test
    void theSearchPageIsPlainHtmlWithOneHeadingAndNoSession() throws Exception {
        HttpResponse<String> response = search("서교동");
        String page = response.body();
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
        assertEquals(1, Html.count(page, "<h1"));
        assertFalse(page.contains("<script"));
        assertFalse(page.contains("primefaces"));
        assertTrue(page.contains("<title>서교동 – 판매처 찾기 · "), "the query in the title");
        assertTrue(page.contains("hreflang=\"en\" href=\"" + base.getPath() + "en/search?q="
                + URLEncoder.encode("서교동", StandardCharsets.UTF_8) + "\""), "the same search in English");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "province/11", "district/11440", "seller/11806923", "search?q=서교동"})
    void everyResidentPageHasTheSearchBoxWithAVisibleLabel(String path) throws Exception {
        String page = get(path.replace("서교동", URLEncoder.encode("서교동", StandardCharsets.UTF_8))).body();
        assertTrue(page.contains("<form class=\"site-search\" method=\"get\" action=\"" + base.getPath()
                + "search\" role=\"search\">"), path);
        assertTrue(page.contains("<label for=\"site-search-q\">판매처 찾기</label>"), path);
        assertTrue(page.contains("<input id=\"site-search-q\" name=\"q\" type=\"search\""), path);
        assertEquals(path.startsWith("search"), page.contains("value=\"서교동\""), "filled in only on the search page");
    }

    @Test
    void theEnglishSearchIsInEnglishAndStaysInEnglish() throws Exception {
        HttpResponse<String> response = get("en/search?q=" + URLEncoder.encode("서교동", StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
        String page = response.body();
        String context = base.getPath();
        assertTrue(Pattern.compile("<html[^>]* lang=\"en\"").matcher(page).find());
        assertTrue(page.contains("<h1>Find a seller</h1>"));
        assertTrue(Pattern.compile("\\d+ sellers match “서교동”").matcher(page).find(), "the total in English");
        assertTrue(page.contains("action=\"" + context + "en/search\""), "the box searches in English");
        assertTrue(page.contains("<label for=\"site-search-q\">Find a seller</label>"));
        assertTrue(page.contains("href=\"" + context + "en/district/11440\""), "groups lead to English district pages");
        assertTrue(page.contains("href=\"" + context + "en/seller/"), "hits lead to English seller pages");
        assertTrue(page.contains("<td>Pharmacy</td>"));
        assertTrue(get("en/search?q=x").body().contains("Please type at least 2 characters."));
        assertTrue(get("en/district/11440").body().contains("action=\"" + context + "en/search\""));
    }

    private HttpResponse<String> search(String q) throws Exception {
        return get("search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return PortalHttp.get(URI.create(base.toExternalForm()).resolve(path));
    }

    /** Code to district code of every listed, placed seller whose name or address holds each word of the query. */
    private static Map<String, String> matchingSellersFromDatabase(String q) throws SQLException {
        String[] words = q.split(" ");
        StringBuilder sql = new StringBuilder(
                "SELECT code, district_code FROM seller WHERE district_code IS NOT NULL AND vanished_at IS NULL");
        for (int i = 0; i < words.length; i++) {
            sql.append(" AND (name LIKE ? OR address LIKE ?)");
        }
        Map<String, String> found = new TreeMap<>();
        try (var db = TestDatabase.connect(); var statement = db.prepareStatement(sql.toString())) {
            for (int i = 0; i < words.length; i++) {
                statement.setString(2 * i + 1, "%" + words[i] + "%");
                statement.setString(2 * i + 2, "%" + words[i] + "%");
            }
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return found;
    }

    private static String districtName(String code) throws SQLException {
        try (var db = TestDatabase.connect(); var statement = db.prepareStatement(
                "SELECT p.name, d.name FROM district d JOIN province p ON p.code = d.province_code WHERE d.code = ?")) {
            statement.setString(1, code);
            try (var rs = statement.executeQuery()) {
                assertTrue(rs.next(), code);
                return rs.getString(1) + " " + rs.getString(2);
            }
        }
    }

    private static List<String> codes(String html) {
        List<String> codes = new ArrayList<>();
        Matcher m = ROW_SELLER.matcher(html);
        while (m.find()) {
            codes.add(m.group(2));
        }
        return codes;
    }
}
