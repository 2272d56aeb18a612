package kr.maskportal.feed.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** How one poll of one feed endpoint went, kept for administrators and the feed-lag reports. */
@Entity
@Table(name = "feed_refresh")
public class FeedRefreshRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String endpoint;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(nullable = false)
    private String outcome;

    @Column(nullable = false)
    private int accepted;

    @Column(nullable = false)
    private int rejected;

    /** Counts by reason as a small JSON object, e.g. {"UNKNOWN_SELLER":3}. */
    @Column(name = "reason_counts", nullable = false)
    private String reasonCounts;

    protected FeedRefreshRecord() {
    }

    public FeedRefreshRecord(String endpoint, Instant startedAt, Instant finishedAt, String outcome, int accepted,
            int rejected, String reasonCounts) {
        this.endpoint = endpoint;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.outcome = outcome;
        this.accepted = accepted;
        this.rejected = rejected;
        this.reasonCounts = reasonCounts;
    }

    public Long getId() {
        return id;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getOutcome() {
        return outcome;
    }

    public int getAccepted() {
        return accepted;
    }

    public int getRejected() {
        return rejected;
    }

    public String getReasonCounts() {
        return reasonCounts;
    }
}
