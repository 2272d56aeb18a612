package kr.maskportal.admin.control;

/** A record of a seller file that was skipped or loaded in part, with where it was and why. */
public final class FileProblem {

    private final String sourceName;
    private final int lineNumber;
    private final String reason;
    private final String rawLine;

    FileProblem(String sourceName, int lineNumber, String reason, String rawLine) {
        this.sourceName = sourceName;
        this.lineNumber = lineNumber;
        this.reason = reason;
        this.rawLine = rawLine;
    }

    public String getSourceName() {
        return sourceName;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getReason() {
        return reason;
    }

    public String getReasonKey() {
        return ReasonKeys.fileProblem(reason);
    }

    public String getRawLine() {
        return rawLine;
    }
}
