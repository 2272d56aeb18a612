package kr.maskportal.official.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficialDistrictsTest {

    private static final DistrictScope MAPO = new DistrictScope(7, "mapo", false, Set.of("11440"));
    private static final DistrictScope CITY = new DistrictScope(8, "city", true, Set.of());

    @Test
    void anOfficialReadsOnlyTheBoundDistricts() {
        assertDoesNotThrow(() -> OfficialDistricts.require(MAPO, "11440", "the day report"));
        assertThrows(DistrictForbidden.class, () -> OfficialDistricts.require(MAPO, "11680", "the day report"));
        assertThrows(DistrictForbidden.class, () -> OfficialDistricts.require(MAPO, null, "the day report"));
    }

    @Test
    void aCityWideOfficialReadsEveryDistrict() {
        assertDoesNotThrow(() -> OfficialDistricts.require(CITY, "11680", "the lag report"));
        assertDoesNotThrow(() -> OfficialDistricts.require(CITY, "47940", "the lag report"));
    }

    @Test
    void whatWasTypedReachesTheLogOnlyAsAShortRunOfLettersAndDigits() {
        assertEquals("11680", OfficialDistricts.loggable("11680"));
        assertEquals("1??forged", OfficialDistricts.loggable("1\r\nforged"));
        assertEquals("abcdefghijkl…", OfficialDistricts.loggable("abcdefghijklmnop"));
        assertEquals("null", OfficialDistricts.loggable(null));
    }
}
