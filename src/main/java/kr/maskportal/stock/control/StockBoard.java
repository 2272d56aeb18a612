package kr.maskportal.stock.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The in-memory stock picture behind the public pages: the feed's last word on every seller and how the feed
 * itself is doing. Replaced whole on each accepted refresh, so readers never see half of one.
 */
@ApplicationScoped
public class StockBoard {

    private volatile Map<String, FeedEvidence> evidence = Map.of();
    private volatile FeedHealth health = FeedHealth.NEVER_POLLED;
    private volatile boolean loaded;
    private volatile long version;

    public Optional<FeedEvidence> feedEvidence(String sellerCode) {
        return Optional.ofNullable(evidence.get(sellerCode));
    }

    public Map<String, FeedEvidence> allFeedEvidence() {
        return evidence;
    }

    /** Sellers the feed gives a band (break included): what the next refresh is measured against. */
    public int bandedCount() {
        return (int) evidence.values().stream().filter(e -> e.state().band() != null).count();
    }

    /** Changes whenever anything a page shows from the board may have changed: for caching rendered pages. */
    public long version() {
        return version;
    }

    public FeedHealth health() {
        return health;
    }

    /** Whether the board holds the feed's data yet, from the database at start-up or a first refresh. */
    public boolean isLoaded() {
        return loaded;
    }

    /** At start-up: what the database remembers, so a restart while the feed is down still shows the last data. */
    public synchronized void restore(Map<String, FeedEvidence> remembered, FeedHealth rememberedHealth) {
        evidence = Map.copyOf(remembered);
        health = rememberedHealth;
        loaded = !remembered.isEmpty();
        version++;
    }

    public synchronized void accepted(Map<String, FeedEvidence> refreshed, Instant at) {
        evidence = Map.copyOf(refreshed);
        health = health.succeeded(at);
        loaded = true;
        version++;
    }

    public synchronized void failed(Instant at) {
        health = health.failed(at);
        version++;
    }
}
