package kr.maskportal.report.control.token;

/** Who a valid token speaks for: the token (recorded on each report) and the account whose bindings it has. */
public record TokenHolder(long tokenId, long accountId) {
}
