package kr.maskportal.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.UUID;
import java.util.logging.Logger;
import kr.maskportal.platform.cluster.ClusterBus;

/**
 * Whether this instance polls the feed. Alone (no data grid) it always does, as a single server always did; in a
 * cluster only the holder of the feed lease does, and the others follow what it stores. Lease times come from the
 * system clock, not the portal's (possibly replayed) clock, so that the instances agree on them.
 */
@ApplicationScoped
public class FeedLeadership {

    private static final Logger LOG = Logger.getLogger(FeedLeadership.class.getName());

    @Inject
    ClusterBus bus;

    @Inject
    FeedLeases leases;

    /** This process, unique even when an instance is restarted on the same port: "pid@host/random". */
    private final String me = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);

    private volatile boolean leading;

    /** Takes or renews the lease (in a cluster); whether this instance is to poll now. */
    boolean lead() {
        if (!bus.isClustered()) {
            leading = true;
            return true;
        }
        boolean before = leading;
        try {
            leading = leases.takeOrRenew(me, Instant.now());
        } catch (RuntimeException e) {
            // without the database no instance can store a poll: stop polling rather than risk two pollers
            leading = false;
            LOG.warning(() -> "feed lease could not be renewed: " + e);
        }
        if (leading != before) {
            LOG.info(() -> leading ? "feed lease taken by " + me + ": this instance polls the feed"
                    : "feed lease held by another instance: this instance follows the feed history it stores");
        }
        return leading;
    }

    /** Whether other instances may run beside this one, so that the lease decides who polls. */
    boolean clustered() {
        return bus.isClustered();
    }

    /** Whether another instance polls and this one is to follow the history it stores. */
    public boolean following() {
        return bus.isClustered() && !leading;
    }

    /** At shutdown: the lease let go, so that another instance takes over at its next tick, not after expiry. */
    void resign() {
        if (bus.isClustered() && leading) {
            leading = false;
            try {
                leases.release(me);
            } catch (RuntimeException e) {
                LOG.warning(() -> "feed lease could not be let go; it expires by itself: " + e);
            }
        }
    }
}
