package kr.maskportal.seller.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.maskportal.testing.Await;
import kr.maskportal.testing.FakeFeed;
import kr.maskportal.testing.Html;
import kr.maskportal.testing.PortalHttp;
import kr.maskportal.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real WAR on Payara Micro against the real MariaDB: the district page's map of its sellers. */
@ExtendWith(ArquillianExtension.class)
class DistrictMapIT {

    private static final Pattern SVG = Pattern.compile(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"district-map-title\" "
                    + "aria-describedby=\"district-map-note\" viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern LAYER = Pattern.compile("<g class=\"status-(\\w+)\"><g class=\"symbol\">(.*?)</g></g>");
    private static final Pattern MARKER = Pattern.compile(
            "<use href=\"#m-(\\w+)\" x=\"(\\d+)\" y=\"(\\d+)\"><title>([^<]*) · ([^<]*)</title></use>"
                    + "<text x=\"\\2\" y=\"\\3\">(\\d+)</text>");
    private static final Pattern ROW = Pattern.compile(
            "<tr><td class=\"map-no\">([^<]*)</td>\\s*<th scope=\"row\"><a href=\"[^\"]*/seller/(\\d+)\">([^<]*)</a></th>"
                    + "\\s*<td class=\"status status-(\\w+)\">\\s*<span class=\"symbol\" aria-hidden=\"true\">[^<]*</span>"
                    + "\\s*<span class=\"word\">([^<]*)</span>");
    private static final Pattern LEGEND = Pattern.compile(
            "<li class=\"status-(\\w+)\"><svg class=\"symbol\"[^>]*><use href=\"#m-(\\w+)\"></use></svg> "
                    + "<span class=\"word\">([^<]*)</span></li>");
    private static final Map<String, String> WORDS = Map.of("plenty", "충분", "some", "보통", "few", "적음",
            "empty", "없음", "break", "판매 안 함", "unknown", "확인 필요", "no_data", "정보 없음");

