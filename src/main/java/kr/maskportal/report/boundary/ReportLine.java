package kr.maskportal.report.boundary;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.control.Reports.Reporter;
import kr.maskportal.report.control.StoredReport;
import kr.maskportal.report.entity.ReportKind;

/**
 * One of today's reports on the pharmacist's page, or the report a confirmation names: when (Korean time), who,
 * what, and whether it was taken back. A copy, never the stored entity.
 */
public final class ReportLine {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final long id;
    private final String sellerCode;
    private final ReportKind kind;
    private final Object detail;
    private final LocalTime time;
    private final Reporter reporter;
    private final boolean undone;

    ReportLine(StoredReport report, Reporter reporter) {
        this.id = report.getId();
        this.sellerCode = report.sellerCode();
        this.kind = report.getKind();
        this.detail = report.getNotice() != null ? report.getNotice()
                : report.getNumber();
        this.time = LocalTime.ofInstant(report.getReportedAt(), Korea.ZONE);
        this.reporter = reporter;
        this.undone = report.isUndone();
    }

    long id() {
        return id;
    }

    String sellerCode() {
        return sellerCode;
    }

    ReportKind kind() {
        return kind;
    }

    /** What was reported, as a bundle key whose {@code {0}} is {@link #getDetail()}. */
    public String getWhatKey() {
        return ReportWords.line(kind);
    }

    /**
     * The number (the message groups its digits: 100,000) or the notice as written, which the page shows escaped
     * like everything else; null for the kinds that carry neither.
     */
    public Object getDetail() {
        return detail;
    }

    /** {@code HH:mm}, Korean time. */
    public String getTime() {
        return time.format(CLOCK_TIME);
    }

    /** The account's display name; null when the account is gone (it never is: accounts are disabled). */
    public String getWho() {
        return reporter == null ? null : reporter.displayName();
    }

    public boolean isPointOfSale() {
        return reporter != null && reporter.pointOfSale();
    }

    public boolean isUndone() {
        return undone;
    }
}
