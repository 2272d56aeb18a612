package kr.maskportal.report.entity;

import java.util.Objects;

/**
 * Who made a report: a person (their account, and their own token when it came from their till) or a point-of-sale
 * vendor (which vendor, through which of its tokens). Exactly one of account and vendor, as the table's check says.
 */
public record ReportSource(Long accountId, Long vendorId, Long apiTokenId) {

    public ReportSource {
        if ((accountId == null) == (vendorId == null)) {
            throw new IllegalArgumentException("a report is a person's or a vendor's: account " + accountId
                    + ", vendor " + vendorId);
        }
        if (vendorId != null) {
            Objects.requireNonNull(apiTokenId, "a vendor reports through a token");
        }
    }

    /** @param apiTokenId the person's own point-of-sale token, or null for the form */
    public static ReportSource person(Long accountId, Long apiTokenId) {
        return new ReportSource(Objects.requireNonNull(accountId), null, apiTokenId);
    }

    public static ReportSource vendor(long vendorId, long apiTokenId) {
        return new ReportSource(null, vendorId, apiTokenId);
    }

    public boolean isVendor() {
        return vendorId != null;
    }
}
