package kr.maskportal.feed.control;

import java.time.Duration;
import java.time.Instant;

/**
 * The right to poll the feed, held by one instance of a cluster at a time: its holder renews it at every tick of
 * the poller, anyone may take it once it has expired. A killed holder stops renewing, so another instance takes
 * over at most {@link #LENGTH} plus one tick later. {@link FeedLeases} applies this rule in one conditional UPDATE.
 *
 * @param holder    the instance that holds it ({@link FeedLeadership#me}); empty for nobody
 * @param expiresAt when it ends unless renewed
 */
public record FeedLease(String holder, Instant expiresAt) {

    /** Long enough to outlast a slow poll between two renewals, short enough that a takeover is within a minute. */
    public static final Duration LENGTH = Duration.ofSeconds(30);

    /** How often the poller renews the lease or tries to take it: well inside {@link #LENGTH}. */
    public static final Duration TICK = Duration.ofSeconds(10);

    public static final FeedLease NOBODY = new FeedLease("", Instant.EPOCH);

    /** The holder may always renew; anyone else only once it has expired. */
    public boolean mayBeTakenBy(String candidate, Instant now) {
        return holder.equals(candidate) || !expiresAt.isAfter(now);
    }

    /** The lease after {@code candidate} tries to take or renew it at {@code now}: its own, or unchanged. */
    public FeedLease takenBy(String candidate, Instant now) {
        return mayBeTakenBy(candidate, now) ? new FeedLease(candidate, now.plus(LENGTH)) : this;
    }

    public boolean heldBy(String candidate, Instant now) {
        return holder.equals(candidate) && expiresAt.isAfter(now);
    }

    /** The lease after its holder lets it go (shutting down), so the next instance need not wait for it to expire. */
    public FeedLease releasedBy(String candidate) {
        return holder.equals(candidate) ? new FeedLease(candidate, Instant.EPOCH) : this;
    }
}
