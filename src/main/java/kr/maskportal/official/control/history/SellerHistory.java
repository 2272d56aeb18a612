package kr.maskportal.official.control.history;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.merge.ReportEvidence;

/**
 * What the feed and the pharmacists said about one seller over a span of time: the input of the officials'
 * reports, which replay it through the same status merge residents saw.
 *
 * @param districtCode null for a seller the directory could not place
 * @param feed         the feed's changes, oldest first, starting before the span where there was one, so that the
 *                     feed's word at the span's start is known
 * @param reports      the reports that were not undone, oldest first (in the merge's order)
 */
public record SellerHistory(String sellerCode, String districtCode, List<FeedEvidence> feed,
                            List<ReportEvidence> reports) {

    public SellerHistory {
        Objects.requireNonNull(sellerCode);
        feed = feed.stream().sorted(Comparator.comparing(FeedEvidence::observedAt)).toList();
        reports = reports.stream()
                .sorted(Comparator.comparing(ReportEvidence::reportedAt).thenComparingLong(ReportEvidence::sequence))
                .toList();
    }
}
