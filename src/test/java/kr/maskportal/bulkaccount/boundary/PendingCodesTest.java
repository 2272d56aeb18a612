package kr.maskportal.bulkaccount.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import kr.maskportal.bulkaccount.control.HandOver;
import kr.maskportal.bulkaccount.control.SavedImport;
import org.junit.jupiter.api.Test;

class PendingCodesTest {

    @Test
    void theCodesAreTakenOnceAndThenGone() {
        var pending = new PendingCodes();
        assertTrue(pending.take().isEmpty());
        assertFalse(pending.wereTaken());
        var code = new HandOver("kim", "11806923", "K7QD-MX3P-9WHT", Instant.EPOCH);
        pending.offer(new SavedImport(List.of(code), List.of()));
        assertEquals(1, pending.waiting());
        assertEquals(List.of(code), pending.take().orElseThrow());
        assertTrue(pending.take().isEmpty(), "a second download finds nothing");
        assertEquals(0, pending.waiting());
        assertTrue(pending.wereTaken());
    }
}
