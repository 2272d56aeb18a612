package kr.maskportal.report.control.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportRateLimitTest {

    private static final long TILL = 7;
    private static final long OTHER_TILL = 8;

    private final HandClock clock = new HandClock(Instant.parse("2020-03-11T03:00:00Z"));
    private final ReportRateLimit limit = new ReportRateLimit(clock, ReportRateLimit.PER_MINUTE);

    @Test
    void thirtyInOneMomentPassAndTheThirtyFirstWaitsAWholeMinute() {
        allow(TILL, 30);
        assertEquals(Optional.of(Duration.ofMinutes(1)), limit.acquire(TILL));
    }

    @Test
    void theWindowSlidesOneRequestAtATime() {
        allow(TILL, 15);
        clock.advance(Duration.ofSeconds(20));
        allow(TILL, 15);
        clock.advance(Duration.ofSeconds(30));
        assertEquals(Optional.of(Duration.ofSeconds(10)), limit.acquire(TILL), "the first fifteen leave at 60 s");
        clock.advance(Duration.ofSeconds(9).plusMillis(999));
        assertEquals(Optional.of(Duration.ofMillis(1)), limit.acquire(TILL));
        clock.advance(Duration.ofMillis(1));
        allow(TILL, 15);
        assertEquals(Optional.of(Duration.ofSeconds(20)), limit.acquire(TILL), "the second fifteen leave at 80 s");
    }

    @Test
    void refusedRequestsAreNotCountedSoAClientThatWaitsAsToldGetsThrough() {
        allow(TILL, 30);
        for (int i = 0; i < 100; i++) {
            clock.advance(Duration.ofMillis(500));
            assertTrue(limit.acquire(TILL).isPresent());
        }
        clock.advance(Duration.ofSeconds(10));
        allow(TILL, 30);
    }

    @Test
    void eachTokenHasItsOwnAllowance() {
        allow(TILL, 30);
        assertTrue(limit.acquire(TILL).isPresent());
        allow(OTHER_TILL, 30);
    }

    @Test
    void aSteadyReportEveryTwoSecondsIsNeverRefused() {
        for (int i = 0; i < 1_000; i++) {
            assertEquals(Optional.empty(), limit.acquire(TILL), "request " + i);
            clock.advance(Duration.ofSeconds(2));
        }
    }

    @Test
    void pastItsBoundTheLimitForgetsTokensQuietForAMinute() {
        ReportRateLimit small = new ReportRateLimit(clock, 2);
        for (long token = 0; token < ReportRateLimit.MAX_TRACKED; token++) {
            small.acquire(token);
        }
        clock.advance(Duration.ofMinutes(1));
        small.acquire(-1);
        assertEquals(1, small.trackedTokens(), "only the token heard just now");
    }

    private void allow(long token, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(Optional.empty(), limit.acquire(token), "request " + (i + 1) + " of token " + token);
        }
    }

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {

        private Instant now;

        HandClock(Instant start) {
            now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
