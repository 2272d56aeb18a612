package kr.maskportal.stock.control.merge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.entity.ReportKind;

/**
 * The reports that still count at {@code now}, oldest first. Reports never outlive the sales day (rule 6), and the
 * sales day is the Korean calendar day: a report of 23:59:59 no longer counts at 00:00:00 KST. A report stamped
 * after {@code now} has not happened yet as far as {@code now} is concerned; that keeps the merge a function of
 * its instant, so a day can be replayed or an official's timeline drawn from the same reports.
 */
record TodaysReports(List<ReportEvidence> inOrder) {

    static TodaysReports at(Instant now, Collection<ReportEvidence> reports) {
        LocalDate today = salesDayOf(now);
        return new TodaysReports(reports.stream()
                .filter(r -> !r.reportedAt().isAfter(now) && salesDayOf(r.reportedAt()).equals(today))
                .sorted(ReportEvidence.ORDER)
                .toList());
    }

    static LocalDate salesDayOf(Instant at) {
        return LocalDate.ofInstant(at, Korea.ZONE);
    }

    Optional<ReportEvidence> latest(ReportKind first, ReportKind... rest) {
        EnumSet<ReportKind> kinds = EnumSet.of(first, rest);
        return inOrder.stream().filter(r -> kinds.contains(r.kind())).reduce((earlier, later) -> later);
    }

    Optional<ReportEvidence> latestOnStock() {
        return inOrder.stream().filter(ReportEvidence::speaksOfStock).reduce((earlier, later) -> later);
    }
}
