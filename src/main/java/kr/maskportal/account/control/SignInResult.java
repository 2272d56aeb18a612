package kr.maskportal.account.control;

import java.time.Instant;
import java.util.Objects;

/**
 * How a sign-in attempt ended.
 *
 * @param lockedUntil set only for {@link Outcome#LOCKED}
 */
public record SignInResult(Outcome outcome, Instant lockedUntil) {

    public enum Outcome {
        /** Signed in; the page decides where to go. */
        SIGNED_IN,
        /** Signed in, and already sent on to the page that asked for sign-in; nothing more to render. */
        SENT_ON,
        /** Wrong login or password, or a disabled account: the same answer for each. */
        REFUSED,
        /** Too many failures for this login or address; nothing was checked. */
        LOCKED,
        /** The accounts could not be read (the database cannot be reached): nothing was checked or counted. */
        UNAVAILABLE
    }

    public SignInResult {
        Objects.requireNonNull(outcome);
        if ((outcome == Outcome.LOCKED) != (lockedUntil != null)) {
            throw new IllegalArgumentException("a lock, and only a lock, has an end");
        }
    }

    static SignInResult of(Outcome outcome) {
        return new SignInResult(outcome, null);
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, until);
    }
}
