package kr.maskportal.feed.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Walks every page of a paged endpoint into a {@link FeedRefresh}. A page that cannot be fetched is recorded as
 * failed and the walk goes on; an open circuit ends the walk at once, since every further page would fail too.
 */
@ApplicationScoped
public class FeedPageWalker {

    /** Far above the country's ~51 pages of 500; a feed claiming more is not believed page by page. */
    static final int MAX_PAGES = 1_000;

    private static final Logger LOG = Logger.getLogger(FeedPageWalker.class.getName());

    @Inject
    FeedClient client;

    public void walk(FeedRefresh refresh, int perPage) {
        FeedEndpoint endpoint = refresh.endpoint();
        int totalPages = 1;
        for (int number = 1; number <= totalPages; number++) {
            FeedPageResult result;
            try {
                result = client.page(endpoint, number, perPage);
            } catch (CircuitBreakerOpenException e) {
                LOG.warning(() -> "feed circuit open: " + endpoint.path() + " not polled this time");
                refresh.add(number, PageFailure.FETCH_FAILED);
                return;
            } catch (FeedUnreachable | FaultToleranceException e) {
                final int page = number;
                LOG.warning(() -> endpoint.path() + " page " + page + ": " + e.getMessage());
                result = PageFailure.FETCH_FAILED;
            }
            refresh.add(number, result);
            if (number == 1 && result instanceof FeedPage page && page.totalPages() != null) {
                totalPages = Math.min(page.totalPages(), MAX_PAGES);
            }
        }
    }
}
