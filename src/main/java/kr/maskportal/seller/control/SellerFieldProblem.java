package kr.maskportal.seller.control;

/**
 * What {@link SellerFieldRules} found wrong with a seller's fields. Each source reports it under its own reason of
 * the same name ({@code StoreProblem} for the feed, {@link SellerFileProblemReason} for a seller file), whose names
 * other code and stored data rely on.
 */
public enum SellerFieldProblem {
    MISSING_CODE,
    /** Not 8 to 10 digits, the width of a seller code. */
    BAD_CODE,
    MISSING_NAME,
    NAME_TOO_LONG,
    MISSING_TYPE,
    /** Not 01, 02 or 03 (nor 1, 2 or 3). */
    BAD_TYPE,
    MISSING_ADDRESS,
    ADDRESS_TOO_LONG,
    /** The code was already accepted from an earlier record; the first one stands. */
    DUPLICATE_CODE,
    /** The seller is kept without coordinates: not numbers, or only one of the two given. */
    BAD_COORDINATES,
    /** The seller is kept without coordinates: the point lies outside the box around Korea, usually swapped or zero. */
    COORDINATES_OUTSIDE_KOREA
}
