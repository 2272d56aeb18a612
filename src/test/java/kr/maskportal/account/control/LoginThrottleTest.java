package kr.maskportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant START = Instant.parse("2020-03-09T00:00:00Z");
    private static final String HOME = "203.0.113.7";
    private static final String ELSEWHERE = "198.51.100.1";

    private final MovableClock clock = new MovableClock(START);
    private final LoginThrottle throttle =
            new LoginThrottle(clock, ThrottlePolicy.PER_ACCOUNT, ThrottlePolicy.PER_ADDRESS);

    @Test
    void fourFailuresAreFreeAndTheFifthLocksTheLoginForAMinute() {
        for (int i = 0; i < 4; i++) {
            assertEquals(Optional.empty(), throttle.failed("kim", HOME), "failure " + (i + 1));
        }
        assertEquals(Optional.of(START.plus(Duration.ofMinutes(1))), throttle.failed("kim", HOME));
        assertEquals(Optional.of(START.plus(Duration.ofMinutes(1))), throttle.lockedUntil("kim", HOME));
    }

    @Test
    void theLockHoldsForTheLoginFromAnyAddressAndEndsOnTime() {
        failTimes("kim", HOME, 5);
        assertTrue(throttle.lockedUntil("kim", ELSEWHERE).isPresent(), "a guesser cannot move to another machine");
        assertEquals(Optional.empty(), throttle.lockedUntil("lee", HOME), "other logins from the address may go on");
        clock.advance(Duration.ofSeconds(59));
        assertTrue(throttle.lockedUntil("kim", HOME).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), throttle.lockedUntil("kim", HOME));
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToAnHour() {
        failTimes("kim", HOME, 5);
        long[] expectedMinutes = {2, 4, 8, 16, 32, 60, 60};
        for (long minutes : expectedMinutes) {
            clock.advance(Duration.ofHours(1));
            Instant now = clock.instant();
            assertEquals(Optional.of(now.plus(Duration.ofMinutes(minutes))), throttle.failed("kim", HOME));
        }
    }

    @Test
    void successForgivesTheLoginButNotTheAddress() {
        failTimes("kim", HOME, 4);
        throttle.succeeded("kim");
        assertEquals(Optional.empty(), throttle.failed("kim", HOME), "counting starts afresh for the login");

        var spraying = new LoginThrottle(clock, ThrottlePolicy.PER_ACCOUNT, ThrottlePolicy.PER_ADDRESS);
        for (int i = 0; i < 19; i++) {
            spraying.failed("login" + i, HOME);
        }
        spraying.succeeded("login0");
        assertEquals(Optional.of(START.plus(Duration.ofMinutes(1))), spraying.failed("another", HOME),
                "the twentieth failure from one address locks the address, whatever the logins");
        assertTrue(spraying.lockedUntil("someone-else", HOME).isPresent());
        assertEquals(Optional.empty(), spraying.lockedUntil("someone-else", ELSEWHERE));
    }

    @Test
    void aQuietDayForgetsOldFailures() {
        failTimes("kim", HOME, 4);
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertEquals(Optional.empty(), throttle.failed("kim", HOME), "the count starts again at one");
        failTimes("kim", HOME, 3);
        assertEquals(Optional.of(clock.instant().plus(Duration.ofMinutes(1))), throttle.failed("kim", HOME));
    }

    @Test
    void loginsThatDoNotExistAreLockedLikeRealOnes() {
        failTimes("nobody-has-this-login", HOME, 5);
        assertTrue(throttle.lockedUntil("nobody-has-this-login", HOME).isPresent());
    }

    @Test
    void memoryStaysBoundedUnderAFloodOfMadeUpLoginsAndKeepsTheLocks() {
        failTimes("kim", HOME, 5);
        for (int i = 0; i < LoginThrottle.MAX_KEYS + 10; i++) {
            throttle.failed("made-up-" + i, "192.0.2." + (i % 200));
        }
        assertTrue(throttle.trackedLogins() <= LoginThrottle.MAX_KEYS, "tracked: " + throttle.trackedLogins());
        assertTrue(throttle.lockedUntil("kim", ELSEWHERE).isPresent(), "a flood cannot free a locked login");
    }

    @Test
    void aPolicyNeedsAGrowingLock() {
        assertThrows(IllegalArgumentException.class,
                () -> new ThrottlePolicy(0, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new ThrottlePolicy(5, Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofDays(1)));
        assertEquals(Duration.ZERO, ThrottlePolicy.PER_ACCOUNT.lockAfter(4));
        assertEquals(Duration.ofHours(1), ThrottlePolicy.PER_ACCOUNT.lockAfter(Integer.MAX_VALUE));
    }

    private void failTimes(String login, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(login, address);
        }
    }
}