    /** A day of the 2020 feed, so the map has every kind of status to show; up before the deployment polls it. */
    private static final FakeFeed FEED = FakeFeed.startForTheClass();
    private static final Duration A_FEW_POLLS = Duration.ofSeconds(60);
    private static final Pattern BAND_CELL = Pattern.compile("class=\"status status-(?:plenty|some|few|empty|break)\"");

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }


    @AfterAll
    static void stopFeed() {
        FEED.close();
    }

    @Test
    void mapoHasOneMarkerPerSellerWithCoordinatesNumberedAsInTheTable() throws Exception {
        String page = withStock("district/11440");
        Map<Integer, Marker> markers = markers(page);
        List<Row> rows = rows(page);
        assertEquals(count("SELECT COUNT(*) FROM seller WHERE district_code = '11440' AND latitude IS NOT NULL"),
                markers.size(), "one marker per seller with coordinates");
        assertEquals(count("SELECT COUNT(*) FROM seller WHERE district_code = '11440'"), rows.size());
        assertTrue(markers.size() > 100);
        int expected = 1;
        for (Row row : rows) {
            assertEquals(String.valueOf(expected), row.mapNumber(), "numbered 1, 2, ... down the table");
            Marker marker = markers.get(expected);
            assertNotNull(marker, "marker " + expected);
            assertEquals(row.name(), marker.name(), "marker " + expected + " is the seller of row " + expected);
            assertEquals(row.status(), marker.status(), "the same status on the map as in the table: " + row.name());
            assertEquals(row.status(), marker.shape(), "the status's own shape: " + row.name());
            assertEquals(WORDS.get(row.status()), marker.word(), "the status word in the title: " + row.name());
            assertTrue(row.word().startsWith(marker.word()), "the table's word: " + row.word());
            expected++;
        }
    }

    @Test
    void northIsUpAndEastIsRightOnRealCoordinates() throws Exception {
        String page = page("district/11440");
        Map<String, Marker> byCode = new LinkedHashMap<>();
        Map<Integer, Marker> markers = markers(page);
        for (Row row : rows(page)) {
            byCode.put(row.code(), markers.get(Integer.parseInt(row.mapNumber())));
        }
        Matcher box = SVG.matcher(page);
        assertTrue(box.find());
        int width = Integer.parseInt(box.group(1));
        int height = Integer.parseInt(box.group(2));
        assertEquals(640, width);
        String mapo = "SELECT code FROM seller WHERE district_code = '11440' ORDER BY ";
        Marker north = byCode.get(single(mapo + "latitude DESC LIMIT 1"));
        Marker south = byCode.get(single(mapo + "latitude LIMIT 1"));
        Marker east = byCode.get(single(mapo + "longitude DESC LIMIT 1"));
        Marker west = byCode.get(single(mapo + "longitude LIMIT 1"));
        for (Marker marker : byCode.values()) {
            assertTrue(north.y() <= marker.y() && marker.y() <= south.y(), "between north and south: " + marker);
            assertTrue(west.x() <= marker.x() && marker.x() <= east.x(), "between west and east: " + marker);
            assertTrue(marker.x() >= 8 && marker.x() <= width - 28 && marker.y() >= 8 && marker.y() <= height - 8,
                    "whole, with room for its number: " + marker);
        }
        // drawn in the district's own proportions: a degree of longitude is cos(latitude) of a degree of latitude
        double northSouth = Double.parseDouble(single("SELECT MAX(latitude) - MIN(latitude) FROM seller WHERE district_code = '11440'"));
        double eastWest = Double.parseDouble(single("SELECT (MAX(longitude) - MIN(longitude)) * COS(RADIANS((MAX(latitude) + MIN(latitude)) / 2)) "
                + "FROM seller WHERE district_code = '11440'"));
        assertEquals(northSouth / eastWest, (double) (south.y() - north.y()) / (east.x() - west.x()), 0.01, "not stretched");
    }

    @Test
    void theMapSaysWhatItShowsWithALegendOfItsShapes() throws Exception {
        String page = withStock("district/11440?sort=status");
        assertTrue(page.contains("<title id=\"district-map-title\">마포구 판매처 지도</title>"), "the map's name");
        assertTrue(page.contains("<figcaption id=\"district-map-note\">")
                && page.contains("표에 같은 판매처가 모두 있습니다."), "a sentence pointing to the table");
        assertTrue(page.contains("<th scope=\"col\">지도 번호</th>"));
        Set<String> drawn = new LinkedHashSet<>();
        for (Marker marker : markers(page).values()) {
            drawn.add(marker.status());
        }
        Set<String> legend = new LinkedHashSet<>();
        Matcher m = LEGEND.matcher(page);
        while (m.find()) {
            assertEquals(m.group(1), m.group(2), "the legend's shape is the status's");
            assertEquals(WORDS.get(m.group(1)), m.group(3));
            legend.add(m.group(1));
        }
        assertEquals(drawn, legend, "every status on the map, and only those, in the legend");
        assertTrue(legend.size() >= 3, "a sales day shows several statuses: " + legend);
        for (String status : List.of("plenty", "some", "few", "empty", "break", "unknown", "no_data")) {
            assertEquals(1, Html.count(page, "id=\"m-" + status + "\""), "each shape drawn once: " + status);
        }
        assertFalse(page.contains("위치 정보가 없어"), "every seller of 마포구 has coordinates");
        assertFalse(page.contains("???"), "no missing message");
        assertFalse(page.contains("<script"));
        assertFalse(Pattern.compile("(?:href|src)=\"https?://").matcher(page).find(), "nothing fetched from elsewhere");
    }

    @Test
    void theMapFollowsTheFilterAndCountsWhoIsNotOnIt() throws Exception {
        // 강화군: pharmacies, post offices and marts, two without coordinates, and islands far off the town
        String all = page("district/28710");
        int located = count("SELECT COUNT(*) FROM seller WHERE district_code = '28710' AND latitude IS NOT NULL");
        int missing = count("SELECT COUNT(*) FROM seller WHERE district_code = '28710' AND latitude IS NULL");
        assertTrue(missing > 0 && located > 0, "the test data has sellers with and without coordinates");
        assertEquals(located, markers(all).size());
        assertTrue(all.contains("모두 있습니다. 판매처 " + missing + "곳은 위치 정보가 없어 지도에 없고 표에만 있습니다.</figcaption>"),
                "how many are left off, in a sentence of its own");
        assertEquals(missing, Html.count(all, "<td class=\"map-no\">지도에 없음</td>"), "and which");

        String postOffices = page("district/28710?type=POST_OFFICE");
        int postOfficesLocated = count("SELECT COUNT(*) FROM seller WHERE district_code = '28710' AND seller_type = '02' "
                + "AND latitude IS NOT NULL");
        assertEquals(postOfficesLocated, markers(postOffices).size(), "only the post offices");
        assertTrue(postOfficesLocated < located);
        List<Row> rows = rows(postOffices);
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).name(), markers(postOffices).get(Integer.parseInt(rows.get(i).mapNumber())).name());
        }

        String likely = withStock("district/11440?likely=1");
        assertTrue(markers(likely).size() > 0 && markers(likely).size() < count(
                "SELECT COUNT(*) FROM seller WHERE district_code = '11440'"), "fewer, not none");
        assertEquals(rows(likely).size(), markers(likely).size(), "only where masks are likely");
        for (Marker marker : markers(likely).values()) {
            assertTrue(Set.of("plenty", "some", "few").contains(marker.status()), marker.toString());
        }
    }

    @Test
    void sellersWithoutCoordinatesGetASentenceInsteadOfAnEmptyMap() throws Exception {
        // 부산진구's only post office in the 2020 list has no coordinates
        assertEquals(0, count("SELECT COUNT(*) FROM seller WHERE district_code = '26230' AND seller_type = '02' "
                + "AND latitude IS NOT NULL"));
        String page = page("district/26230?type=POST_OFFICE");
        assertFalse(page.contains("<svg"), "no empty map");
        assertTrue(page.contains("표의 판매처는 위치 정보가 없어 지도로 보여 드릴 수 없습니다."));
        assertFalse(page.contains("지도 번호"), "no column of numbers without a map");

        String nothing = page("district/11440?type=POST_OFFICE");
        assertTrue(nothing.contains("고른 조건에 맞는 판매처가 지금은 없습니다."));
        assertFalse(nothing.contains("<svg") || nothing.contains("위치 정보가 없어"), "the page says it once");
    }

    @Test
    void islandsFarOffTheTownStayOnTheMap() throws Exception {
        // 옹진군 is islands only, tens of kilometres apart
        String page = page("district/28720");
        Matcher box = SVG.matcher(page);
        assertTrue(box.find());
        int height = Integer.parseInt(box.group(2));
        Map<Integer, Marker> markers = markers(page);
        assertEquals(count("SELECT COUNT(*) FROM seller WHERE district_code = '28720' AND latitude IS NOT NULL"), markers.size());
        for (Marker marker : markers.values()) {
            assertTrue(marker.x() >= 8 && marker.x() <= 640 - 28 && marker.y() >= 8 && marker.y() <= height - 8, marker.toString());
        }
    }

    @Test
    void theEnglishPageHasTheSameMapInEnglish() throws Exception {
        String korean = page("district/11440");
        String english = page("en/district/11440");
        assertTrue(english.contains("<title id=\"district-map-title\">Map of the sellers in "));
        assertTrue(english.contains("<th scope=\"col\">Map no.</th>"));
        assertTrue(english.contains("which lists the same sellers."));
        assertFalse(english.contains("???"), "no missing message");
        assertEquals(markers(korean).size(), markers(english).size());
        assertTrue(english.contains(" · No data</title>") || english.contains(" · Plenty</title>")
                || english.contains(" · Few</title>") || english.contains(" · None</title>"), "status words in English");
        String englishKanghwa = page("en/district/28710");
        assertTrue(englishKanghwa.contains("sellers have no location: not on the map, only in the table."));
        assertTrue(englishKanghwa.contains("<td class=\"map-no\">not on map</td>"));
    }

    private record Marker(String status, String shape, int x, int y, String name, String word, int number) {
    }

    private record Row(String mapNumber, String code, String name, String status, String word) {
    }

    /** The map's markers by their number. */
    private static Map<Integer, Marker> markers(String page) {
        Map<Integer, Marker> markers = new LinkedHashMap<>();
        Matcher layer = LAYER.matcher(page);
        while (layer.find()) {
            Matcher m = MARKER.matcher(layer.group(2));
            int end = 0;
            while (m.find()) {
                assertEquals(end, m.start(), "nothing but markers in a layer");
                end = m.end();
                Marker marker = new Marker(layer.group(1), m.group(1), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), m.group(4), m.group(5), Integer.parseInt(m.group(6)));
                assertEquals(null, markers.put(marker.number(), marker), "one marker per number");
            }
            assertEquals(layer.group(2).length(), end, "nothing but markers in a layer");
        }
        return markers;
    }

    private static List<Row> rows(String page) {
        List<Row> rows = new ArrayList<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            rows.add(new Row(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)));
        }
        assertEquals(Html.count(page, "<th scope=\"row\">"), rows.size(), "every row read");
        return rows;
    }

    /** The page once the feed has given 마포구's sellers their stock. */
    private String withStock(String path) throws Exception {
        return Await.until(A_FEW_POLLS, () -> page(path), p -> Html.count(p, "<th scope=\"row\">") > 0
                && BAND_CELL.matcher(p).results().count() * 4 > Html.count(p, "<th scope=\"row\">"));
    }

    private String page(String path) throws Exception {
        HttpResponse<String> response = PortalHttp.get(URI.create(base.toExternalForm()).resolve(path));
        assertEquals(200, response.statusCode(), path);
        return response.body();
    }

    private static int count(String sql) throws Exception {
        return Integer.parseInt(single(sql));
    }

    private static String single(String sql) throws Exception {
        try (var db = TestDatabase.connect(); var rs = db.createStatement().executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
