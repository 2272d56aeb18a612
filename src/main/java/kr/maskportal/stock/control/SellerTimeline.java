package kr.maskportal.stock.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import kr.maskportal.feed.control.FeedStore;
import kr.maskportal.platform.DatabaseHealth;
import kr.maskportal.platform.persistence.DatabaseOutage;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.stock.control.merge.ReportEvidence;

/**
 * A seller's sales day so far, newest first: the feed's changes (as the portal first saw them) and the
 * pharmacist's reports that stand (undone ones left out), in one list. The feed's changes are read from the
 * database; while it cannot be reached, the changes last read for the seller today are shown (the page then says
 * its data may be old), so a seller's page never fails with the database.
 */
@ApplicationScoped
public class SellerTimeline {

    @Inject
    FeedStore feed;

    @Inject
    ReportBoard reports;

    @Inject
    Clock clock;

    @Inject
    DatabaseHealth database;

    /** The feed's changes of today as last read, per seller: at most one entry per seller of the directory. */
    private final ConcurrentMap<String, LastRead> lastRead = new ConcurrentHashMap<>();

    public List<TimelineEntry> today(String sellerCode) {
        Instant midnight = LocalDate.ofInstant(clock.instant(), Korea.ZONE).atStartOfDay(Korea.ZONE).toInstant();
        List<TimelineEntry> entries = new ArrayList<>();
        for (FeedEvidence change : feedChanges(sellerCode, midnight)) {
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

    private List<FeedEvidence> feedChanges(String sellerCode, Instant midnight) {
        if (database.isDown()) {
            return lastRead(sellerCode, midnight); // not even tried: a database that hangs would hold the page
        }
        try {
            List<FeedEvidence> changes = feed.changesSince(sellerCode, midnight);
            lastRead.put(sellerCode, new LastRead(midnight, changes));
            return changes;
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            database.failed(clock.instant());
            return lastRead(sellerCode, midnight);
        }
    }

    private List<FeedEvidence> lastRead(String sellerCode, Instant midnight) {
        LastRead last = lastRead.get(sellerCode);
        return last == null || !last.since().equals(midnight) ? List.of() : last.changes();
    }

    private record LastRead(Instant since, List<FeedEvidence> changes) {
    }
}
