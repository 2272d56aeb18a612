package kr.maskportal.vendor.control;

/**
 * One line of an uploaded seller list as the preview shows it: a seller to be bound (code and name), or a line
 * refused (as read, with the reason and, for a duplicate, the line it repeats). A view model with getters for EL.
 */
public final class PreviewRow {

    private final int line;
    private final String code;
    private final String name;
    private final String text;
    private final SellerListFile.Reason reason;
    private final Integer firstLine;

    private PreviewRow(int line, String code, String name, String text, SellerListFile.Reason reason,
            Integer firstLine) {
        this.line = line;
        this.code = code;
        this.name = name;
        this.text = text;
        this.reason = reason;
        this.firstLine = firstLine;
    }

    static PreviewRow bound(int line, String code, String name) {
        return new PreviewRow(line, code, name, null, null, null);
    }

    static PreviewRow refused(SellerListFile.Refused refused) {
        return new PreviewRow(refused.line(), null, null, refused.text(), refused.reason(), refused.firstLine());
    }

    public int getLine() {
        return line;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getText() {
        return text;
    }

    /** The message key of the reason a line is refused; null for a line to be bound. */
    public String getReasonKey() {
        return reason == null ? null : "admin.vendor.preview.reason." + reason.name();
    }

    /** For a duplicate, the line that named the code first. */
    public Integer getFirstLine() {
        return firstLine;
    }
}
