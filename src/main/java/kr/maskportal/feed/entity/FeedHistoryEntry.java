package kr.maskportal.feed.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import kr.maskportal.stock.entity.StockBand;

/** One change of a seller's status as the feed published it, with when the portal first saw it. */
@Entity
@Table(name = "feed_history")
public class FeedHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seller_code", nullable = false)
    private String sellerCode;

    @Column(name = "observed_at", nullable = false)
    private Instant observedAt;

    @Enumerated(EnumType.STRING)
    private StockBand band;

    @Column(name = "stock_at")
    private Instant stockAt;

    @Column(name = "created_at")
    private Instant createdAt;

    protected FeedHistoryEntry() {
    }

    public FeedHistoryEntry(String sellerCode, Instant observedAt, StockBand band, Instant stockAt, Instant createdAt) {
        this.sellerCode = Objects.requireNonNull(sellerCode);
        this.observedAt = Objects.requireNonNull(observedAt);
        this.band = band;
        this.stockAt = stockAt;
        this.createdAt = createdAt;
    }

    public String getSellerCode() {
        return sellerCode;
    }

    public Instant getObservedAt() {
        return observedAt;
    }

    public StockBand getBand() {
        return band;
    }

    public Instant getStockAt() {
        return stockAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
