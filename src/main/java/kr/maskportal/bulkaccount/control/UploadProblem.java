package kr.maskportal.bulkaccount.control;

/** Why a whole file is refused before any row is looked at; the message is {@code admin.import.file.<name>}. */
public enum UploadProblem {
    MISSING,
    /** Over {@link ImportFile#MAX_BYTES}. */
    TOO_BIG,
    /** Over {@link ImportFile#MAX_ROWS} data rows. */
    TOO_MANY_ROWS,
    NOT_UTF8,
    /** No header row, or one without the three columns. */
    NO_HEADER,
    /** A header and nothing under it. */
    NO_ROWS;

    public String getMessageKey() {
        return "admin.import.file." + name();
    }
}
