package kr.maskportal.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import kr.maskportal.seller.control.SellerCatalog;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.seller.control.SellerRow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One poll of {@code stores/json}: sellers new to the portal are added and placed in their districts; when every
 * page arrived, sellers no longer listed are marked vanished. A refused or partial list never removes anyone.
 */
@ApplicationScoped
public class StoresIngest {

    private static final Logger LOG = Logger.getLogger(StoresIngest.class.getName());

    @Inject
    FeedPageWalker walker;

    @Inject
    FeedStore store;

    @Inject
    SellerCatalog catalog;

    @Inject
    SellerDirectory directory;

    @Inject
    FeedMetrics metrics;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.feed.per-page", defaultValue = "500")
    int perPage;

    public StoresRefreshResult refresh() {
        Instant started = clock.instant();
        var refresh = new FeedRefresh(FeedEndpoint.STORES);
        walker.walk(refresh, perPage);
        StoresRefreshResult result = refresh.stores(directory.current().sellerCount());
        Instant finished = clock.instant();

        var summary = RefreshSummary.of(FeedEndpoint.STORES, started, finished, result.refusal(),
                result.listings().size(), result.rejected(), result.pages().problems(), result.problems());
        try {
            if (result.accepted()) {
                boolean complete = result.pages().problems().isEmpty()
                        && result.pages().arrivedPages() == result.pages().expectedPages();
                List<SellerRow> rows = result.listings().stream()
                        .map(l -> new SellerRow(0, l.code(), l.name(), l.type(), l.address(), l.location()))
                        .toList();
                if (catalog.applyStoreList(rows, complete, finished).any()) {
                    catalog.publishDirectory(finished);
                }
            } else {
                LOG.warning(() -> "store list refused (" + summary.outcome() + "): " + summary.reasonsJson());
            }
            store.record(List.of(), summary.record());
        } catch (RuntimeException e) {
            LOG.warning(() -> "store list could not be applied, nothing changed: " + e);
        }
        metrics.refreshed(summary, Duration.between(started, clock.instant()));
        return result;
    }
}
