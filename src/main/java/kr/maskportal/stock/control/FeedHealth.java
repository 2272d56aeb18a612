package kr.maskportal.stock.control;

import java.time.Instant;

/**
 * How the portal's polling of the feed is going, as residents' pages and the health check report it.
 *
 * @param lastSuccessAt       when a refresh was last accepted; null before the first
 * @param lastAttemptAt       when a refresh last ended, accepted or not; null before the first
 * @param consecutiveFailures refreshes that failed or were refused since the last accepted one
 */
public record FeedHealth(Instant lastSuccessAt, Instant lastAttemptAt, int consecutiveFailures) {

    static final FeedHealth NEVER_POLLED = new FeedHealth(null, null, 0);

    public FeedHealth succeeded(Instant at) {
        return new FeedHealth(at, at, 0);
    }

    public FeedHealth failed(Instant at) {
        return new FeedHealth(lastSuccessAt, at, consecutiveFailures + 1);
    }
}
