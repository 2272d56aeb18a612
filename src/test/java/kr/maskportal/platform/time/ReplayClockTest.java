package kr.maskportal.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReplayClockTest {

    private static final Instant REAL_NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Instant MARCH_11_8AM_KST = OffsetDateTime.parse("2020-03-11T08:00+09:00").toInstant();

    /** A real clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = REAL_NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void startsAtTheChosenMomentAndRunsAtTheChosenSpeed() {
        var real = new HandClock();
        var replay = new ReplayClock(real, MARCH_11_8AM_KST, 10);
        assertEquals(MARCH_11_8AM_KST, replay.instant());

        real.now = REAL_NOW.plus(Duration.ofMinutes(6));
        assertEquals(MARCH_11_8AM_KST.plus(Duration.ofHours(1)), replay.instant(), "6 real minutes at 10x are an hour");
    }

    @Test
    void atSpeedOneItKeepsPaceWithTheRealClock() {
        var real = new HandClock();
        var replay = new ReplayClock(real, MARCH_11_8AM_KST, 1);
        real.now = REAL_NOW.plusMillis(1234);
        assertEquals(MARCH_11_8AM_KST.plusMillis(1234), replay.instant());
    }

    @Test
    void aChangedZoneKeepsTheSameInstant() {
        var real = new HandClock();
        var replay = new ReplayClock(real, MARCH_11_8AM_KST, 2);
        real.now = REAL_NOW.plusSeconds(30);
        Clock seoul = replay.withZone(Korea.ZONE);
        assertEquals(replay.instant(), seoul.instant());
        assertEquals(Korea.ZONE, seoul.getZone());
    }

    @Test
    void refusesASpeedThatIsNotAPositiveNumber() {
        var real = new HandClock();
        for (double speed : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThrows(IllegalArgumentException.class, () -> new ReplayClock(real, MARCH_11_8AM_KST, speed));
        }
    }
}
