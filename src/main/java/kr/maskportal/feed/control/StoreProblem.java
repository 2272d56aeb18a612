package kr.maskportal.feed.control;

/** What was wrong with a store record of the feed. Most drop the record; {@link #keepsRecord()} says which do not. */
public enum StoreProblem {
    MISSING_CODE,
    /** Not 8 to 10 digits, the width of a seller code. */
    BAD_CODE,
    MISSING_NAME,
    NAME_TOO_LONG,
    MISSING_TYPE,
    /** Not 01, 02 or 03. */
    BAD_TYPE,
    MISSING_ADDRESS,
    ADDRESS_TOO_LONG,
    /** The code already had an accepted record in this refresh; the first one stands. */
    DUPLICATE_CODE,
    /** Kept without coordinates: not numbers, or only one of the two given. */
    BAD_COORDINATES(true),
    /** Kept without coordinates: the point lies outside the box around Korea, usually swapped or zero. */
    COORDINATES_OUTSIDE_KOREA(true);

    private final boolean keepsRecord;

    StoreProblem() {
        this(false);
    }

    StoreProblem(boolean keepsRecord) {
        this.keepsRecord = keepsRecord;
    }

    public boolean keepsRecord() {
        return keepsRecord;
    }
}
