package kr.maskportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Limits password guessing: failed sign-ins are counted per login and per client address, and a key with too many
 * is locked for a growing time (see {@link ThrottlePolicy}). While locked, no password is even checked, so a
 * locked login stays locked with the right password too, and a flood of attempts costs no hashing.
 * <p>
 * Logins that do not exist are counted and locked like real ones, so a lock tells nobody whether a login exists.
 * Held in memory on each instance: a restart forgets it, and a cluster of n instances allows at most n times the
 * attempts, which is still slow guessing.
 */
@ApplicationScoped
public class LoginThrottle {

    /** Enough for every address of a busy day; beyond it, keys that are not locked are dropped first. */
    static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final ThrottlePolicy perAccount;
    private final ThrottlePolicy perAddress;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    public LoginThrottle() {
        this(Clock.systemUTC(), ThrottlePolicy.PER_ACCOUNT, ThrottlePolicy.PER_ADDRESS);
    }

    LoginThrottle(Clock clock, ThrottlePolicy perAccount, ThrottlePolicy perAddress) {
        this.clock = clock;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    /** Until when sign-in is refused for this login from this address; empty when it may be tried now. */
    public Optional<Instant> lockedUntil(String login, String address) {
        Instant now = clock.instant();
        return Stream.of(lockOf(accounts.get(login), now), lockOf(addresses.get(address), now))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }

    /** Counts a failed attempt; answers the lock it caused, if any. */
    public Optional<Instant> failed(String login, String address) {
        Instant now = clock.instant();
        count(accounts, login, perAccount, now);
        count(addresses, address, perAddress, now);
        return lockedUntil(login, address);
    }

    /**
     * The login's count starts afresh; the address keeps its count, or one valid account would let a guesser reset
     * the address's lock between tries at the others.
     */
    public void succeeded(String login) {
        accounts.remove(login);
    }

    int trackedLogins() {
        return accounts.size();
    }

    private static Optional<Instant> lockOf(Failures failures, Instant now) {
        if (failures == null || failures.lockedUntil() == null || !failures.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(failures.lockedUntil());
    }

    private static void count(Map<String, Failures> failuresByKey, String key, ThrottlePolicy policy, Instant now) {
        failuresByKey.compute(key, (k, before) -> {
            boolean fresh = before == null || before.last().plus(policy.forgetAfter()).isBefore(now);
            int count = fresh ? 1 : before.count() + 1;
            var lock = policy.lockAfter(count);
            return new Failures(count, now, lock.isZero() ? null : now.plus(lock));
        });
        if (failuresByKey.size() > MAX_KEYS) {
            forgetOldAndUnlocked(failuresByKey, policy, now);
        }
    }

    /**
     * Keeps memory bounded when someone tries many made-up logins: first what has been quiet long enough to be
     * forgotten anyway, then, if still too many, every key that is not locked now.
     */
    private static void forgetOldAndUnlocked(Map<String, Failures> failuresByKey, ThrottlePolicy policy, Instant now) {
        failuresByKey.values().removeIf(f -> f.last().plus(policy.forgetAfter()).isBefore(now));
        if (failuresByKey.size() > MAX_KEYS) {
            failuresByKey.values().removeIf(f -> lockOf(f, now).isEmpty());
        }
    }
}
