package kr.maskportal.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import kr.maskportal.feed.entity.FeedHistoryEntry;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.StockBoard;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One poll of {@code sales/json}: every page, checked record by record, judged as a whole, and, when accepted,
 * stored as history (changes only) and published to the stock board. A refused or failed poll changes nothing
 * residents see except the age shown beside the old data.
 */
@ApplicationScoped
public class SalesIngest {

    private static final Logger LOG = Logger.getLogger(SalesIngest.class.getName());

    @Inject
    FeedPageWalker walker;

    @Inject
    FeedStore store;

    @Inject
    StockBoard board;

    @Inject
    SellerDirectory directory;

    @Inject
    FeedMetrics metrics;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.feed.per-page", defaultValue = "500")
    int perPage;

    public SalesRefreshResult refresh() {
        Instant started = clock.instant();
        var refresh = new FeedRefresh(FeedEndpoint.SALES);
        walker.walk(refresh, perPage);
        Instant finished = clock.instant();
        SalesRefreshResult result = refresh.sales(directory.current().sellerCodes(), finished, board.bandedCount());

        var summary = RefreshSummary.of(FeedEndpoint.SALES, started, finished, result.refusal(),
                result.observations().size(), result.rejected(), result.pages().problems(), result.problems());
        try {
            if (result.accepted()) {
                apply(result, finished, summary);
            } else {
                store.record(List.of(), summary.record());
                board.failed(finished);
                LOG.warning(() -> "sales refresh refused (" + summary.outcome() + "): " + summary.reasonsJson());
            }
        } catch (RuntimeException e) {
            board.failed(finished);
            LOG.warning(() -> "sales refresh could not be stored, nothing changed: " + e);
        }
        metrics.refreshed(summary, Duration.between(started, clock.instant()));
        return result;
    }

    private void apply(SalesRefreshResult result, Instant observedAt, RefreshSummary summary) {
        Map<String, FeedEvidence> next = new HashMap<>(board.allFeedEvidence());
        List<FeedHistoryEntry> changes = new ArrayList<>();
        Map<FeedChange, Integer> kinds = new EnumMap<>(FeedChange.class);
        for (SaleObservation observation : result.observations()) {
            FeedEvidence last = next.get(observation.code());
            FeedChange change = FeedChange.between(last == null ? null : last.state(), observation);
            kinds.merge(change, 1, Integer::sum);
            if (change.worthStoring()) {
                changes.add(new FeedHistoryEntry(observation.code(), observedAt, observation.band(),
                        observation.stockAt(), observation.createdAt()));
                next.put(observation.code(), new FeedEvidence(observation.state(), observedAt));
            } else if (change != FeedChange.OUTDATED) {
                next.put(observation.code(), new FeedEvidence(observation.state(), last.observedAt()));
            }
        }
        store.record(changes, summary.record());
        board.accepted(next, observedAt);
        LOG.info(() -> "sales refresh accepted: " + result.observations().size() + " records, " + changes.size()
                + " changes stored " + kinds + ", rejected " + summary.reasonsJson());
    }
}
