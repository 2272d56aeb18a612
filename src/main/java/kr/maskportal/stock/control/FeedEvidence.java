package kr.maskportal.stock.control;

import java.time.Instant;
import java.util.Objects;
import kr.maskportal.feed.control.FeedState;

/**
 * What the feed last said about one seller, and since when the portal has seen it say so.
 *
 * @param observedAt when a poll first brought this state (the row of {@code feed_history})
 */
public record FeedEvidence(FeedState state, Instant observedAt) {

    public FeedEvidence {
        Objects.requireNonNull(state);
        Objects.requireNonNull(observedAt);
    }

    /**
     * The moment this evidence speaks for: when the feed produced the row ({@code created_at}), or, where the feed
     * left that out, when the portal first saw it. Never later than the portal's own observation.
     */
    public Instant evidenceAt() {
        Instant created = state.createdAt();
        return created == null || created.isAfter(observedAt) ? observedAt : created;
    }
}
