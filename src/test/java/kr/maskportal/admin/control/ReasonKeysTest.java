package kr.maskportal.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReasonKeysTest {

    @Test
    void storedNamesBecomeBundleKeys() {
        assertEquals("seller.unplacedReason.UNKNOWN_DISTRICT", ReasonKeys.unplaced("UNKNOWN_DISTRICT"));
        assertEquals("seller.placedBy.COORDINATES", ReasonKeys.placedBy("COORDINATES"));
        assertEquals("seller.fileProblem.BAD_CODE", ReasonKeys.fileProblem("BAD_CODE"));
    }

    @Test
    void aNameThisBuildDoesNotKnowIsShownAsStoredRatherThanFailingThePage() {
        assertEquals(ReasonKeys.UNKNOWN, ReasonKeys.unplaced("SOMETHING_NEW"));
        assertEquals(ReasonKeys.UNKNOWN, ReasonKeys.placedBy(null));
        assertEquals(ReasonKeys.UNKNOWN, ReasonKeys.fileProblem("BAD_CODE".toLowerCase()));
    }
}
