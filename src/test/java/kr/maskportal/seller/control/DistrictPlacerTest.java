package kr.maskportal.seller.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.maskportal.seller.entity.SellerType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistrictPlacerTest {

    private static final PlaceReference PLACES = FixturePlaces.reference();

    /** Sellers with plain addresses and coordinates: the neighbours that coordinates are judged by. */
    private static final List<SellerRow> NEIGHBOURS = List.of(
            seller("n01", "강원도 고성군 간성읍 간성로 1", 38.380, 128.468),
            seller("n02", "강원도 고성군 간성읍 간성로 2", 38.381, 128.469),
            seller("n03", "강원 고성군 거진읍 거탄진로 3", 38.444, 128.454),
            seller("n04", "강원도 고성군 토성면 토성로 125", 38.256, 128.560),
            seller("n05", "경상남도 고성군 고성읍 중앙로 1", 34.973, 128.322),
            seller("n06", "경상남도 고성군 고성읍 중앙로 2", 34.974, 128.323),
            seller("n07", "경남 고성군 회화면 배둔로 3", 35.050, 128.390),
            seller("n08", "강원도 홍천군 홍천읍 연봉중앙로 1", 37.682, 127.878),
            seller("n09", "강원도 홍천군 내면 창촌로 1", 37.772, 128.389),
            seller("n10", "강원도 홍천군 내면 창촌로 2", 37.773, 128.390),
            seller("n11", "강원도 인제군 기린면 기린로 1", 37.930, 128.320),
            seller("n12", "경기도 수원시 장안구 정조로 1", 37.300, 127.010),
            seller("n13", "경기도 수원시 장안구 정조로 2", 37.301, 127.011),
            seller("n14", "경기도 수원시 장안구 정조로 3", 37.302, 127.012),
            seller("n15", "경기도 수원시 권선구 권선로 1", 37.258, 126.972),
            seller("n16", "경기도 수원시 권선구 권선로 2", 37.259, 126.973),
            seller("n17", "서울특별시 중구 세종대로 1", 37.566, 126.978),
            seller("n18", "서울특별시 중구 세종대로 2", 37.567, 126.979),
            seller("n19", "부산광역시 중구 중앙대로 1", 35.104, 129.034),
            seller("n20", "경상남도 창원시 의창구 중앙대로 1", 35.254, 128.640),
            seller("n21", "경상남도 창원시 의창구 중앙대로 2", 35.255, 128.641),
            seller("n22", "경상남도 진주시 진주대로 1", 35.180, 128.090),
            seller("n23", "경기도 안성시 중앙로 1", 37.008, 127.280));

    @ParameterizedTest(name = "[{index}] {0} @{1},{2} -> {3} by {4} {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # full, short and alias province names
            서울특별시 중구 세종대로 110           | -      | -       | 11140 | ADDRESS     | -
            서울 중구 세종대로 110                 | -      | -       | 11140 | ADDRESS     | -
            서울시 중구 세종대로 110               | -      | -       | 11140 | ADDRESS     | -
            부산광역시 중구 중앙대로 2             | -      | -       | 26110 | ADDRESS     | -
            부산 강서구 공항로 1                   | -      | -       | 26440 | ADDRESS     | -
            경남 진주시 진주대로 5                 | -      | -       | 48170 | ADDRESS     | -
            # the province glued to the district, the district glued to the street
            전북김제시 공덕면 공덕10길 18          | -      | -       | 45210 | ADDRESS     | -
            전북 남원시택내길12                    | -      | -       | 45190 | ADDRESS     | -
            # a bare stem, an alias, a two-word alias
            경기 안성 금광면 금광초교길 71         | -      | -       | 41550 | ADDRESS     | -
            경기도 안성군 금광면 1                 | -      | -       | 41550 | ADDRESS     | -
            경기도 부천시 원미구 길주로 1          | -      | -       | 41190 | ADDRESS     | -
            경남 진해시 성내동 379                 | -      | -       | 48129 | ADDRESS     | -
            # punctuation and blanks around words
            " ""경상남도  진주시, 진주대로 1,"" "  | -      | -       | 48170 | ADDRESS     | -
            # cities with general districts
            경기도 수원시 장안구 정조로 5          | -      | -       | 41111 | ADDRESS     | -
            경기도 수원시장안구 정조로 5           | -      | -       | 41111 | ADDRESS     | -
            경기 수원 권선구 권선로 5              | -      | -       | 41113 | ADDRESS     | -
            경기도 장안구 정조로 5                 | -      | -       | 41111 | ADDRESS     | -
            경기도 수원시 정조로 5                 | 37.3005| 127.0105| 41111 | COORDINATES | -
            경기도 수원시 정조로 5                 | -      | -       | -     | NONE        | AMBIGUOUS_WITHOUT_COORDINATES
            # the province left out
            진주시 문산읍 동부로 10                | -      | -       | 48170 | CITY_NAME   | -
            수원시 권선구 권선로 5                 | -      | -       | 41113 | CITY_NAME   | -
            창원시 의창구 북면 신리길 20           | -      | -       | 48121 | CITY_NAME   | -
            # 세종 is one district; 세종시 is a common spelling with no alias row
            세종 한솔동 1                          | -      | -       | 36110 | ADDRESS     | -
            세종특별자치시 조치원읍 1              | -      | -       | 36110 | ADDRESS     | -
            세종시 조치원읍 1                      | -      | -       | 36110 | ADDRESS     | -
            # 광주 is a province, 광주시 a district of 경기도
            광주 동구 1                            | -      | -       | 29110 | ADDRESS     | -
            경기도 광주시 1                        | -      | -       | 41610 | ADDRESS     | -
            광주시 오포읍 1                        | -      | -       | 41610 | CITY_NAME   | -
            # a name in two provinces: coordinates, else a town other sellers place, else nothing
            고성군 간성읍 간성로67번길3            | 38.379 | 128.467 | 42820 | COORDINATES | -
            고성군 고성읍 중앙로 9                 | 34.975 | 128.324 | 48820 | COORDINATES | -
            고성군 토성면 천진로170                | -      | -       | 42820 | TOWN_NAME   | -
            고성군 죽왕면 동해대로5901             | -      | -       | -     | NONE        | AMBIGUOUS_WITHOUT_COORDINATES
            중구 세종대로 3                        | 37.5665| 126.9785| 11140 | COORDINATES | -
            중구 세종대로 3                        | -      | -       | -     | NONE        | AMBIGUOUS_WITHOUT_COORDINATES
            # no district at all: only coordinates can tell
            내면 창촌로 45-5                       | 37.7723| 128.3892| 42720 | COORDINATES | -
            내면 창촌로 45-5                       | -      | -       | -     | NONE        | NO_DISTRICT_IN_ADDRESS
            경기도 정조로 5                        | 37.3010| 127.0110| 41111 | COORDINATES | -
            경기도 정조로 5                        | -      | -       | -     | NONE        | NO_DISTRICT_IN_ADDRESS
            # the province but no district: coordinates choose within the province, however far (not 진주시)
            경기도 정조로 5                        | 35.1800| 128.0900| 41113 | COORDINATES | -
            ''                                     | -      | -       | -     | NONE        | NO_DISTRICT_IN_ADDRESS
            # a district nobody knows, mostly a former one: coordinates choose anywhere
            경남 마산시 합성동 100-8               | 35.2550| 128.6400| 48121 | COORDINATES | -
            경남 마산시 합성동 100-8               | -      | -       | -     | NONE        | UNKNOWN_DISTRICT
            # a district of another province: its name is unique, the province is wrong
            경남 경산시 남매로 251                 | -      | -       | 47290 | CITY_NAME   | -
            # the address wins over coordinates that contradict it
            강원도 홍천군 홍천읍 1                 | 35.1800| 128.0900| 42720 | ADDRESS     | -
            경상남도 고성군 고성읍 1               | 38.3800| 128.4680| 48820 | ADDRESS     | -
            """)
    void placesEveryKindOfMessyAddress(String address, Double latitude, Double longitude, String district,
                                       PlacedBy placedBy, UnplacedReason reason) {
        List<SellerRow> sellers = new ArrayList<>(NEIGHBOURS);
        sellers.add(new SellerRow(99, "x", "약국", SellerType.PHARMACY, address,
                latitude == null ? null : new GeoPoint(latitude, longitude)));

        Placement placement = new DistrictPlacer(PLACES).placeAll(sellers).get("x");

        assertEquals(new Placement(district, placedBy, reason), placement);
    }

    @Test
    void theNeighboursThemselvesArePlacedByTheirAddress() {
        Map<String, Placement> placements = new DistrictPlacer(PLACES).placeAll(NEIGHBOURS);
        assertEquals(NEIGHBOURS.size(), placements.size());
        placements.forEach((code, p) -> assertEquals(PlacedBy.ADDRESS, p.placedBy(), code));
    }

    @Test
    void coordinatesWithNoSellerPlacedInAnyAllowedDistrictPlaceNothing() {
        Placement placement = new DistrictPlacer(PLACES)
                .placeAll(List.of(seller("x", "고성군 간성읍 1", 38.38, 128.47))).get("x");
        assertEquals(Placement.unplaced(UnplacedReason.NO_PLACED_SELLER_NEARBY), placement);
    }

    @Test
    void theMajorityOfTheNearestFiveWinsOverTheSingleNearest() {
        // one 권선구 seller right next to the point, three 장안구 sellers a little further
        List<SellerRow> sellers = List.of(
                seller("a", "경기도 수원시 권선구 1", 37.2800, 127.0000),
                seller("b", "경기도 수원시 장안구 1", 37.2810, 127.0010),
                seller("c", "경기도 수원시 장안구 2", 37.2812, 127.0012),
                seller("d", "경기도 수원시 장안구 3", 37.2814, 127.0014),
                seller("x", "경기도 수원시 어딘가로 1", 37.2801, 127.0001));
        assertEquals(Placement.placed("41111", PlacedBy.COORDINATES),
                new DistrictPlacer(PLACES).placeAll(sellers).get("x"));
    }

    @Test
    void placementsComeInTheOrderOfTheList() {
        List<SellerRow> sellers = List.of(seller("z", "내면 1", null, null), seller("a", "서울 중구 1", null, null),
                seller("m", "고성군 1", null, null));
        assertEquals(List.of("z", "a", "m"), List.copyOf(new DistrictPlacer(PLACES).placeAll(sellers).keySet()));
    }

    @Test
    void aPlacementIsEitherPlacedOrExplained() {
        Placement placed = Placement.placed("11140", PlacedBy.ADDRESS);
        assertNull(placed.unplacedReason());
        assertThrows(IllegalArgumentException.class,
                () -> new Placement("11140", PlacedBy.NONE, null));
        assertThrows(IllegalArgumentException.class,
                () -> new Placement(null, PlacedBy.COORDINATES, UnplacedReason.UNKNOWN_DISTRICT));
        assertThrows(IllegalArgumentException.class,
                () -> new Placement(null, PlacedBy.NONE, null));
    }

    private static SellerRow seller(String code, String address, Double latitude, Double longitude) {
        return new SellerRow(1, code, "판매처", SellerType.PHARMACY, address,
                latitude == null ? null : new GeoPoint(latitude, longitude));
    }
}
