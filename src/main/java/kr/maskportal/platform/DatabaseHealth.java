package kr.maskportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the database answers, as last seen by {@link DatabaseWatch}'s probe or by a request that failed to reach
 * it. While it is down the public pages are still served from memory, with a notice that what they show may be old
 * ({@code #{databaseHealth.down}}); once it answers again the notice goes by itself. The version changes with every
 * change of state, so that pages kept in memory are rendered again with or without the notice.
 */
@Named
@ApplicationScoped
public class DatabaseHealth {

    private final AtomicReference<Instant> downSince = new AtomicReference<>();
    private final AtomicLong version = new AtomicLong();

    /** A request or the probe could not reach the database; the first failure of an outage is remembered. */
    public void failed(Instant at) {
        if (downSince.compareAndSet(null, at)) {
            version.incrementAndGet();
        }
    }

    /** The database answered. */
    public void answered() {
        if (downSince.getAndSet(null) != null) {
            version.incrementAndGet();
        }
    }

    public boolean isDown() {
        return downSince.get() != null;
    }

    /** When the current outage was first noticed; null while the database answers. */
    public Instant downSince() {
        return downSince.get();
    }

    /** Changes whenever the database goes down or comes back. */
    public long version() {
        return version.get();
    }
}
