package kr.maskportal.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token through which a point-of-sale program reports for its owner's sellers: a pharmacist account's or a
 * vendor's, never both. Holds the token's SHA-256,
 * never the token: it is shown once, when created, and cannot be read back. Revoked rather than deleted, so that the
 * reports it carried keep their source.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** Long enough for "계산대 1번 POS (2층 약국)"; a name is a label, not a note. */
    public static final int MAX_NAME_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "vendor_id")
    private Long vendorId;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** Set when a vendor's token is rotated: it keeps working until then, so the vendor can roll the new one out. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    protected ApiToken() {
    }

    /** The name is checked by the caller (see {@code TokenNotIssued}); here only what the table would refuse. */
    public ApiToken(long accountId, String name, String tokenHash, Instant createdAt) {
        this(accountId, null, name, tokenHash, createdAt);
    }

    /** A vendor's token, for the sellers the vendor is bound to. */
    public static ApiToken forVendor(long vendorId, String name, String tokenHash, Instant createdAt) {
        return new ApiToken(null, vendorId, name, tokenHash, createdAt);
    }

    private ApiToken(Long accountId, Long vendorId, String name, String tokenHash, Instant createdAt) {
        this.accountId = accountId;
        this.vendorId = vendorId;
        this.name = Objects.requireNonNull(name);
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        if (name.isBlank() || name.codePointCount(0, name.length()) > MAX_NAME_LENGTH || tokenHash.length() != 64) {
            throw new IllegalArgumentException("a token needs a name of 1 to " + MAX_NAME_LENGTH
                    + " characters and a SHA-256 in hex");
        }
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = Objects.requireNonNull(at);
        }
    }

    /** Keeps it working until the given moment, or until now if it was to end sooner; a revoked one stays so. */
    public void expireAt(Instant at) {
        if (expiresAt == null || at.isBefore(expiresAt)) {
            expiresAt = Objects.requireNonNull(at);
        }
    }

    /** Neither revoked nor past the end of a rotation's overlap. */
    public boolean worksAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    public void usedAt(Instant at) {
        lastUsedAt = Objects.requireNonNull(at);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getVendorId() {
        return vendorId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getName() {
        return name;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
