package kr.maskportal.stock.control.forecast;

/** What a {@link SellerPattern} was learned from, most specific first. */
public enum PatternBasis {
    /** The seller's own days of the same weekday. */
    SAME_WEEKDAY,
    /** The seller's own weekdays, or its own weekend days: Sunday sales are not Monday's. */
    SAME_KIND_OF_DAY,
    /** All the seller's own days. */
    ALL_DAYS,
    /** The seller has too little history: its district's days, pooled. */
    DISTRICT
}
