package kr.maskportal.feed.control;

/** Why a whole page of the feed was unusable. */
public enum PageFailure implements FeedPageResult {
    /** An HTML error page, an empty body, or anything else that does not even start like JSON. */
    NOT_JSON,
    /** JSON that stops before its end, as when the upstream server dropped the connection mid-page. */
    TRUNCATED_JSON,
    /** JSON with a syntax error before its end, or with something after its end. */
    MALFORMED_JSON,
    /** Valid JSON, but not an object holding the endpoint's list of records. */
    WRONG_SHAPE,
    /** For the caller: the page could not be fetched at all (time-out, refused connection, HTTP error status). */
    FETCH_FAILED
}
