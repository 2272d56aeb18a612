package kr.maskportal.account.control;

import java.time.Instant;
import java.util.Objects;

/**
 * How an activation attempt ended.
 *
 * @param lockedUntil set only for {@link Outcome#LOCKED}
 */
public record ActivationResult(Outcome outcome, Instant lockedUntil) {

    public enum Outcome {
        /** The code is spent and the password set. */
        ACTIVATED,
        /** No such login, no code, a wrong, spent or expired code, or a disabled account: one answer for each. */
        REFUSED,
        /** Too many failures (sign-in and activation together) for this login or address; nothing was checked. */
        LOCKED
    }

    public ActivationResult {
        Objects.requireNonNull(outcome);
        if ((outcome == Outcome.LOCKED) != (lockedUntil != null)) {
            throw new IllegalArgumentException("a lock, and only a lock, has an end");
        }
    }

    static ActivationResult of(Outcome outcome) {
        return new ActivationResult(outcome, null);
    }
}
