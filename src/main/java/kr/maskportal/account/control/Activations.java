package kr.maskportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;
import kr.maskportal.account.entity.Account;

/**
 * One-time activation codes: an account created in bulk (or given a new code by an administrator) has no password
 * until its holder spends the code on one. A code is valid for {@link #VALID_FOR} by the portal's clock and once
 * only; attempts count against the login throttle with the sign-in failures, so a code cannot be guessed where a
 * password could not. Not transactional itself: the new password is hashed (600,000 PBKDF2 iterations) before the
 * transaction that spends the code.
 */
@ApplicationScoped
public class Activations {

    public static final Duration VALID_FOR = Duration.ofHours(72);

    private static final Logger LOG = Logger.getLogger(Activations.class.getName());
    /** Compared against when there is no code, so that the answer does not tell. */
    private static final String DECOY = ActivationCode.hash(ActivationCode.generate());

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    /** When a code issued now expires. */
    public Instant expiryFromNow() {
        return clock.instant().plus(VALID_FOR);
    }

    /** A new code for the account, which replaces its earlier code and its password; the clear code is answered once. */
    public IssuedCode issue(long accountId, String login) {
        String code = ActivationCode.generate();
        Instant now = clock.instant();
        Instant expires = now.plus(VALID_FOR);
        accounts.replaceActivation(accountId, ActivationCode.hash(code), now, expires);
        return new IssuedCode(login, code, expires);
    }

    public Optional<Instant> expiryOf(long accountId) {
        return accounts.activationExpiry(accountId);
    }

    /**
     * Sets the password if the code is the account's, unspent and unexpired. The password must already satisfy
     * {@link PasswordPolicy}; the page says so by the field before trying.
     *
     * @param address the client address, for the throttle
     */
    public ActivationResult activate(String typedLogin, String typedCode, char[] password, String address) {
        String login = Account.normaliseLogin(typedLogin);
        try {
            Optional<Instant> locked = throttle.lockedUntil(login, address);
            if (locked.isPresent()) {
                LOG.info(() -> "activation refused while locked: login " + login + " from " + address);
                return new ActivationResult(ActivationResult.Outcome.LOCKED, locked.get());
            }
            Optional<PendingActivation> pending = login.isEmpty() || login.length() > Account.MAX_LOGIN_LENGTH
                    ? Optional.empty() : accounts.pendingActivation(login);
            boolean matches = ActivationCode.matches(typedCode, pending.map(PendingActivation::codeHash).orElse(DECOY));
            boolean valid = matches && pending.get().enabled() && clock.instant().isBefore(pending.get().expiresAt());
            if (!valid || !PasswordPolicy.isAcceptable(new String(password))) {
                return refused(login, address);
            }
            String hash = hashing.hash(password);
            if (!accounts.spendActivation(pending.get().accountId(), pending.get().codeHash(), hash)) {
                return refused(login, address);
            }
            throttle.succeeded(login);
            LOG.info(() -> "account activated: " + login + " from " + address);
            return ActivationResult.of(ActivationResult.Outcome.ACTIVATED);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private ActivationResult refused(String login, String address) {
        Optional<Instant> lock = throttle.failed(login, address);
        LOG.info(() -> "activation failed: login " + login + " from " + address
                + lock.map(until -> ", locked until " + until).orElse(""));
        return lock.map(until -> new ActivationResult(ActivationResult.Outcome.LOCKED, until))
                .orElse(ActivationResult.of(ActivationResult.Outcome.REFUSED));
    }
}
