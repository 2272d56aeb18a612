package kr.maskportal.report.entity;

/**
 * What a pharmacist (or a point-of-sale program on their behalf) can tell the portal about one seller. Which of
 * these may raise, lower or hide a status is decided by the effective-status merge, not here.
 */
public enum ReportKind {
    /** Nothing left to sell; holds until a new delivery or the end of the sales day. */
    SOLD_OUT(false, false),
    /** A queue of {@code number} people waiting. */
    QUEUE(true, false),
    /** {@code number} masks counted on the shelf. */
    REMAINING(true, false),
    /** Not selling today. */
    CLOSED(false, false),
    /** Selling again after {@link #CLOSED}. */
    REOPENED(false, false),
    /** A new delivery, {@code number} masks on the shelf after it. */
    RESTOCKED(true, false),
    /** A short free text for residents, at most {@link #NOTICE_MAX_LENGTH} characters. */
    NOTICE(false, true);

    /** Counted in code points, so that a Hangul or emoji notice is not cut short by its UTF-16 length. */
    public static final int NOTICE_MAX_LENGTH = 200;

    private final boolean carriesNumber;
    private final boolean carriesText;

    ReportKind(boolean carriesNumber, boolean carriesText) {
        this.carriesNumber = carriesNumber;
        this.carriesText = carriesText;
    }

    /** Whether a report of this kind needs a number (people or masks, zero or more) and has no other. */
    public boolean carriesNumber() {
        return carriesNumber;
    }

    /** Whether a report of this kind needs a text and has no other. */
    public boolean carriesText() {
        return carriesText;
    }
}
