package kr.maskportal.stock.control.merge;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.Freshness;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.entity.StockBand;

/**
 * The effective status of one seller (DESIGN.md, "Effective status", rules 1 to 7): the feed's latest row merged
 * with the pharmacist's reports, judged at {@code now}. Pure: no I/O, no clock of its own.
 * <p>
 * Ages: feed evidence is stale from {@code staleAfter} and shown as unknown from {@code unknownAfter}. A status a
 * report stands behind never turns unknown, since reports live for the sales day (rule 6); a count is marked stale
 * like feed evidence, because masks keep selling after it, while "sold out" and "closed" stay fresh all day, since
 * they are declared to hold until something else happens (rules 3 and 4).
 */
public final class StatusMerge {

    private StatusMerge() {
    }

    /**
     * @param feed    the seller's latest feed row and when the portal first saw it; empty when the feed has none
     * @param reports the seller's reports, in any order; those of another Korean day or stamped after {@code now}
     *                are left out here, so the caller may pass more than today's
     */
    public static EffectiveStatus merge(Optional<FeedEvidence> feed, Collection<ReportEvidence> reports,
            Instant now, MergeSettings settings) {
        return merge(feed, reports, now, settings, SellOutForecast.NONE);
    }

    /** As above, with rule 8: {@code forecast} may judge a status that rests on the feed alone. */
    public static EffectiveStatus merge(Optional<FeedEvidence> feed, Collection<ReportEvidence> reports,
            Instant now, MergeSettings settings, SellOutForecast forecast) {
        return judge(feed, reports, now, settings, forecast)
                .deliveredAt(feed.map(f -> f.state().stockAt()).orElse(null));
    }

    private static EffectiveStatus judge(Optional<FeedEvidence> feed, Collection<ReportEvidence> reports,
            Instant now, MergeSettings settings, SellOutForecast forecast) {
        TodaysReports today = TodaysReports.at(now, reports);
        QueueLength queue = today.latest(ReportKind.QUEUE)
                .filter(q -> Duration.between(q.reportedAt(), now).compareTo(settings.queueValidFor()) < 0)
                .map(q -> new QueueLength(q.number(), q.reportedAt(),
                        settings.servicePerPerson().multipliedBy(q.number())))
                .orElse(null);
        PharmacistNotice notice = today.latest(ReportKind.NOTICE)
                .map(n -> new PharmacistNotice(n.text(), n.reportedAt()))
                .orElse(null);

        Optional<ReportEvidence> closing = today.latest(ReportKind.CLOSED, ReportKind.REOPENED)
                .filter(r -> r.kind() == ReportKind.CLOSED);
        if (closing.isPresent()) {
            return closed(closing.get(), feed, now, queue, notice);
        }
        StockLine line = StockLine.of(feed, today);
        if (line.band() == null) {
            return noData(feed, now, settings, queue, notice);
        }
        if (line.report() == null) {
            return feedAlone(line.feed(), now, settings, queue, notice, forecast);
        }
        return reported(line, now, settings, queue, notice);
    }

    /** Rule 4: only the pharmacist's reopening or the end of the day lifts it; a new delivery does not. */
    private static EffectiveStatus closed(ReportEvidence closing, Optional<FeedEvidence> feed, Instant now,
            QueueLength queue, PharmacistNotice notice) {
        Optional<FeedEvidence> echo = feed.filter(f -> f.state().band() == StockBand.BREAK && spokeToday(f, now));
        Instant at = echo.map(f -> later(closing.reportedAt(), f.evidenceAt())).orElse(closing.reportedAt());
        StatusSource source = echo.isPresent() ? StatusSource.BOTH : StatusSource.PHARMACIST;
        return new EffectiveStatus(ShownStatus.BREAK, false, source, at, Freshness.FRESH, queue, notice, null)
                .reportedAt(closing.reportedAt());
    }

