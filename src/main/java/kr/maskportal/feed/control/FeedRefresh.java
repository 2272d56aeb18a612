package kr.maskportal.feed.control;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * All pages of one endpoint in one poll. Pages are added as they come, in any order and from any thread; then
 * {@link #sales} or {@link #stores} checks the records of the good pages in page order (so that "the first of two
 * records with one code" means the same whatever order the pages arrived in) and applies the acceptance rule.
 */
public final class FeedRefresh {

    private final FeedEndpoint endpoint;
    private final TreeMap<Integer, FeedPage> goodPages = new TreeMap<>();
    private final Map<Integer, PageProblem> failedPages = new HashMap<>();
    private final Map<PageProblem, Integer> problems = new EnumMap<>(PageProblem.class);

    public FeedRefresh(FeedEndpoint endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint);
    }

    public FeedEndpoint endpoint() {
        return endpoint;
    }

    /**
     * @param requestedPage the page number that was asked for, from 1; always 1 for the unpaged endpoints
     * @param result        what {@link FeedPageParser} made of the body, or {@link PageFailure#FETCH_FAILED}
     */
    public synchronized void add(int requestedPage, FeedPageResult result) {
        if (requestedPage < 1 || !endpoint.paged() && requestedPage != 1) {
            throw new IllegalArgumentException("no page " + requestedPage + " of " + endpoint);
        }
        if (goodPages.containsKey(requestedPage)) {
            count(PageProblem.DUPLICATE_PAGE);
            return;
        }
        if (result instanceof PageFailure failure) {
            fail(requestedPage, PageProblem.of(failure));
        } else if (result instanceof FeedPage page) {
            if (page.page() != null && page.page() != requestedPage) {
                fail(requestedPage, PageProblem.WRONG_PAGE_NUMBER);
            } else {
                // a retry that succeeded replaces the failure, which stays counted
                failedPages.remove(requestedPage);
                goodPages.put(requestedPage, page);
            }
        } else {
            throw new IllegalArgumentException("no page result: " + result);
        }
    }

    private void fail(int requestedPage, PageProblem problem) {
        failedPages.put(requestedPage, problem);
        count(problem);
    }

    /**
     * Checks the stock records and judges the refresh.
     *
     * @param knownSellers     codes of the sellers the portal knows
     * @param now              when the poll ran; times more than ten minutes after it are refused
     * @param previouslyBanded how many sellers had a band after the last accepted refresh of this endpoint (for
     *                         {@code storesByAddr}: of that address), 0 when there was none
     */
    public synchronized SalesRefreshResult sales(Set<String> knownSellers, Instant now, int previouslyBanded) {
        if (!endpoint.carriesSales()) {
            throw new IllegalStateException(endpoint + " carries no stock");
        }
        SaleRecordValidator validator = new SaleRecordValidator(knownSellers, now);
        PageTally pages = tallyAndRead(validator::add);
        int banded = (int) validator.observations().stream().filter(o -> o.band() != null).count();
        return new SalesRefreshResult(pages, validator.observations(), validator.problems(), banded,
                RefreshRefusal.judge(pages, previouslyBanded, banded, validator.observations().size()).orElse(null));
    }

    /**
     * Checks the store records and judges the refresh.
     *
     * @param previouslyListed how many stores the last accepted refresh of this endpoint listed, 0 when there was none
     */
    public synchronized StoresRefreshResult stores(int previouslyListed) {
        if (!endpoint.carriesStores()) {
            throw new IllegalStateException(endpoint + " carries no stores");
        }
        StoreRecordValidator validator = new StoreRecordValidator();
        PageTally pages = tallyAndRead(validator::add);
        int listed = validator.listings().size();
        return new StoresRefreshResult(pages, validator.listings(), validator.problems(),
                RefreshRefusal.judge(pages, previouslyListed, listed, listed).orElse(null));
    }

    private PageTally tallyAndRead(Consumer<FeedRecord> reader) {
        int expected = expectedPages();
        Map<PageProblem, Integer> tally = new EnumMap<>(problems);
        int arrived = 0;
        for (int number = 1; number <= expected; number++) {
            FeedPage page = goodPages.get(number);
            if (page == null) {
                if (!failedPages.containsKey(number)) {
                    tally.merge(PageProblem.MISSING_PAGE, 1, Integer::sum);
                }
            } else if (page.records().isEmpty() && number < expected) {
                tally.merge(PageProblem.EMPTY_PAGE, 1, Integer::sum);
            } else {
                arrived++;
            }
        }
        // pages past the expected number still hold real records: the total can grow while a poll runs
        goodPages.values().forEach(page -> page.records().forEach(reader));
        return new PageTally(expected, arrived, tally);
    }

    private int expectedPages() {
        if (!endpoint.paged()) {
            return 1;
        }
        int reported = goodPages.values().stream()
                .filter(p -> p.totalPages() != null).mapToInt(FeedPage::totalPages).max().orElse(0);
        if (reported > 0) {
            return reported;
        }
        int highestGood = goodPages.isEmpty() ? 0 : goodPages.lastKey();
        int highestFailed = failedPages.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        return Math.max(highestGood, highestFailed);
    }

    private void count(PageProblem problem) {
        problems.merge(problem, 1, Integer::sum);
    }
}
