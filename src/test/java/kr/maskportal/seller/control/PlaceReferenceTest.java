package kr.maskportal.seller.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceReferenceTest {

    private static final Province SEOUL = new Province("11", "서울특별시", "서울", "Seoul", 1);
    private static final Province BUSAN = new Province("26", "부산광역시", "부산", "Busan", 2);
    private static final District JUNG_SEOUL = new District("11140", "11", "중구", "Jung-gu");
    private static final District JONGNO = new District("11110", "11", "종로구", "Jongno-gu");

    @Test
    void listsProvincesInTheirCustomaryOrderAndDistrictsByCode() {
        var places = new PlaceReference(List.of(BUSAN, SEOUL), List.of(JUNG_SEOUL, JONGNO), List.of(), List.of());
        assertEquals(List.of(SEOUL, BUSAN), places.provinces());
        assertEquals(List.of(JONGNO, JUNG_SEOUL), places.districtsIn("11"));
        assertEquals(List.of(), places.districtsIn("26"));
        assertEquals(Optional.of(JUNG_SEOUL), places.district("11140"));
        assertEquals(Optional.empty(), places.province("99"));
    }

    @Test
    void aGeneralDistrictKnowsItsCity() {
        var jangan = new District("41111", "41", "수원시 장안구", "Suwon-si Jangan-gu");
        assertEquals("수원시", jangan.cityName());
        assertEquals("장안구", jangan.ownName());
        assertEquals("", JUNG_SEOUL.cityName());
        assertEquals("중구", JUNG_SEOUL.ownName());
    }

    @Test
    void refusesReferencesToPlacesItDoesNotHave() {
        assertThrows(IllegalArgumentException.class, () -> new PlaceReference(
                List.of(SEOUL), List.of(new District("26110", "26", "중구", "Jung-gu")), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PlaceReference(
                List.of(SEOUL), List.of(), List.of(new ProvinceAlias("부산시", "26")), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new PlaceReference(
                List.of(SEOUL), List.of(JUNG_SEOUL), List.of(), List.of(new DistrictAlias("11", "구중구", "11999"))));
    }
}
