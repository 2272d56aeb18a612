package kr.maskportal.stock.entity;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The feed's {@code remain_stat}: how many masks a seller has left, as a range, or {@link #BREAK} when it is not
 * selling. The bounds are the feed's own, so that a queue can be compared with what a band promises.
 */
public enum StockBand {
    PLENTY("plenty", 100, Integer.MAX_VALUE),
    SOME("some", 30, 99),
    FEW("few", 2, 29),
    EMPTY("empty", 0, 1),
    /** Sales stopped. It says nothing about how many masks are left, so it is no stock level. */
    BREAK("break");

    private static final int UNBOUNDED = Integer.MAX_VALUE;
    private static final int NOT_A_LEVEL = -1;

    private final String feedCode;
    private final int lowest;
    private final int highest;

    StockBand(String feedCode, int lowest, int highest) {
        this.feedCode = feedCode;
        this.lowest = lowest;
        this.highest = highest;
    }

    StockBand(String feedCode) {
        this(feedCode, NOT_A_LEVEL, NOT_A_LEVEL);
    }

    /** The feed's {@code remain_stat} value, e.g. {@code "few"}; also what the corrected open API publishes. */
    public String feedCode() {
        return feedCode;
    }

    /** The exact, case-sensitive codes of the 2020 contract; empty for null and anything else. */
    public static Optional<StockBand> fromFeedCode(String code) {
        for (StockBand band : values()) {
            if (band.feedCode.equals(code)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    public boolean isStockLevel() {
        return lowest != NOT_A_LEVEL;
    }

    /** The fewest masks this band means; empty for {@link #BREAK}. */
    public OptionalInt lowerBound() {
        return isStockLevel() ? OptionalInt.of(lowest) : OptionalInt.empty();
    }

    /** The most masks this band means; empty for {@link #PLENTY}, which has no ceiling, and for {@link #BREAK}. */
    public OptionalInt upperBound() {
        return isStockLevel() && highest != UNBOUNDED ? OptionalInt.of(highest) : OptionalInt.empty();
    }

    /**
     * Whether this band means fewer masks than the other. False whenever either is {@link #BREAK}: "not selling"
     * is a different kind of fact, and the status rules decide it on their own.
     */
    public boolean isLowerThan(StockBand other) {
        return isStockLevel() && other.isStockLevel() && lowest < other.lowest;
    }

    /** The lower of two stock levels, the band that wins within one delivery. */
    public static StockBand lowerOf(StockBand a, StockBand b) {
        if (!a.isStockLevel() || !b.isStockLevel()) {
            throw new IllegalArgumentException("BREAK is no stock level: " + a + ", " + b);
        }
        return b.isLowerThan(a) ? b : a;
    }

    /** The band a counted number of masks falls in, as when a pharmacist reports "N remaining". */
    public static StockBand forCount(int masks) {
        if (masks < 0) {
            throw new IllegalArgumentException("negative mask count: " + masks);
        }
        for (StockBand band : values()) {
            if (band.isStockLevel() && masks >= band.lowest && masks <= band.highest) {
                return band;
            }
        }
        throw new AssertionError("the stock levels cover every count from 0 up");
    }
}
