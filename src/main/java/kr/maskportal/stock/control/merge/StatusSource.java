package kr.maskportal.stock.control.merge;

/** Who stands behind a shown status (rule 7). */
public enum StatusSource {
    /** The feed alone: no report of today says the same, either because there is none or the feed overruled it. */
    FEED,
    /** A report of today, which the feed does not echo today (it is silent, older than today, or says otherwise). */
    PHARMACIST,
    /** A report and a feed row, both of today, give the same status. */
    BOTH,
    /** The feed showed masks, and the seller's own history says they are likely gone by now (rule 8). */
    FORECAST,
    /** Nobody has said anything about the stock: the status is no data. */
    NONE
}
