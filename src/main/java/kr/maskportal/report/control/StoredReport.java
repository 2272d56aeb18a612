package kr.maskportal.report.control;

import java.time.Instant;
import kr.maskportal.report.entity.Report;
import kr.maskportal.report.entity.ReportKind;

/** A stored report as pages and the API hand it out: a copy, never the managed entity. */
public record StoredReport(long id, String sellerCode, ReportKind kind, Integer number, String notice,
                           Instant reportedAt, boolean undone) {

    static StoredReport of(Report report) {
        return new StoredReport(report.getId(), report.getSellerCode(), report.getKind(), report.getAmount(),
                report.getNotice(), report.getReportedAt(), report.isUndone());
    }

    /** For Expression Language, which cannot read record components. */
    public long getId() {
        return id;
    }

    public ReportKind getKind() {
        return kind;
    }

    public Integer getNumber() {
        return number;
    }

    public String getNotice() {
        return notice;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public boolean isUndone() {
        return undone;
    }
}
