package kr.maskportal.seller.control;

/** Why a record of a seller file was skipped, or kept with something left out. */
public enum SellerFileProblemReason {
    /** No header line, or the header lacks one of the columns addr, code, name, type. */
    MISSING_HEADER_COLUMN,
    /** A quoted field never closed; the record's first line is skipped and reading goes on with the next. */
    BROKEN_QUOTING,
    WRONG_COLUMN_COUNT,
    MISSING_CODE,
    /** Not 8 to 10 digits. */
    BAD_CODE,
    /** The same code already came in an earlier record of the file; the later one is skipped. */
    DUPLICATE_CODE,
    MISSING_NAME,
    NAME_TOO_LONG,
    MISSING_TYPE,
    /** Not 01, 02 or 03. */
    BAD_TYPE,
    MISSING_ADDRESS,
    ADDRESS_TOO_LONG,
    /** Kept without coordinates: not numbers, or only one of the two given. */
    BAD_COORDINATES,
    /** Kept without coordinates: the point lies outside the box around Korea. */
    COORDINATES_OUTSIDE_KOREA
}
