package kr.maskportal.platform.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LastKnownTest {

    @Test
    void keepsTheLastValueOfEachKey() {
        LastKnown<String, Long> known = new LastKnown<>();
        known.remember("pharmacist", 1L);
        known.remember("pharmacist", 2L);
        assertEquals(Optional.of(2L), known.get("pharmacist"));
        assertTrue(known.get("nobody").isEmpty());
    }

    @Test
    void aFloodOfKeysEmptiesItInsteadOfGrowingPastItsBound() {
        LastKnown<Integer, Integer> known = new LastKnown<>(3);
        for (int i = 0; i < 3; i++) {
            known.remember(i, i);
        }
        known.remember(3, 3);
        assertTrue(known.get(0).isEmpty(), "the older values are dropped");
        assertEquals(Optional.of(3), known.get(3), "the newest is kept");
    }
}
