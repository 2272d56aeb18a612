package kr.maskportal.report.control.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often one point-of-sale token may call the API: at most {@link #PER_MINUTE} requests in any sliding minute,
 * whatever they ask; a vendor's token {@link #VENDOR_PER_MINUTE}. Requests are counted, not reports: a batch of up to
 * a thousand reports is one request, since what the limit protects is the public pages, and a batch changes them
 * once however many reports it holds. A till reports a few times an hour; a program stuck in a loop must not flood the reports (and
 * the public pages, which change with each one). Refused requests are not counted, so a client that waits as told
 * gets through.
 * <p>
 * Kept in memory on each instance, on the real clock (not the portal's replayable one): a cluster of n instances
 * allows n times as many, which is still no flood. Only tokens that were found valid are counted, so the map holds at
 * most one entry per live token.
 */
@ApplicationScoped
public class ReportRateLimit {

    public static final int PER_MINUTE = 30;
    /** A vendor reports for many sellers, in batches: a batch every second or so, and some single reports besides. */
    public static final int VENDOR_PER_MINUTE = 120;
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Far more live tokens than the country has tills; past it, tokens quiet for a minute are forgotten. */
    static final int MAX_TRACKED = 50_000;

    private final Clock clock;
    private final int limit;
    private final Map<Long, ArrayDeque<Instant>> recent = new ConcurrentHashMap<>();

    public ReportRateLimit() {
        this(Clock.systemUTC(), PER_MINUTE);
    }

    ReportRateLimit(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /**
     * Counts a request of the token, or refuses it.
     *
     * @return empty when the request may go ahead; otherwise how long until it would be allowed (more than zero)
     */
    public Optional<Duration> acquire(long tokenId) {
        return acquire(tokenId, limit);
    }

    /** As {@link #acquire(long)}, the token's holder in mind: a vendor's token may call more often. */
    public Optional<Duration> acquire(TokenHolder holder) {
        return acquire(holder.tokenId(), limitOf(holder));
    }

    /** The limit of one token per minute, for the words of a refusal. */
    public int limitOf(TokenHolder holder) {
        return holder.isVendor() ? Math.max(limit, VENDOR_PER_MINUTE) : limit;
    }

    private Optional<Duration> acquire(long tokenId, int allowed) {
        Instant now = clock.instant();
        Duration[] wait = {null};
        recent.compute(tokenId, (id, before) -> {
            ArrayDeque<Instant> times = before == null ? new ArrayDeque<>() : before;
            dropExpired(times, now);
            if (times.size() >= allowed) {
                wait[0] = Duration.between(now, times.peekFirst().plus(WINDOW));
            } else {
                times.addLast(now);
            }
            return times;
        });
        if (recent.size() > MAX_TRACKED) {
            forgetQuiet(now);
        }
        return Optional.ofNullable(wait[0]);
    }

    int trackedTokens() {
        return recent.size();
    }

    private static void dropExpired(ArrayDeque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.pollFirst();
        }
    }

    private void forgetQuiet(Instant now) {
        for (Long id : recent.keySet()) {
            recent.computeIfPresent(id, (key, times) -> {
                dropExpired(times, now);
                return times.isEmpty() ? null : times;
            });
        }
    }
}
