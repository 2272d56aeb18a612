package kr.maskportal.platform.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps this instance's boards level with the database when other instances store changes: {@link CatchUpDue} at
 * once when one of them announces a change (so a report shows everywhere within a second), and every
 * PORTAL_CLUSTER_CATCH_UP_MS anyway, which covers a message lost with a dying instance and changes made by any
 * other path into the database. Rounds never overlap; announcements arriving during a round make one more round.
 */
@Startup
@Singleton
@DependsOn({"ReportBoardLoader", "NoticeBoardLoader", "FeedPoller"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CatchUp {

    private static final Logger LOG = Logger.getLogger(CatchUp.class.getName());

    /**
     * A thread of its own: Payara's default managed scheduled executor runs every scheduled task of the portal on
     * one thread (core pool size 0), where a feed poll or the lag warm-up would hold a catch-up back for seconds.
     */
    @Resource
    ManagedThreadFactory threads;

    @Inject
    ClusterBus bus;

    @Inject
    Event<CatchUpDue> due;

    @Inject
    @ConfigProperty(name = "portal.cluster.catch-up-ms", defaultValue = "2000")
    long everyMillis;

    private final AtomicBoolean queued = new AtomicBoolean();
    private final ReentrantLock round = new ReentrantLock();
    private ScheduledExecutorService scheduler;

    @PostConstruct
    void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(threads);
        bus.listen(this::soon);
        long every = Math.max(100, everyMillis);
        scheduler.scheduleWithFixedDelay(this::run, every, every, TimeUnit.MILLISECONDS);
    }

    /** From a grid thread: the round runs on the catch-up thread, a managed one, with the database and CDI. */
    private void soon() {
        if (queued.compareAndSet(false, true)) {
            scheduler.execute(() -> {
                queued.set(false);
                run();
            });
        }
    }

    private void run() {
        round.lock();
        try {
            due.fire(new CatchUpDue());
        } catch (RuntimeException e) {
            // the database may be away for a while: the next round tries again, the boards keep what they have
            // (a task that threw would never be scheduled again)
            LOG.log(Level.WARNING, "catching up with the database failed", e);
        } finally {
            round.unlock();
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
