package kr.maskportal.stock.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import kr.maskportal.feed.control.FeedStore;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.stock.control.merge.ReportEvidence;

/**
 * A seller's sales day so far, newest first: the feed's changes (as the portal first saw them) and the
 * pharmacist's reports that stand (undone ones left out), in one list.
 */
@ApplicationScoped
public class SellerTimeline {

    @Inject
    FeedStore feed;

    @Inject
    ReportBoard reports;

    @Inject
    Clock clock;

    public List<TimelineEntry> today(String sellerCode) {
        Instant midnight = LocalDate.ofInstant(clock.instant(), Korea.ZONE).atStartOfDay(Korea.ZONE).toInstant();
        List<TimelineEntry> entries = new ArrayList<>();
        for (FeedEvidence change : feed.changesSince(sellerCode, midnight)) {
            String band = change.state().band() == null ? "NONE" : change.state().band().name();
            entries.add(new TimelineEntry(change.evidenceAt(), "timeline.feed." + band, null, null));
        }
        for (ReportEvidence report : reports.reports(sellerCode)) {
            if (!report.reportedAt().isBefore(midnight)) {
                entries.add(new TimelineEntry(report.reportedAt(), "timeline.report." + report.kind().name(),
                        report.number(), report.text()));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::at).reversed());
        return entries;
    }
}
