package kr.maskportal.stock.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kr.maskportal.stock.entity.StockBand;

/**
 * The in-memory stock picture behind the public pages: the feed's last word on every seller and how the feed
 * itself is doing. Replaced whole on each accepted refresh, so readers never see half of one.
 */
@ApplicationScoped
public class StockBoard {

    private volatile Map<String, FeedEvidence> evidence = Map.of();
    /** Per seller, when the feed first showed {@code some} for its current delivery: the forecasts' pace. */
    private volatile Map<String, SomeSince> some = Map.of();
    private volatile FeedHealth health = FeedHealth.NEVER_POLLED;
    private volatile boolean loaded;
    private volatile long version;

    public Optional<FeedEvidence> feedEvidence(String sellerCode) {
        return Optional.ofNullable(evidence.get(sellerCode));
    }

    /** When the feed first showed {@code some} for the seller's current delivery, as this board saw it; or null. */
    public Instant someAt(String sellerCode) {
        SomeSince since = some.get(sellerCode);
        FeedEvidence now = evidence.get(sellerCode);
        return since != null && now != null && since.stockAt().equals(now.state().stockAt()) ? since.at() : null;
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
        some = someOf(refreshed, some);
        evidence = Map.copyOf(refreshed);
        health = health.succeeded(at);
        loaded = true;
        version++;
    }

    private static Map<String, SomeSince> someOf(Map<String, FeedEvidence> refreshed, Map<String, SomeSince> before) {
        Map<String, SomeSince> next = new HashMap<>();
        refreshed.forEach((code, e) -> {
            Instant stockAt = e.state().stockAt();
            SomeSince earlier = before.get(code);
            if (stockAt == null) {
                return;
            }
            if (earlier != null && earlier.stockAt().equals(stockAt)) {
                next.put(code, earlier);
            } else if (e.state().band() == StockBand.SOME) {
                next.put(code, new SomeSince(stockAt, e.evidenceAt()));
            }
        });
        return Map.copyOf(next);
    }

    private record SomeSince(Instant stockAt, Instant at) {
    }

    public synchronized void failed(Instant at) {
        health = health.failed(at);
        version++;
    }
}
