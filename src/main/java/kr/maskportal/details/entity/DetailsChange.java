package kr.maskportal.details.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * Who changed a seller's details, and when: one row per save, never changed. Its id is the revision of the details
 * it wrote, by which other instances of a cluster find the change.
 */
@Entity
@Table(name = "seller_details_change")
public class DetailsChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seller_code", nullable = false)
    private String sellerCode;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected DetailsChange() {
    }

    public DetailsChange(String sellerCode, long accountId, Instant changedAt) {
        this.sellerCode = Objects.requireNonNull(sellerCode);
        this.accountId = accountId;
        this.changedAt = Objects.requireNonNull(changedAt);
    }

    public Long getId() {
        return id;
    }

    public String getSellerCode() {
        return sellerCode;
    }

    public long getAccountId() {
        return accountId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
