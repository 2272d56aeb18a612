package kr.maskportal.report.control;

import kr.maskportal.report.entity.ReportKind;

/** One report of a batch as read from the request, with its place in it; nothing checked beyond its JSON. */
public record BatchItem(int index, String sellerCode, ReportKind kind, Integer number, String notice) {
}
