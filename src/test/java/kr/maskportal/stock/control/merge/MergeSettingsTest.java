package kr.maskportal.stock.control.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MergeSettingsTest {

    @Test
    void theDefaultsAreTheDesigns() {
        assertEquals(new MergeSettings(Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofHours(3), 2,
                Duration.ofMinutes(1)), MergeSettings.DEFAULTS);
    }

    @Test
    void thePerPersonLimitFollowsTheRotationPolicy() {
        assertEquals(3, MergeSettings.DEFAULTS.withMasksPerPerson(3).masksPerPerson());
        assertThrows(IllegalArgumentException.class, () -> MergeSettings.DEFAULTS.withMasksPerPerson(0));
    }

    @Test
    void staleMustComeBeforeUnknown() {
        assertThrows(IllegalArgumentException.class,
                () -> new MergeSettings(Duration.ofMinutes(30), Duration.ofHours(4), Duration.ofHours(3), 2, m(1)));
    }

    @Test
    void noDurationMayBeZeroOrNegative() {
        Duration m = Duration.ofMinutes(30);
        assertThrows(IllegalArgumentException.class, () -> new MergeSettings(Duration.ZERO, m, m, 2, m(1)));
        assertThrows(IllegalArgumentException.class, () -> new MergeSettings(m, m.negated(), m, 2, m(1)));
        assertThrows(IllegalArgumentException.class, () -> new MergeSettings(m, m, Duration.ZERO, 2, m(1)));
        assertThrows(IllegalArgumentException.class, () -> new MergeSettings(m, m, m, 2, Duration.ZERO));
    }

    private static Duration m(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
