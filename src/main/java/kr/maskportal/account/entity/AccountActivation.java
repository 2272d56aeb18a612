package kr.maskportal.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The one-time activation code an account is waiting for (V013): only its hash, and when it stops counting. While
 * an account has one, it cannot sign in with any password; spending the code deletes the row.
 */
@Entity
@Table(name = "account_activation")
public class AccountActivation {

    /**
     * What {@code account.password_hash} holds while an account waits for activation: not in the PBKDF2 form, so
     * it matches no password even if the activation row were gone.
     */
    public static final String NO_PASSWORD_YET = "!awaiting-activation";

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    /** UTC, as every stored time. */
    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "expires_at", nullable = false)
    private LocalDateTime expiresAt;

    protected AccountActivation() {
    }

    public AccountActivation(long accountId, String codeHash, Instant issuedAt, Instant expiresAt) {
        this.accountId = accountId;
        this.codeHash = Objects.requireNonNull(codeHash);
        this.issuedAt = LocalDateTime.ofInstant(issuedAt, ZoneOffset.UTC);
        this.expiresAt = LocalDateTime.ofInstant(expiresAt, ZoneOffset.UTC);
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Instant getIssuedAt() {
        return issuedAt.toInstant(ZoneOffset.UTC);
    }

    public Instant getExpiresAt() {
        return expiresAt.toInstant(ZoneOffset.UTC);
    }
}
