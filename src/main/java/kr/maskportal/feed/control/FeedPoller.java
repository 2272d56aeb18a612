package kr.maskportal.feed.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.maskportal.stock.control.FeedHealth;
import kr.maskportal.stock.control.StockBoard;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls the feed on one background thread, every PORTAL_FEED_INTERVAL seconds after the previous poll ended, so a
 * slow feed delays the next poll instead of piling up threads. Before the first poll the stock board gets what the
 * database remembers, so a restart while the feed is down still shows the last data with its age.
 */
@Startup
@Singleton
// after the seller list and the demo's replayed week (DemoHistory): the board is restored from the week's end and
// the demo day's rows come after it
@DependsOn("DemoHistory")
@TransactionManagement(TransactionManagementType.BEAN)
public class FeedPoller {

    private static final Logger LOG = Logger.getLogger(FeedPoller.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    FeedClient client;

    @Inject
    SalesIngest sales;

    @Inject
    StoresIngest stores;

    @Inject
    FeedStore store;

    @Inject
    StockBoard board;

    @Inject
    Clock clock;

    @Inject
    FeedLeadership leadership;

    @Inject
    FeedFollower follower;

    @Inject
    @ConfigProperty(name = "portal.feed.interval", defaultValue = "60")
    int intervalSeconds;

    /** The store list changes rarely; it is polled once every this many sales polls (and first). */
    @Inject
    @ConfigProperty(name = "portal.feed.stores-every", defaultValue = "60")
    int storesEvery;

    private final AtomicLong polls = new AtomicLong();
    private ScheduledFuture<?> schedule;
    private long lastPollEnded;
    private boolean leading;
    private boolean followed;

    @PostConstruct
    void start() {
        follower.startAfter(store.lastRefreshId());
        var remembered = store.latestEvidence();
        var lastAccepted = store.lastAcceptedAt(FeedEndpoint.SALES).orElse(null);
        board.restore(remembered, new FeedHealth(lastAccepted, lastAccepted, 0));
        LOG.info(() -> "stock board restored from history: " + remembered.size() + " sellers");
        if (!client.isConfigured()) {
            LOG.warning("no feed configured (PORTAL_FEED_URL): stock status stays as the database last knew it");
            return;
        }
        if (intervalSeconds < 1) {
            throw new IllegalArgumentException("PORTAL_FEED_INTERVAL must be at least 1 second, was " + intervalSeconds);
        }
        // in a cluster the lease is renewed (or taken over) every tick, well inside its length, and the holder
        // polls every interval; alone, every tick is a poll, as it always was. A first tick a few seconds in: the
        // demo's feed is this server's own replay, which answers only once the deployment is finished and the HTTP
        // listener is up
        long tick = leadership.clustered() ? Math.min(intervalSeconds, FeedLease.TICK.toSeconds()) : intervalSeconds;
        schedule = scheduler.scheduleWithFixedDelay(this::tick, Math.min(intervalSeconds, 5), tick, TimeUnit.SECONDS);
        LOG.info(() -> "polling the feed every " + intervalSeconds + " s"
                + (leadership.clustered() ? " while this instance holds the feed lease" : ""));
    }

    private void tick() {
        boolean wasLeading = leading;
        leading = leadership.lead();
        if (!leading) {
            followed = true;
            return; // the lease holder polls; FeedFollower brings what it stores onto this board
        }
        if (!wasLeading && followed) {
            // taking over from a holder that died: its last store list is already on this instance's directory
            // (FeedFollower), so the first poll is the sales one residents wait for; the store list comes at its turn
            long next = polls.get();
            if (next % Math.max(1, storesEvery) == 0) {
                polls.compareAndSet(next, next + 1);
            }
        }
        // a new holder polls at once; the holder polls when an interval has passed (less a margin for the tick's jitter)
        long sinceLast = System.nanoTime() - lastPollEnded;
        long due = TimeUnit.SECONDS.toNanos(intervalSeconds) - TimeUnit.MILLISECONDS.toNanos(500);
        if (!wasLeading || sinceLast >= due) {
            poll();
            lastPollEnded = System.nanoTime();
        }
    }

    private void poll() {
        try {
            if (polls.getAndIncrement() % Math.max(1, storesEvery) == 0) {
                stores.refresh();
            }
            sales.refresh();
        } catch (RuntimeException e) {
            // a poll that fails in an unforeseen way must not end the schedule
            board.failed(clock.instant());
            LOG.log(Level.WARNING, "feed poll failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(true);
        }
        leadership.resign();
    }
}
