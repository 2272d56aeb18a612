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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Point-of-sale tokens: a pharmacist's, created by the pharmacist for their own account, and a vendor's, created by an
 * administrator for the vendor; listed, revoked (a vendor's also rotated), and checked on every API request against
 * the database (no cache), so that a revoked or expired token, or a disabled account, stops working with the next
 * request on every instance.
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

    /** How long a rotated vendor token keeps working beside its successor, for the vendor to roll the new one out. */
    @Inject
    @ConfigProperty(name = "portal.vendor.token.overlap", defaultValue = "PT24H")
    Duration rotationOverlap;

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
                .setParameter("account", accountId).getResultStream().map(t -> TokenView.of(t, clock.instant())).toList();
    }

    /** Revokes one of the account's own tokens; answers its name, or empty when it is not theirs or was revoked. */
    public Optional<String> revoke(long accountId, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !Long.valueOf(accountId).equals(token.getAccountId())) {
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

    /**
     * Whom the token speaks for: empty when unknown, revoked, past a rotation's overlap, or a pharmacist's whose
     * account is disabled or no longer a pharmacist's.
     */
    public Optional<TokenHolder> authenticate(BearerToken token) {
        Instant now = clock.instant();
        Optional<ApiToken> found = em.createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash "
                        + "AND t.revokedAt IS NULL", ApiToken.class)
                .setParameter("hash", token.hash()).getResultStream().findFirst()
                .filter(t -> t.worksAt(now))
                .filter(t -> t.getVendorId() != null || isEnabledPharmacist(t.getAccountId()));
        found.ifPresent(this::recordUse);
        return found.map(t -> new TokenHolder(t.getId(), t.getAccountId(), t.getVendorId()));
    }

    private boolean isEnabledPharmacist(long accountId) {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.id = :id AND a.enabled = TRUE "
                        + "AND a.role = :role", Long.class)
                .setParameter("id", accountId).setParameter("role", Role.PHARMACIST).getSingleResult() > 0;
    }

    /**
     * Creates a token for the vendor; its secret is in the answer and nowhere else.
     *
     * @throws TokenNotIssued for a missing, too long or unprintable name, or too many working tokens
     */
    public IssuedToken issueForVendor(long vendorId, String name) {
        String clean = cleanName(name);
        Instant now = clock.instant();
        if (workingVendorTokens(vendorId, now) >= MAX_ACTIVE) {
            throw new TokenNotIssued(TokenNotIssued.Reason.TOO_MANY_ACTIVE);
        }
        return storeVendorToken(vendorId, clean, now);
    }

    /** Every token of the vendor, oldest first, with whether each still works now. */
    public List<TokenView> listForVendor(long vendorId) {
        Instant now = clock.instant();
        return em.createQuery("SELECT t FROM ApiToken t WHERE t.vendorId = :vendor ORDER BY t.id", ApiToken.class)
                .setParameter("vendor", vendorId).getResultStream().map(t -> TokenView.of(t, now)).toList();
    }

    /** Revokes one of the vendor's tokens at once; answers its name, or empty when not the vendor's or not working. */
    public Optional<String> revokeForVendor(long vendorId, long tokenId) {
        Optional<ApiToken> token = workingVendorToken(vendorId, tokenId, clock.instant());
        token.ifPresent(t -> {
            t.revoke(clock.instant());
            LOG.info(() -> "vendor " + vendorId + ": point-of-sale token " + tokenId + " revoked");
        });
        return token.map(ApiToken::getName);
    }

    /**
     * Replaces one of the vendor's working tokens with a new one of the same name. The old one keeps working for
     * the configured overlap ({@code portal.vendor.token.overlap}), so the vendor can roll the new one out to its
     * programs, and is refused afterwards. Empty when the token is not the vendor's or no longer works.
     */
    public Optional<Rotation> rotate(long vendorId, long tokenId) {
        Instant now = clock.instant();
        Optional<ApiToken> old = workingVendorToken(vendorId, tokenId, now);
        if (old.isEmpty()) {
            return Optional.empty();
        }
        Instant until = now.plus(rotationOverlap);
        old.get().expireAt(until);
        IssuedToken successor = storeVendorToken(vendorId, old.get().getName(), now);
        LOG.info(() -> "vendor " + vendorId + ": point-of-sale token " + tokenId + " rotated to " + successor.id()
                + ", the old one works until " + until);
        return Optional.of(new Rotation(successor, until));
    }

    private IssuedToken storeVendorToken(long vendorId, String name, Instant now) {
        BearerToken token = BearerToken.generate();
        ApiToken stored = ApiToken.forVendor(vendorId, name, token.hash(), now);
        em.persist(stored);
        em.flush();
        LOG.info(() -> "vendor " + vendorId + ": point-of-sale token " + stored.getId() + " created");
        return new IssuedToken(stored.getId(), name, token);
    }

    private long workingVendorTokens(long vendorId, Instant now) {
        return em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.vendorId = :vendor AND t.revokedAt IS NULL "
                        + "AND (t.expiresAt IS NULL OR t.expiresAt > :now)", Long.class)
                .setParameter("vendor", vendorId).setParameter("now", now).getSingleResult();
    }

    private Optional<ApiToken> workingVendorToken(long vendorId, long tokenId, Instant now) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !Long.valueOf(vendorId).equals(token.getVendorId())) {
            LOG.warning(() -> "token " + tokenId + " is not vendor " + vendorId + "'s: nothing done");
            return Optional.empty();
        }
        return token.worksAt(now) ? Optional.of(token) : Optional.empty();
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
