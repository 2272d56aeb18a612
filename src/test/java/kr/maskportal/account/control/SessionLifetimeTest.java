package kr.maskportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    private static final Instant SIGNED_IN = Instant.parse("2020-03-11T00:00:00Z");

    @Test
    void aSessionLastsTwelveHoursFromSignInByDefaultAndNotASecondMore() {
        var lifetime = new SessionLifetime(SessionLifetime.DEFAULT_SECONDS);
        assertEquals(Duration.ofHours(12), lifetime.limit());
        assertFalse(lifetime.expired(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(12)).minusMillis(1)));
        assertTrue(lifetime.expired(SIGNED_IN, SIGNED_IN.plus(Duration.ofHours(12))));
    }

    @Test
    void theLimitIsConfigurableInSeconds() {
        var lifetime = new SessionLifetime(8);
        assertFalse(lifetime.expired(SIGNED_IN, SIGNED_IN.plusSeconds(7)));
        assertTrue(lifetime.expired(SIGNED_IN, SIGNED_IN.plusSeconds(8)));
    }

    @Test
    void aSessionNobodySignedInToHasNothingToEnd() {
        assertFalse(new SessionLifetime(1).expired(null, SIGNED_IN.plus(Duration.ofDays(365))));
    }

    @Test
    void aLimitOfZeroOrLessIsAMistakeNotAnOpenDoor() {
        assertThrows(IllegalArgumentException.class, () -> new SessionLifetime(0));
        assertThrows(IllegalArgumentException.class, () -> new SessionLifetime(-5));
    }
}
