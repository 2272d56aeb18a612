package kr.maskportal.feed.control;

import java.util.Optional;

/**
 * Why a whole refresh was refused. An overloaded upstream server answered with half the pages, or with every
 * {@code remain_stat} null; applying that would blank most of the country, which is worse than keeping the last good
 * refresh and letting it age visibly.
 */
public enum RefreshRefusal {
    /** Fewer than half of the expected pages arrived, or none at all. */
    TOO_FEW_PAGES,
    /** Fewer than half as many sellers as after the last accepted refresh would have a band (stock) or be listed (stores). */
    TOO_FEW_SELLERS,
    /** The first refresh ever brought nothing to accept. */
    NOTHING_ACCEPTED;

    /**
     * The acceptance rule. Exactly half is still accepted.
     *
     * @param previousSellers sellers with a band (or listed) after the last accepted refresh; 0 when there was none
     * @param sellers         the same count for this refresh
     * @param acceptedRecords records of this refresh that passed validation
     */
    public static Optional<RefreshRefusal> judge(PageTally pages, int previousSellers, int sellers,
                                                 int acceptedRecords) {
        if (previousSellers <= 0) {
            // nothing shown yet that a poor refresh could blank, so anything is better than nothing
            return acceptedRecords > 0 ? Optional.empty() : Optional.of(NOTHING_ACCEPTED);
        }
        if (pages.arrivedPages() == 0 || 2L * pages.arrivedPages() < pages.expectedPages()) {
            return Optional.of(TOO_FEW_PAGES);
        }
        if (2L * sellers < previousSellers) {
            return Optional.of(TOO_FEW_SELLERS);
        }
        return Optional.empty();
    }
}
