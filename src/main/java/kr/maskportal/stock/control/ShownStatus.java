package kr.maskportal.stock.control;

import kr.maskportal.stock.entity.StockBand;

/**
 * What a resident is told about a seller's stock: a band, or one of the honest non-answers. Each has its own word,
 * colour and symbol on the pages, so colour is never the only signal.
 */
public enum ShownStatus {
    PLENTY,
    SOME,
    FEW,
    /**
     * The feed still shows masks, but its evidence has aged past the point where this seller usually sells out
     * (DESIGN.md rule 8): a forecast, shown with its reason, and published as {@code empty}.
     */
    LIKELY_SOLD_OUT,
    EMPTY,
    /** Not selling today. */
    BREAK,
    /** The evidence is too old to be shown as a colour (DESIGN.md rule 6). */
    UNKNOWN,
    /** The feed has said nothing yet today, as before a delivery. */
    NO_DATA;

    public static ShownStatus of(StockBand band) {
        return switch (band) {
            case PLENTY -> PLENTY;
            case SOME -> SOME;
            case FEW -> FEW;
            case EMPTY -> EMPTY;
            case BREAK -> BREAK;
        };
    }

    /** Whether a resident may expect to buy masks there. */
    public boolean hasMasks() {
        return this == PLENTY || this == SOME || this == FEW;
    }
}
