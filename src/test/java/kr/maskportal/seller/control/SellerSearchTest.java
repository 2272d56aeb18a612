package kr.maskportal.seller.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import kr.maskportal.seller.entity.SellerType;
import org.junit.jupiter.api.Test;

class SellerSearchTest {

    /** 중구 of Seoul has a lower code than 마포구 but a later name: groups follow the code. */
    private static final DirectorySnapshot SNAPSHOT = DirectorySnapshot.build(
            List.of(new Province("11", "서울특별시", "서울", "Seoul", 1),
                    new Province("26", "부산광역시", "부산", "Busan", 2),
                    new Province("41", "경기도", "경기", "Gyeonggi-do", 9)),
            List.of(new District("11440", "11", "마포구", "Mapo-gu"),
                    new District("11140", "11", "중구", "Jung-gu"),
                    new District("26110", "26", "중구", "Jung-gu"),
                    new District("41111", "41", "수원시 장안구", "Suwon-si Jangan-gu")),
            List.of(seller("1", "홍대약국", "서울특별시 마포구 서교동 양화로 45", "11440"),
                    seller("2", "서교약국", "서울특별시 마포구 서교동 123", "11440"),
                    seller("3", "가나약국", "서울특별시 마포구 합정동 월드컵로 1", "11440"),
                    seller("4", "중앙약국", "서울특별시 중구 을지로 10", "11140"),
                    seller("5", "중앙약국", "부산광역시 중구 중앙대로 5", "26110"),
                    seller("6", "GS약국", "경기도 수원시 장안구 정자동 1", "41111"),
                    seller("7", "한빛서교", "동네상가 1층, 수원시 장안구", "41111"),
                    seller("8", Normalizer.normalize("망원상회", Normalizer.Form.NFD), "경기도 수원시 장안구 조원동 2", "41111"),
                    seller("9", "서교우체국", "서교동 어딘가 (어느 구인지 모름)", null)),
            Instant.EPOCH);

    private final SellerSearch search = new SellerSearch(SNAPSHOT);

    @Test
    void aNameFindsTheSellersOfThatNameInEveryProvinceEachUnderItsDistrict() {
        SearchResult result = find("중앙약국");
        assertEquals(List.of("서울특별시 중구: 4", "부산광역시 중구: 5"), groups(result));
        assertEquals(2, result.total());
        assertFalse(result.isCapped());
    }

    @Test
    void aDongFindsTheSellersWhoseAddressHasIt() {
        assertEquals(List.of("서울특별시 마포구: 2 1"), groups(find("서교동")), "name order within: 서교약국, 홍대약국");
    }

    @Test
    void aStreetFindsTheSellersOnIt() {
        assertEquals(List.of("서울특별시 마포구: 3"), groups(find("월드컵로")));
        assertEquals(List.of("서울특별시 마포구: 1"), groups(find("양화로")));
    }

    @Test
    void aSellerPlacedInNoDistrictIsNotFound() {
        assertEquals(List.of(), groups(find("서교우체국")));
    }

    @Test
    void everyTermMustOccurInTheNameOrTheAddress() {
        assertEquals(List.of("서울특별시 마포구: 1"), groups(find("서교동 양화로")));
        assertEquals(List.of("서울특별시 마포구: 1"), groups(find("홍대 양화로")), "one in the name, one in the address");
        assertEquals(List.of("서울특별시 마포구: 1"), groups(find("양화로 홍대")), "in any order");
        assertEquals(List.of(), groups(find("서교동 월드컵로")));
    }

    @Test
    void aTermDoesNotMatchAcrossTheEndOfTheNameIntoTheAddress() {
        assertEquals(List.of(), groups(find("서교동네")), "name 한빛서교, address 동네상가");
        assertEquals(List.of("경기도 수원시 장안구: 7"), groups(find("동네상가")));
    }

    @Test
    void latinLettersMatchWhateverTheirCase() {
        assertEquals(List.of("경기도 수원시 장안구: 6"), groups(find("gs약국")));
        assertEquals(List.of("경기도 수원시 장안구: 6"), groups(find("Gs")));
    }

    @Test
    void composedAndDecomposedHangulFindEachOther() {
        assertEquals(List.of("경기도 수원시 장안구: 8"), groups(find("망원상회")), "the name is stored as jamo");
        assertEquals(List.of("서울특별시 마포구: 2 1"), groups(find(Normalizer.normalize("서교동", Normalizer.Form.NFD))));
    }

    @Test
    void groupsComeInDistrictCodeOrderAndSellersInNameOrderWithin() {
        SearchResult result = find("약국");
        assertEquals(List.of("서울특별시 중구: 4", "서울특별시 마포구: 3 2 1", "부산광역시 중구: 5", "경기도 수원시 장안구: 6"),
                groups(result));
        assertEquals(6, result.total());
        assertEquals(6, result.shown());
    }

    @Test
    void pastTheLimitTheFirstHitsInOrderAreShownAndAllAreCounted() {
        SearchResult result = search.find(SearchQuery.of("약국"), 3);
        assertEquals(List.of("서울특별시 중구: 4", "서울특별시 마포구: 3 2"), groups(result));
        assertEquals(6, result.total());
        assertEquals(3, result.shown());
        assertTrue(result.isCapped());
    }

    @Test
    void exactlyTheLimitIsNotCapped() {
        SearchResult result = search.find(SearchQuery.of("약국"), 6);
        assertEquals(6, result.shown());
        assertFalse(result.isCapped());
    }

    @Test
    void theDefaultLimitIsAHundred() {
        assertEquals(100, SellerSearch.MOST_SHOWN);
    }

    @Test
    void nothingMatchingIsAnEmptyResultNotACappedOne() {
        SearchResult result = find("없는동네이름");
        assertEquals(List.of(), result.groups());
        assertEquals(0, result.total());
        assertFalse(result.isCapped());
    }

    @Test
    void aQueryThatIsNotRunFindsNothing() {
        for (String typed : new String[] {"", "약", "약국".repeat(21), "약\u0000국"}) {
            SearchResult result = find(typed);
            assertEquals(0, result.total(), typed);
            assertEquals(List.of(), result.groups(), typed);
        }
    }

    @Test
    void theSearchKnowsTheSnapshotItWasBuiltFrom() {
        assertTrue(search.snapshot() == SNAPSHOT);
    }

    private SearchResult find(String typed) {
        return search.find(SearchQuery.of(typed));
    }

    /** Each group as "province district: codes in order". */
    private static List<String> groups(SearchResult result) {
        return result.groups().stream()
                .map(g -> g.province().getName() + " " + g.district().getName() + ": "
                        + String.join(" ", g.sellers().stream().map(DirectorySeller::getCode).toList()))
                .toList();
    }

    private static DirectorySeller seller(String code, String name, String address, String districtCode) {
        return new DirectorySeller(code, name, SellerType.PHARMACY, address, districtCode, null);
    }
}
