package kr.maskportal.feed.control;

/** Why a stock record of the feed was dropped. Every one of these drops the record. */
public enum SaleProblem {
    MISSING_CODE,
    /** Not among the sellers the portal knows; the store list must bring it in first. */
    UNKNOWN_SELLER,
    /** A {@code remain_stat} that is none of the five codes; a missing one is allowed and means "no information". */
    UNKNOWN_REMAIN_STAT,
    /** {@code stock_at} or {@code created_at} given but not a real {@code yyyy/MM/dd HH:mm:ss}. */
    MALFORMED_TIME,
    /** {@code stock_at} or {@code created_at} more than the allowed skew after now: a clock or zone error upstream. */
    FUTURE_TIME,
    /** The code already had an accepted record in this refresh; the first one stands. */
    DUPLICATE_CODE
}
