package kr.maskportal.stock.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A seller's status as the feed alone tells it, with the age of that evidence: the feed's band while fresh or
 * stale, "unknown" once older than the second threshold, "no data" when the feed has given none.
 *
 * @param evidenceAt null for {@link ShownStatus#NO_DATA} when the feed never spoke of the seller
 */
public record FeedStatus(ShownStatus status, Freshness freshness, Instant evidenceAt) {

    public static FeedStatus judge(Optional<FeedEvidence> evidence, Instant now, Duration staleAfter,
            Duration unknownAfter) {
        if (evidence.isEmpty()) {
            return new FeedStatus(ShownStatus.NO_DATA, Freshness.UNKNOWN, null);
        }
        Instant at = evidence.get().evidenceAt();
        Freshness freshness = Freshness.of(at, now, staleAfter, unknownAfter);
        if (evidence.get().state().band() == null) {
            return new FeedStatus(ShownStatus.NO_DATA, freshness, at);
        }
        ShownStatus status = freshness == Freshness.UNKNOWN ? ShownStatus.UNKNOWN
                : ShownStatus.of(evidence.get().state().band());
        return new FeedStatus(status, freshness, at);
    }

    public boolean isStale() {
        return freshness == Freshness.STALE && status != ShownStatus.NO_DATA;
    }
}
