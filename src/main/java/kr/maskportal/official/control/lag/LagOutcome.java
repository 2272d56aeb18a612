package kr.maskportal.official.control.lag;

/** How a lag episode ended; only {@link #AGREED} episodes have a lag that enters the median and percentile. */
public enum LagOutcome {
    /** The feed said {@code empty} or {@code break} later that sales day. */
    AGREED,
    /**
     * The feed had not agreed by the end of the report's sales day (Korea midnight), or, for today, by the time the
     * report was made: censored, counted apart, never in the median.
     */
    NEVER_AGREED,
    /** Before agreeing, the feed showed a new delivery with masks: the pharmacist's word was overtaken. */
    SUPERSEDED
}
