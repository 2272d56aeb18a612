package kr.maskportal.seller.control;

import java.util.Objects;

/**
 * Something wrong with one record of a seller file, for administrators to follow up.
 *
 * @param lineNumber physical line where the record starts; the header is line 1
 * @param rawText    the record as it stood in the file, cut to {@value #MAX_RAW_TEXT} characters
 * @param rowSkipped true when the seller was not read at all; false when it was kept with the faulty part left out
 */
public record SellerFileProblem(int lineNumber, SellerFileProblemReason reason, String rawText, boolean rowSkipped) {

    /** The width of {@code seller_file_problem.raw_line}. */
    public static final int MAX_RAW_TEXT = 1000;

    public SellerFileProblem {
        Objects.requireNonNull(reason, "reason");
        rawText = rawText == null ? "" : rawText;
        if (rawText.length() > MAX_RAW_TEXT) {
            rawText = rawText.substring(0, MAX_RAW_TEXT);
        }
    }
}
