package kr.maskportal.official.control.day;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import kr.maskportal.official.control.history.SellerHistory;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.control.merge.EffectiveStatus;
import kr.maskportal.stock.control.merge.MergeSettings;
import kr.maskportal.stock.control.merge.ReportEvidence;
import kr.maskportal.stock.control.merge.StatusMerge;

/**
 * An official's day report, computed from the district's history by replaying the very merge residents saw
 * ({@link StatusMerge}): at a moment {@code t} a seller's status is the merge of the latest feed change the portal
 * had seen by then ({@code observedAt <= t}) with the reports made by then ({@code reportedAt <= t}), judged at
 * {@code t}. Pure: no I/O, no clock of its own.
 * <p>
 * The day is the Korean calendar day, 00:00 to 24:00 Asia/Seoul (15:00 to 15:00 UTC). For today, only what has
 * happened by {@code now} counts, and only the hours that are over are reported.
 */
public final class DayReports {

    private static final int HOURS = 24;

    private DayReports() {
    }

    public static DayReport of(List<SellerHistory> district, LocalDate date, MergeSettings settings, Instant now) {
        ZonedDateTime midnight = date.atStartOfDay(Korea.ZONE);
        Instant start = midnight.toInstant();
        Instant end = date.plusDays(1).atStartOfDay(Korea.ZONE).toInstant();
        // what was said at the very instant of now has happened too
        Instant until = now.isBefore(end) ? now.plusNanos(1) : end;

        List<SellerDay> sellers = new ArrayList<>(district.size());
        List<String> neverReported = new ArrayList<>();
        for (SellerHistory history : district) {
            sellers.add(sellerDay(history, start, until, settings));
            if (history.reports().stream().noneMatch(r -> within(r.reportedAt(), start, until))) {
                neverReported.add(history.sellerCode());
            }
        }

        List<HourShare> hours = new ArrayList<>();
        List<HourQueues> queues = new ArrayList<>();
        for (int hour = 0; hour < HOURS; hour++) {
            Instant from = midnight.plusHours(hour).toInstant();
            Instant to = midnight.plusHours(hour + 1L).toInstant();
            if (to.isAfter(now)) {
                break;
            }
            hours.add(share(district, hour, to, settings));
            queues.add(queues(district, hour, from, to));
        }
        return new DayReport(date, sellers, hours, queues, neverReported);
    }

    /**
     * The first moment of the day the seller was shown as sold out. Between two consecutive events of the day (the
     * day's start, a feed change seen, a report made) the merge's inputs do not change; only the time it is judged
     * at moves on, and time alone can only age a status: fresh to stale, a colour to "unknown" after three hours, a
     * queue expiring. None of these turns a status into sold out (a report of sold out holds all day and is never
     * aged to unknown, and an ageing feed row becomes "unknown", not "empty"). So a status becomes sold out only at
     * an event, and judging the merge at each event, in order, finds the first sold out exactly. The same holds for
     * having masks again after it: nothing but an event can give a seller masks.
     */
    private static SellerDay sellerDay(SellerHistory history, Instant start, Instant until, MergeSettings settings) {
        TreeSet<Instant> moments = new TreeSet<>();
        moments.add(start);
        history.feed().stream().map(FeedEvidence::observedAt).filter(t -> within(t, start, until))
                .forEach(moments::add);
        history.reports().stream().map(ReportEvidence::reportedAt).filter(t -> within(t, start, until))
                .forEach(moments::add);
        if (!start.isBefore(until)) {
            return new SellerDay(history.sellerCode(), null, null, false, null);
        }
        EffectiveStatus soldOut = null;
        Instant soldOutAt = null;
        for (Instant t : moments) {
            EffectiveStatus status = statusAt(history, t, settings);
            if (soldOutAt == null) {
                if (status.status() == ShownStatus.EMPTY) {
                    soldOut = status;
                    soldOutAt = t;
                }
            } else if (status.status().hasMasks()) {
                return new SellerDay(history.sellerCode(), soldOutAt, soldOut.source(), before(soldOut, start), t);
            }
        }
        return soldOutAt == null ? new SellerDay(history.sellerCode(), null, null, false, null)
                : new SellerDay(history.sellerCode(), soldOutAt, soldOut.source(), before(soldOut, start), null);
    }

    /** Whether a status rests on nothing said this day: the feed's sold out of the evening before, still fresh. */
    private static boolean before(EffectiveStatus status, Instant start) {
        return status.evidenceAt() != null && status.evidenceAt().isBefore(start);
    }

    /** At the hour's last instant: everything said before the next hour began, nothing said at it. */
    private static HourShare share(List<SellerHistory> district, int hour, Instant to, MergeSettings settings) {
        Instant last = to.minusNanos(1);
        int withMasks = 0;
        int soldOut = 0;
        int notSelling = 0;
        int unknown = 0;
        for (SellerHistory history : district) {
            ShownStatus status = statusAt(history, last, settings).status();
            if (status.hasMasks()) {
                withMasks++;
            } else if (status == ShownStatus.EMPTY) {
                soldOut++;
            } else if (status == ShownStatus.BREAK) {
                notSelling++;
            } else {
                unknown++;
            }
        }
        return new HourShare(hour, withMasks, soldOut, notSelling, unknown);
    }

    private static HourQueues queues(List<SellerHistory> district, int hour, Instant from, Instant to) {
        int reports = 0;
        long people = 0;
        int longest = -1;
        Set<String> sellers = new HashSet<>();
        for (SellerHistory history : district) {
            for (ReportEvidence report : history.reports()) {
                if (report.kind() == ReportKind.QUEUE && within(report.reportedAt(), from, to)) {
                    reports++;
                    people += report.number();
                    longest = Math.max(longest, report.number());
                    sellers.add(history.sellerCode());
                }
            }
        }
        return reports == 0 ? new HourQueues(hour, 0, 0, OptionalDouble.empty(), OptionalInt.empty())
                : new HourQueues(hour, reports, sellers.size(), OptionalDouble.of((double) people / reports),
                        OptionalInt.of(longest));
    }

    static EffectiveStatus statusAt(SellerHistory history, Instant t, MergeSettings settings) {
        return StatusMerge.merge(feedAt(history.feed(), t), history.reports(), t, settings);
    }

    /** The latest feed change seen by {@code t}; the feed is oldest first. */
    private static Optional<FeedEvidence> feedAt(List<FeedEvidence> feed, Instant t) {
        FeedEvidence latest = null;
        for (FeedEvidence change : feed) {
            if (change.observedAt().isAfter(t)) {
                break;
            }
            latest = change;
        }
        return Optional.ofNullable(latest);
    }

    /** {@code from} inclusive, {@code to} exclusive. */
    private static boolean within(Instant t, Instant from, Instant to) {
        return !t.isBefore(from) && t.isBefore(to);
    }
}
