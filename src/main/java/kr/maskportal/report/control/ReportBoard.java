package kr.maskportal.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.stock.control.merge.ReportEvidence;

/**
 * Today's pharmacists' reports in memory, by seller, as the status merge reads them. Updated report by report
 * (a new report is on the public pages as soon as it is stored), emptied when the Korean sales day turns.
 */
@ApplicationScoped
public class ReportBoard {

    private static final Comparator<ReportEvidence> IN_ORDER_MADE =
            Comparator.comparing(ReportEvidence::reportedAt).thenComparingLong(ReportEvidence::sequence);

    private final Map<String, List<ReportEvidence>> today = new HashMap<>();
    private LocalDate day;
    private volatile long version;

    public synchronized List<ReportEvidence> reports(String sellerCode) {
        return List.copyOf(today.getOrDefault(sellerCode, List.of()));
    }

    /** Changes whenever a report is added or undone: for caching rendered pages. */
    public long version() {
        return version;
    }

    synchronized void restore(Collection<Map.Entry<String, ReportEvidence>> reports, LocalDate sameDay) {
        today.clear();
        day = sameDay;
        reports.forEach(r -> today.computeIfAbsent(r.getKey(), c -> new ArrayList<>()).add(r.getValue()));
        version++;
    }

    synchronized void add(String sellerCode, ReportEvidence report, Clock clock) {
        turnDay(clock);
        if (addIfNew(sellerCode, report)) {
            version++;
        }
    }

    /** A batch's reports at once: one new version for all of them, so cached pages are rendered again once. */
    synchronized void addAll(Collection<Map.Entry<String, ReportEvidence>> reports, Clock clock) {
        turnDay(clock);
        boolean changed = false;
        for (Map.Entry<String, ReportEvidence> report : reports) {
            changed |= addIfNew(report.getKey(), report.getValue());
        }
        if (changed) {
            version++;
        }
    }

    /**
     * What the database holds that the board may not: today's reports read since the last catch-up (those already
     * on the board are skipped) and today's undone ones, by seller code. Changes the version only when the board
     * changed, so that cached pages stay valid across a catch-up that found nothing new.
     */
    synchronized void follow(Collection<Map.Entry<String, ReportEvidence>> stored,
            Collection<Map.Entry<String, Long>> undone, Clock clock) {
        turnDay(clock);
        boolean changed = false;
        for (Map.Entry<String, ReportEvidence> report : stored) {
            changed |= addIfNew(report.getKey(), report.getValue());
        }
        for (Map.Entry<String, Long> taken : undone) {
            List<ReportEvidence> reports = today.get(taken.getKey());
            changed |= reports != null && reports.removeIf(r -> r.sequence() == taken.getValue());
        }
        if (changed) {
            version++;
        }
    }

    /** Kept in the order they were made, whichever instance told the board first. */
    private boolean addIfNew(String sellerCode, ReportEvidence report) {
        List<ReportEvidence> reports = today.computeIfAbsent(sellerCode, c -> new ArrayList<>());
        if (reports.stream().anyMatch(r -> r.sequence() == report.sequence())) {
            return false;
        }
        reports.add(report);
        reports.sort(IN_ORDER_MADE);
        return true;
    }

    synchronized void remove(String sellerCode, long sequence) {
        List<ReportEvidence> reports = today.get(sellerCode);
        if (reports != null && reports.removeIf(r -> r.sequence() == sequence)) {
            version++;
        }
    }

    /** Yesterday's reports never count again (the merge ignores them too); dropping them keeps memory flat. */
    private void turnDay(Clock clock) {
        LocalDate now = LocalDate.ofInstant(clock.instant(), Korea.ZONE);
        if (!now.equals(day)) {
            today.clear();
            day = now;
        }
    }
}
