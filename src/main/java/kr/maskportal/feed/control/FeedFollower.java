package kr.maskportal.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import kr.maskportal.feed.entity.FeedRefreshRecord;
import kr.maskportal.platform.cluster.CatchUpDue;
import kr.maskportal.seller.control.SellerCatalog;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.StockBoard;

/**
 * On an instance that does not poll the feed (another holds the lease): the stock board follows the refreshes the
 * polling instance logs, in order, at every catch-up. An accepted sales refresh brings each seller's newest stored
 * history row, as a restart would; a refused or failed one ages the data as it did on the poller; an accepted store
 * list rebuilds the seller directory from the database.
 */
@ApplicationScoped
public class FeedFollower {

    @Inject
    FeedStore store;

    @Inject
    StockBoard board;

    @Inject
    FeedLeadership leadership;

    @Inject
    SellerCatalog catalog;

    private long lastRefreshId;

    /** Where following starts: the refresh the start-up's restore of the board already reflects. */
    synchronized void startAfter(long refreshId) {
        lastRefreshId = refreshId;
    }

    void catchUp(@Observes CatchUpDue due) {
        follow();
    }

    synchronized void follow() {
        List<FeedRefreshRecord> refreshes = store.refreshesAfter(lastRefreshId);
        if (refreshes.isEmpty()) {
            return;
        }
        lastRefreshId = refreshes.get(refreshes.size() - 1).getId();
        if (!leadership.following()) {
            return; // this instance logged them itself, and its board already shows them
        }
        Map<String, FeedEvidence> latest = null;
        for (FeedRefreshRecord refresh : refreshes) {
            boolean accepted = FeedStore.ACCEPTED.equals(refresh.getOutcome());
            if (!FeedEndpoint.SALES.name().equals(refresh.getEndpoint())) {
                if (accepted) {
                    // the store list may have added or removed sellers: the directory as the database now has it
                    catalog.publishDirectory(refresh.getFinishedAt());
                }
                continue;
            }
            if (accepted) {
                latest = latest == null ? store.latestEvidence() : latest;
                board.accepted(latest, refresh.getFinishedAt());
            } else {
                board.failed(refresh.getFinishedAt());
            }
        }
    }
}
