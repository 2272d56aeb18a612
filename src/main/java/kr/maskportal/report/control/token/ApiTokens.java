package kr.maskportal.report.control.token;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import kr.maskportal.account.entity.Role;
import kr.maskportal.report.entity.ApiToken;

/**
 * Pharmacists' point-of-sale tokens: created by the pharmacist for their own account, listed, revoked, and checked on
 * every API request against the database (no cache), so that a revoked token, or a disabled account, stops working
 * with the next request on every instance.
 */
@ApplicationScoped
@Transactional
public class ApiTokens {

    /** A pharmacy has a few tills; more working tokens than this are forgotten ones, each a way in. */
    public static final int MAX_ACTIVE = 20;
    /** The page shows minutes; recording every request would turn a flood into a flood of writes. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Creates a token for the account; its secret is in the answer and nowhere else.
     *
     * @throws TokenNotIssued for a missing, too long or unprintable name, or too many working tokens
     */
    public IssuedToken issue(long accountId, String name) {
        String clean = cleanName(name);
        long active = em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.accountId = :account "
                        + "AND t.revokedAt IS NULL", Long.class)
                .setParameter("account", accountId).getSingleResult();
        if (active >= MAX_ACTIVE) {
            throw new TokenNotIssued(TokenNotIssued.Reason.TOO_MANY_ACTIVE);
        }
        BearerToken token = BearerToken.generate();
        ApiToken stored = new ApiToken(accountId, clean, token.hash(), clock.instant());
        em.persist(stored);
        em.flush();
        LOG.info(() -> "account " + accountId + " created point-of-sale token " + stored.getId());
        return new IssuedToken(stored.getId(), clean, token);
    }

    /** Every token of the account, oldest first: a new one is added at the end, so rows never shift under a form. */
    public List<TokenView> list(long accountId) {
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.accountId = :account ORDER BY t.id", ApiToken.class)
                .setParameter("account", accountId).getResultStream().map(TokenView::of).toList();
    }

    /** Revokes one of the account's own tokens; answers its name, or empty when it is not theirs or was revoked. */
    public Optional<String> revoke(long accountId, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || token.getAccountId() != accountId) {
            LOG.warning(() -> "account " + accountId + " tried to revoke token " + tokenId + ", which is not its own");
            return Optional.empty();
        }
        if (token.isRevoked()) {
            return Optional.empty();
        }
        token.revoke(clock.instant());
        LOG.info(() -> "account " + accountId + " revoked point-of-sale token " + tokenId);
        return Optional.of(token.getName());
    }

    /** Whom the token speaks for: empty when unknown, revoked, or its account is disabled or no pharmacist's. */
    public Optional<TokenHolder> authenticate(BearerToken token) {
        Optional<ApiToken> found = em.createQuery("SELECT t FROM ApiToken t, Account a WHERE t.tokenHash = :hash "
                        + "AND t.revokedAt IS NULL AND a.id = t.accountId AND a.enabled = TRUE AND a.role = :role",
                        ApiToken.class)
                .setParameter("hash", token.hash()).setParameter("role", Role.PHARMACIST)
                .getResultStream().findFirst();
        found.ifPresent(this::recordUse);
        return found.map(t -> new TokenHolder(t.getId(), t.getAccountId()));
    }

    private void recordUse(ApiToken token) {
        Instant now = clock.instant();
        if (token.getLastUsedAt() == null || !token.getLastUsedAt().plus(LAST_USE_PRECISION).isAfter(now)) {
            token.usedAt(now);
        }
    }

    /**
     * Trimmed; 1 to {@value ApiToken#MAX_NAME_LENGTH} characters without control characters, as for a notice.
     *
     * @throws TokenNotIssued naming what is wrong
     */
    static String cleanName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new TokenNotIssued(TokenNotIssued.Reason.NAME_MISSING);
        }
        if (clean.codePointCount(0, clean.length()) > ApiToken.MAX_NAME_LENGTH) {
            throw new TokenNotIssued(TokenNotIssued.Reason.NAME_TOO_LONG);
        }
        if (clean.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.SURROGATE)) {
            throw new TokenNotIssued(TokenNotIssued.Reason.NAME_BAD_CHARACTERS);
        }
        return clean;
    }
}
