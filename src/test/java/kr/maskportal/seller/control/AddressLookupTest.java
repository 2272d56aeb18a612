package kr.maskportal.seller.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kr.maskportal.seller.control.AddressLookup.AddressedPlace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Addresses as apps send them to {@code storesByAddr}, read like the sellers' own. */
class AddressLookupTest {

    private static final AddressLookup LOOKUP = new AddressLookup(FixturePlaces.reference());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            서울특별시 중구                | 11140 |
            서울 중구                     | 11140 |
            서울시 중구 명동               | 11140 | 명동
            서울특별시 중구 세종대로 110     | 11140 | 세종대로 110
            경기도 수원시 장안구 정자동       | 41111 | 정자동
            경기 수원시장안구               | 41111 |
            경남 진해시 (용원동)            | 48129 | 용원동
            세종특별자치시 조치원읍          | 36110 | 조치원읍
            진주시                       | 48170 |
            """)
    void anAddressDownToADistrictNamesIt(String address, String district, String rest) {
        AddressedPlace place = LOOKUP.find(address).orElseThrow();
        assertEquals(List.of(district), place.districtCodes());
        assertEquals(rest == null ? List.of() : List.of(rest.split(" ")), place.rest());
    }

    @Test
    void aNameSeveralDistrictsShareStandsForAllOfThem() {
        assertEquals(List.of("11140", "26110"), LOOKUP.find("중구").orElseThrow().districtCodes());
        assertEquals(List.of("41111", "41113"), LOOKUP.find("경기도 수원시").orElseThrow().districtCodes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"서울특별시", "서울", "경기도", "명동", "서울특별시 명동", "강원도 없는군", "", " ", "1234"})
    void anAddressWithoutADistrictNamesNothing(String address) {
        assertTrue(LOOKUP.find(address).isEmpty(), address);
    }

    @Test
    void theRestOfTheAddressMustBeInASellersAddress() {
        AddressedPlace place = LOOKUP.find("서울시 중구 명동").orElseThrow();
        assertTrue(place.holds("서울특별시 중구 명동길 14 (명동2가)"));
        assertFalse(place.holds("서울특별시 중구 세종대로 110 (태평로1가)"));
        assertFalse(place.holds(null));
        assertTrue(LOOKUP.find("서울 중구").orElseThrow().holds("서울특별시 중구 세종대로 110"), "nothing more asked");
        assertTrue(LOOKUP.find("서울 중구 GS25").orElseThrow().holds("서울특별시 중구 gs25 명동점"), "letters folded");
    }
}
