package kr.maskportal.report.control.token;

import kr.maskportal.report.entity.ReportSource;

/**
 * Who a valid token speaks for: the token (recorded on each report) and either the pharmacist account whose bindings
 * it has or the vendor whose seller list it has.
 */
public record TokenHolder(long tokenId, Long accountId, Long vendorId) {

    public boolean isVendor() {
        return vendorId != null;
    }

    /** What its reports record as their source. */
    public ReportSource source() {
        return isVendor() ? ReportSource.vendor(vendorId, tokenId) : ReportSource.person(accountId, tokenId);
    }
}