    /** As {@link kr.maskportal.stock.control.FeedStatus} has it: "no data" stays that, whatever its age. */
    private static EffectiveStatus noData(Optional<FeedEvidence> feed, Instant now, MergeSettings settings,
            QueueLength queue, PharmacistNotice notice) {
        if (feed.isEmpty()) {
            return new EffectiveStatus(ShownStatus.NO_DATA, false, StatusSource.NONE, null, Freshness.UNKNOWN,
                    queue, notice, null);
        }
        Instant at = feed.get().evidenceAt();
        return new EffectiveStatus(ShownStatus.NO_DATA, false, StatusSource.FEED, at, freshness(at, now, settings),
                queue, notice, null);
    }

    private static EffectiveStatus feedAlone(FeedEvidence feed, Instant now, MergeSettings settings,
            QueueLength queue, PharmacistNotice notice, SellOutForecast forecast) {
        // Rule 8 belongs here and nowhere else: a forecast from the seller's own history may only judge a status
        // that rests on the feed alone, because a fresh report or a new delivery always wins over it.
        Instant at = feed.evidenceAt();
        Freshness freshness = freshness(at, now, settings);
        ShownStatus status = freshness == Freshness.UNKNOWN ? ShownStatus.UNKNOWN : ShownStatus.of(feed.state().band());
        if (status.hasMasks() && forecast.soldOutLikely(feed, now)) {
            return new EffectiveStatus(ShownStatus.LIKELY_SOLD_OUT, false, StatusSource.FORECAST, at, freshness,
                    queue, notice, null, null, null, forecast.pattern().usualSoldOut());
        }
        boolean likely = likelySoldOut(status, feed.state().band(), null, queue, settings);
        return new EffectiveStatus(status, likely, StatusSource.FEED, at, freshness, queue, notice, null);
    }

    private static EffectiveStatus reported(StockLine line, Instant now, MergeSettings settings, QueueLength queue,
            PharmacistNotice notice) {
        ReportEvidence report = line.report();
        // Both must have spoken today: yesterday's feed agreeing with today's report confirms nothing.
        boolean both = line.feed() != null && spokeToday(line.feed(), now);
        Instant at = both ? later(report.reportedAt(), line.feed().evidenceAt()) : report.reportedAt();
        Freshness freshness = report.kind() == ReportKind.SOLD_OUT ? Freshness.FRESH
                : neverUnknown(freshness(at, now, settings));
        RemainingCount remaining = report.isCount() ? new RemainingCount(report.number(), report.reportedAt()) : null;
        ShownStatus status = ShownStatus.of(line.band());
        boolean likely = likelySoldOut(status, line.band(), remaining, queue, settings);
        return new EffectiveStatus(status, likely, both ? StatusSource.BOTH : StatusSource.PHARMACIST, at, freshness,
                queue, notice, remaining).reportedAt(report.reportedAt());
    }

    /**
     * Rule 5, against the upper bound of the band, or the count itself when the status rests on one. A band with no
     * ceiling ({@code plenty}) never runs out on paper, and a status without masks has nothing left to run out of.
     */
    private static boolean likelySoldOut(ShownStatus status, StockBand band, RemainingCount remaining,
            QueueLength queue, MergeSettings settings) {
        if (queue == null || !status.hasMasks()) {
            return false;
        }
        OptionalInt masks = remaining != null ? OptionalInt.of(remaining.masks()) : band.upperBound();
        return masks.isPresent() && (long) queue.people() * settings.masksPerPerson() >= masks.getAsInt();
    }

    private static boolean spokeToday(FeedEvidence feed, Instant now) {
        return TodaysReports.salesDayOf(feed.evidenceAt()).equals(TodaysReports.salesDayOf(now));
    }

    private static Freshness freshness(Instant at, Instant now, MergeSettings settings) {
        return Freshness.of(at, now, settings.staleAfter(), settings.unknownAfter());
    }

    private static Freshness neverUnknown(Freshness freshness) {
        return freshness == Freshness.UNKNOWN ? Freshness.STALE : freshness;
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }

    /** ShownStatus keeps its own mapping package-private; the names are the same by design. */
}
