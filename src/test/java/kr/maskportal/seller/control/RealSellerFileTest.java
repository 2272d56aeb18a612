package kr.maskportal.seller.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The national seller list as shipped, against the reference places as the real migrations create them: what a
 * resident or an official would notice if reading or placing went wrong.
 */
class RealSellerFileTest {

    private static final Path SELLER_FILE = Path.of("src/main/resources/seed/sellers-2020-03-14.csv.gz");
    private static final String H2_URL = "jdbc:h2:mem:realSellerFile;DB_CLOSE_DELAY=-1;MODE=LEGACY";

    private static PlaceReference places;
    private static SellerFileContents file;
    private static Map<String, Placement> placements;

    @BeforeAll
    static void readAndPlace() throws Exception {
        Flyway.configure().dataSource(H2_URL, "sa", "").locations("filesystem:db-migrations").load().migrate();
        try (Connection connection = DriverManager.getConnection(H2_URL, "sa", "")) {
            places = new PlaceReferenceLoader().load(connection);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(SELLER_FILE))) {
            file = new SellerFileReader().read(in);
        }
        placements = new DistrictPlacer(places).placeAll(file.rows());
        printSummary();
    }

    @Test
    void theLoaderReadsEveryPlaceTable() {
        assertEquals(17, places.provinces().size());
        assertEquals("서울특별시", places.provinces().get(0).name());
        assertEquals(250, places.districts().size());
        places.districts().forEach(d -> assertEquals(5, d.code().length(), d::name));
        assertFalse(places.provinceAliases().isEmpty());
        assertFalse(places.districtAliases().isEmpty());
    }

    @Test
    void everySellerIsReadAndNoneSkipped() {
        assertEquals(25_439, file.rows().size(), () -> "problems: " + file.problems());
        assertEquals(0, file.skippedCount(), () -> "problems: " + file.problems());
        assertEquals(List.of(), file.problems(), "the shipped file has no faulty record");
        assertEquals(411, file.rows().stream().filter(r -> !r.hasLocation()).count());
    }

    @Test
    void everySellerHasAPlacementAndFewAreLeftOut() {
        assertEquals(file.rows().size(), placements.size());
        List<String> unplaced = placements.entrySet().stream().filter(e -> !e.getValue().isPlaced())
                .map(e -> e.getKey() + " " + e.getValue().unplacedReason()).toList();
        assertTrue(unplaced.size() <= 30, () -> unplaced.size() + " unplaced: " + unplaced);
        placements.values().stream().filter(p -> !p.isPlaced())
                .forEach(p -> assertNotNull(p.unplacedReason(), "an unplaced seller says why"));
    }

    /**
     * Checked the simple way: an address starting with "경상남도 진주시 " or "경기도 수원시 장안구 " names its district
     * plainly, and the placement must agree, whatever the coordinates say.
     */
    @Test
    void aPlainFullAddressPlacesTheSellerInThatDistrict() {
        Map<String, String> prefixes = new TreeMap<>();
        for (District d : places.districts()) {
            String province = places.province(d.provinceCode()).orElseThrow().name();
            prefixes.put(province + " " + d.name() + " ", d.code());
        }
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (SellerRow row : file.rows()) {
            String address = row.address() + " ";
            for (var prefix : prefixes.entrySet()) {
                if (address.startsWith(prefix.getKey())) {
                    checked++;
                    Placement placement = placements.get(row.code());
                    if (!prefix.getValue().equals(placement.districtCode())
                            || placement.placedBy() != PlacedBy.ADDRESS) {
                        wrong.add(row.code() + " " + row.address() + " -> " + placement);
                    }
                    break;
                }
            }
        }
        assertTrue(checked > 22_000, "most addresses are plain: " + checked);
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3} by {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2238303336 | 내면 창촌로 45-5 (no district, only coordinates)  | 강원도   | 홍천군 | COORDINATES
            2238300979 | 서석면 구룡령로 2518                               | 강원도   | 홍천군 | COORDINATES
            2238303369 | 홍천읍 연봉중앙로 54                               | 강원도   | 홍천군 | COORDINATES
            4058300552 | 전북김제시 공덕면 (province glued to district)     | 전라북도 | 김제시 | ADDRESS
            4018303921 | 전북군산시 대야면                                  | 전라북도 | 군산시 | ADDRESS
            6118301461 | 경남거창군 위천면                                  | 경상남도 | 거창군 | ADDRESS
            4078300204 | 전북 남원시택내길12 (district glued to street)     | 전라북도 | 남원시 | ADDRESS
            1258300772 | 경기 안성 금광면 (district stem)                   | 경기도   | 안성시 | ADDRESS
            1258300864 | 경기 안성 고삼                                     | 경기도   | 안성시 | ADDRESS
            2278302488 | 고성군 간성읍 (two 고성군; coordinates decide)      | 강원도   | 고성군 | COORDINATES
            2278302528 | 고성군 거진읍                                      | 강원도   | 고성군 | COORDINATES
            2278302606 | 고성군 죽왕면                                      | 강원도   | 고성군 | COORDINATES
            2278302644 | 고성군 토성면 (no coordinates; only 강원 has 토성면) | 강원도   | 고성군 | TOWN_NAME
            2278302604 | 고성군 토성면                                      | 강원도   | 고성군 | TOWN_NAME
            6138301040 | 진주시 문산읍 (no province)                        | 경상남도 | 진주시 | CITY_NAME
            6098304335 | 창원시 의창구 북면 (no province, general district) | 경상남도 | 창원시 의창구 | CITY_NAME
            1358301986 | 용인시 처인구 양지면                               | 경기도   | 용인시 처인구 | CITY_NAME
            7208200186 | 경남 경산시 (wrong province, no coordinates)       | 경상북도 | 경산시 | CITY_NAME
            6098200235 | 경남 진해시 (former city, alias)                  | 경상남도 | 창원시 진해구 | ADDRESS
            6168206839 | 제주 남제주군 (former county, alias)              | 제주특별자치도 | 서귀포시 | ADDRESS
            3118200774 | 충남 당진군 (former county, alias)                | 충청남도 | 당진시 | ADDRESS
            3078200493 | 충남 연기군 남면 (now 세종, by coordinates)        | 세종특별자치시 | 세종특별자치시 | COORDINATES
            3078209965 | 충남 연기군 조치원읍                               | 세종특별자치시 | 세종특별자치시 | COORDINATES
            6088206992 | 경남 마산시 합성동 (former city of two districts)  | 경상남도 | 창원시 마산회원구 | COORDINATES
            3018209934 | 충북 청원군 문의면 (former county, now 청주시)     | 충청북도 | 청주시 상당구 | COORDINATES
            """)
    void messyRealAddressesLandInTheRightDistrict(String code, String what, String province, String district,
                                                 PlacedBy placedBy) {
        SellerRow row = row(code);
        Placement placement = placements.get(code);
        assertEquals(districtCode(province, district), placement.districtCode(),
                () -> row.address() + " -> " + placement);
        assertEquals(placedBy, placement.placedBy(), row::address);
    }

    @Test
    void everySellerOfAnAddressStartingWithTheCityAloneLandsInThatCity() {
        String jinju = districtCode("경상남도", "진주시");
        List<SellerRow> rows = file.rows().stream().filter(r -> r.address().startsWith("진주시 ")).toList();
        assertEquals(15, rows.size());
        rows.forEach(r -> assertEquals(jinju, placements.get(r.code()).districtCode(), r.address()));
    }

    @Test
    void sejongAddressesLandInSejongWithoutADistrictName() {
        String sejong = districtCode("세종특별자치시", "세종특별자치시");
        List<SellerRow> rows = file.rows().stream()
                .filter(r -> r.address().startsWith("세종 ") || r.address().startsWith("세종특별자치시 ")).toList();
        assertEquals(155, rows.size());
        rows.forEach(r -> assertEquals(sejong, placements.get(r.code()).districtCode(), r.address()));
    }

    @Test
    void noDistrictIsLeftEmpty() {
        Map<String, Long> perDistrict = placements.values().stream().filter(Placement::isPlaced)
                .collect(Collectors.groupingBy(Placement::districtCode, Collectors.counting()));
        List<String> empty = places.districts().stream().filter(d -> !perDistrict.containsKey(d.code()))
                .map(District::name).toList();
        assertEquals(List.of(), empty, "every district has sellers in 2020");
    }

    private static SellerRow row(String code) {
        return file.rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private static String districtCode(String provinceName, String districtName) {
        Province province = places.provinces().stream().filter(p -> p.name().equals(provinceName))
                .findFirst().orElseThrow(() -> new AssertionError("no province " + provinceName));
        return places.districtsIn(province.code()).stream().filter(d -> d.name().equals(districtName))
                .findFirst().orElseThrow(() -> new AssertionError("no district " + districtName)).code();
    }

    private static void printSummary() {
        Map<PlacedBy, Long> byMethod = new EnumMap<>(PlacedBy.class);
        placements.values().forEach(p -> byMethod.merge(p.placedBy(), 1L, Long::sum));
        System.out.println("RealSellerFileTest: " + file.rows().size() + " rows, " + file.problems().size()
                + " problems; placed by " + byMethod);
        file.rows().stream()
                .filter(r -> placements.get(r.code()).placedBy() != PlacedBy.ADDRESS)
                .sorted(Comparator.comparing((SellerRow r) -> placements.get(r.code()).placedBy())
                        .thenComparing(SellerRow::address))
                .forEach(r -> System.out.println("  " + placements.get(r.code()) + " " + r.code() + " "
                        + r.address() + (r.hasLocation() ? "" : " (no coordinates)")));
    }
}
