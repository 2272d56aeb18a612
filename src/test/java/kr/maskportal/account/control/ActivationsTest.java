package kr.maskportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kr.maskportal.account.control.ActivationResult.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of spending a code, with the stored accounts and the password hashing stood in for. */
class ActivationsTest {

    private static final Instant ISSUED = Instant.parse("2020-03-11T01:00:00Z");
    private static final String CODE = "K7QD-MX3P-9WHT";

    private MovableClock clock;
    private Activations activations;
    private PendingActivation pending;
    private String passwordSet;

    @BeforeEach
    void setUp() {
        clock = new MovableClock(ISSUED);
        pending = new PendingActivation(7, true, ActivationCode.hash(CODE), ISSUED.plus(Activations.VALID_FOR));
        passwordSet = null;
        activations = new Activations();
        activations.clock = clock;
        activations.throttle = new LoginThrottle(clock, ThrottlePolicy.PER_ACCOUNT, ThrottlePolicy.PER_ADDRESS);
        activations.hashing = new PasswordHashing() {
            @Override
            public String hash(char[] password) {
                return "hashed:" + new String(password);
            }
        };
        activations.accounts = new Accounts() {
            @Override
            Optional<PendingActivation> pendingActivation(String login) {
                return login.equals("kim") ? Optional.ofNullable(pending) : Optional.empty();
            }

            @Override
            boolean spendActivation(long id, String codeHash, String passwordHash) {
                if (pending == null || !pending.codeHash().equals(codeHash)) {
                    return false;
                }
                pending = null;
                passwordSet = passwordHash;
                return true;
            }
        };
    }

    private Outcome activate(String login, String code, String password) {
        return activations.activate(login, code, password.toCharArray(), "10.0.0.1").outcome();
    }

    @Test
    void theRightCodeSetsThePasswordOnce() {
        assertEquals(Outcome.ACTIVATED, activate(" KIM ", "k7qd mx3p 9wht", "pharmacy-2020-spring"));
        assertEquals("hashed:pharmacy-2020-spring", passwordSet);
        assertEquals(Outcome.REFUSED, activate("kim", CODE, "another-password-2020"), "spent");
        assertEquals("hashed:pharmacy-2020-spring", passwordSet);
    }

    @Test
    void aCodeCountsUntilItsSeventySecondHour() {
        clock.advance(Activations.VALID_FOR.minusSeconds(1));
        assertEquals(Outcome.ACTIVATED, activate("kim", CODE, "pharmacy-2020-spring"));
    }

    @Test
    void anExpiredCodeIsRefused() {
        clock.advance(Activations.VALID_FOR);
        assertEquals(Outcome.REFUSED, activate("kim", CODE, "pharmacy-2020-spring"));
        assertNull(passwordSet);
    }

    @Test
    void aWrongCodeAnUnknownLoginAndADisabledAccountGetOneAnswer() {
        assertEquals(Outcome.REFUSED, activate("kim", "K7QD-MX3P-9WHX", "pharmacy-2020-spring"));
        assertEquals(Outcome.REFUSED, activate("lee", CODE, "pharmacy-2020-spring"));
        assertEquals(Outcome.REFUSED, activate("", CODE, "pharmacy-2020-spring"));
        pending = new PendingActivation(7, false, pending.codeHash(), pending.expiresAt());
        assertEquals(Outcome.REFUSED, activate("kim", CODE, "pharmacy-2020-spring"));
        assertNull(passwordSet);
    }

    @Test
    void guessingIsThrottledLikeSignIn() {
        for (int i = 0; i < 4; i++) {
            assertEquals(Outcome.REFUSED, activate("kim", "AAAA-AAAA-AAA" + i, "pharmacy-2020-spring"));
        }
        ActivationResult fifth = activations.activate("kim", "AAAA-AAAA-AAAX", "pharmacy-2020-spring".toCharArray(),
                "10.0.0.1");
        assertEquals(Outcome.LOCKED, fifth.outcome());
        assertEquals(Outcome.LOCKED, activate("kim", CODE, "pharmacy-2020-spring"), "even the right code, while locked");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(Outcome.ACTIVATED, activate("kim", CODE, "pharmacy-2020-spring"));
    }

    @Test
    void aPasswordThePolicyRefusesSpendsNothing() {
        assertEquals(Outcome.REFUSED, activate("kim", CODE, "short"));
        assertNull(passwordSet);
        assertEquals(Outcome.ACTIVATED, activate("kim", CODE, "pharmacy-2020-spring"));
    }
}
