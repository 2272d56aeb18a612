package kr.maskportal.feed.control;

/** What went wrong with a page of a refresh. None of these discards the good pages of the same refresh. */
public enum PageProblem {
    BAD_PAGE_NOT_JSON,
    BAD_PAGE_TRUNCATED_JSON,
    BAD_PAGE_MALFORMED_JSON,
    BAD_PAGE_WRONG_SHAPE,
    BAD_PAGE_FETCH_FAILED,
    /** The body says it is another page than the one asked for; its records are not used. */
    WRONG_PAGE_NUMBER,
    /** The same page came twice; the first good one stands. */
    DUPLICATE_PAGE,
    /** No records on a page before the last: the upstream server answered without its data. */
    EMPTY_PAGE,
    /** A page up to the expected number that never came, neither good nor failed. */
    MISSING_PAGE;

    static PageProblem of(PageFailure failure) {
        return switch (failure) {
            case NOT_JSON -> BAD_PAGE_NOT_JSON;
            case TRUNCATED_JSON -> BAD_PAGE_TRUNCATED_JSON;
            case MALFORMED_JSON -> BAD_PAGE_MALFORMED_JSON;
            case WRONG_SHAPE -> BAD_PAGE_WRONG_SHAPE;
            case FETCH_FAILED -> BAD_PAGE_FETCH_FAILED;
        };
    }
}
