package kr.maskportal.feed.control;

import java.util.Objects;

/**
 * How a new feed observation of a seller relates to the last one stored, and so whether it earns a history row.
 * Every poll re-reads the whole country with a fresh {@code created_at}; storing each would grow the history by
 * millions of rows a day that say nothing new.
 */
public enum FeedChange {
    /** Nothing stored yet for this seller. */
    FIRST(true),
    /** {@code stock_at} moved forward, or came where there was none: a new delivery, which may raise the status. */
    NEW_DELIVERY(true),
    /** {@code stock_at} moved back or vanished: an upstream correction, worth keeping, but no new delivery. */
    STOCK_AT_CORRECTED(true),
    /** Same delivery, another band: stock sold down, or a correction upstream. */
    BAND_CHANGED(true),
    /**
     * Same band and delivery, only {@code created_at} moved. No history row; the current state should still take
     * the new {@code created_at}, as the evidence is now younger.
     */
    REPOLLED(false),
    /** Produced before the stored row: a lagging mirror or a replayed page must not roll the status back. */
    OUTDATED(false);

    private final boolean worthStoring;

    FeedChange(boolean worthStoring) {
        this.worthStoring = worthStoring;
    }

    public boolean worthStoring() {
        return worthStoring;
    }

    /** @param last the seller's last stored feed state, or null when there is none */
    public static FeedChange between(FeedState last, SaleObservation next) {
        if (last == null) {
            return FIRST;
        }
        if (last.createdAt() != null && next.createdAt() != null && next.createdAt().isBefore(last.createdAt())) {
            return OUTDATED;
        }
        if (!Objects.equals(last.stockAt(), next.stockAt())) {
            boolean later = next.stockAt() != null
                    && (last.stockAt() == null || next.stockAt().isAfter(last.stockAt()));
            return later ? NEW_DELIVERY : STOCK_AT_CORRECTED;
        }
        if (last.band() != next.band()) {
            return BAND_CHANGED;
        }
        return REPOLLED;
    }
}
