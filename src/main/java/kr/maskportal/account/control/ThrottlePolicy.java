package kr.maskportal.account.control;

import java.time.Duration;
import java.util.Objects;

/**
 * How many failed sign-ins one key (a login, or a client address) may have before it is locked, and for how long.
 * Each failure past the free ones doubles the lock, up to {@code longestLock}; a key with no failure for
 * {@code forgetAfter} starts afresh.
 */
public record ThrottlePolicy(int freeFailures, Duration firstLock, Duration longestLock, Duration forgetAfter) {

    /** A person who mistypes a few times is not locked out; a guesser gets five tries an hour at most. */
    public static final ThrottlePolicy PER_ACCOUNT =
            new ThrottlePolicy(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24));

    /**
     * Looser, because one address may be a whole district office behind one gateway; it stops one machine from
     * trying a few passwords against every login.
     */
    public static final ThrottlePolicy PER_ADDRESS =
            new ThrottlePolicy(20, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(24));

    public ThrottlePolicy {
        Objects.requireNonNull(firstLock);
        Objects.requireNonNull(longestLock);
        Objects.requireNonNull(forgetAfter);
        if (freeFailures < 1 || firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("a throttle needs at least one free failure and a growing lock");
        }
    }

    /** The lock that follows the given number of consecutive failures; zero while they are still free. */
    Duration lockAfter(int failures) {
        if (failures < freeFailures) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }
}
