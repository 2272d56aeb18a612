package kr.maskportal.official.control.lag;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.maskportal.official.control.history.SellerHistory;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.merge.ReportEvidence;
import kr.maskportal.stock.entity.StockBand;

/**
 * The 2020 problem, measured on one seller's history: how long the feed went on showing masks after the pharmacist
 * said they were gone, and how often the feed and the pharmacist disagreed. Pure: the history and "now" are
 * handed in.
 * <p>
 * <b>Episodes.</b> A "sold out" report at time r opens an episode when the feed's latest change seen at or before
 * r ({@code observedAt ≤ r}) shows {@code plenty}, {@code some} or {@code few}. No feed row at all, a row without a
 * band, or a feed already at {@code empty} or {@code break} opens none: there was nothing to lag. The feed's later
 * changes ({@code observedAt > r}) are then read in order:
 * <ul>
 *     <li>the first with {@code empty} or {@code break} is the feed agreeing: the lag is its {@code observedAt − r}
 *     (when the portal first saw it, which is what residents saw);</li>
 *     <li>one that shows a new delivery first (its {@code stock_at} after r, with {@code plenty}, {@code some} or
 *     {@code few}) ends the episode as <i>superseded</i>: the pharmacist's "sold out" was overtaken by masks, so it
 *     is counted apart and has no lag;</li>
 *     <li>anything else (the feed moving from {@code plenty} to {@code few} within the same delivery, say) keeps it
 *     open;</li>
 *     <li>when the feed has not agreed before the report's sales day ends (midnight in Korea, 15:00 UTC; a change
 *     seen at midnight itself belongs to the next day), the episode <i>never agreed</i>: censored, counted apart,
 *     never in the median. For a day not over yet, "the end" is {@code now}.</li>
 * </ul>
 * Further "sold out" reports made while an episode is open (before it ended) repeat it: they are counted in it and
 * open no episode of their own, and the lag runs from the first.
 * <p>
 * <b>Disagreements.</b> Every stock report (sold out, "N remaining", closed) whose implied level is below the
 * level the feed showed at that moment (its latest change with {@code observedAt ≤} the report) counts once, a
 * repeated report again. Levels: {@code plenty} &gt; {@code some} &gt; {@code few} &gt; {@code empty} =
 * {@code break}; sold out means {@code empty}, closed means {@code break}, "N remaining" the band of N. Without a
 * feed band at that moment there is nothing to disagree with. A report saying more than the feed (a restock) is no
 * disagreement: the feed cannot know of masks it has not been told of.
 */
public final class LagRules {

    private LagRules() {
    }

    /** The episodes of one seller, oldest first. {@code now} cuts off a sales day that is not over. */
    public static List<LagEpisode> episodes(SellerHistory history, Instant now) {
        List<FeedEvidence> feed = history.feed();
        List<LagEpisode> episodes = new ArrayList<>();
        LagEpisode open = null;
        for (ReportEvidence report : history.reports()) {
            if (report.kind() != ReportKind.SOLD_OUT) {
                continue;
            }
            Instant r = report.reportedAt();
            if (open != null && r.isBefore(open.endedAt())) {
                open = repeated(open);
                episodes.set(episodes.size() - 1, open);
                continue;
            }
            Optional<StockBand> shown = bandAt(feed, r);
            if (shown.isEmpty() || !hasMasks(shown.get())) {
                continue;
            }
            open = follow(history, feed, r, now);
            episodes.add(open);
        }
        return episodes;
    }

    /** The seller's stock reports that said less than the feed showed, oldest first. */
    public static List<Disagreement> disagreements(SellerHistory history) {
        List<Disagreement> found = new ArrayList<>();
        for (ReportEvidence report : history.reports()) {
            Optional<StockBand> implied = impliedLevel(report);
            if (implied.isEmpty()) {
                continue;
            }
            Optional<StockBand> shown = bandAt(history.feed(), report.reportedAt());
            if (shown.isPresent() && level(implied.get()) < level(shown.get())) {
                found.add(new Disagreement(history.sellerCode(), history.districtCode(), report.reportedAt(),
                        report.kind(), implied.get(), shown.get()));
            }
        }
        return found;
    }

    /** The end of the Korean sales day that holds this instant: the next midnight in Seoul. */
    public static Instant endOfSalesDay(Instant at) {
        return koreanDay(at).plusDays(1).atStartOfDay(Korea.ZONE).toInstant();
    }

    public static LocalDate koreanDay(Instant at) {
        return at.atZone(Korea.ZONE).toLocalDate();
    }

    private static LagEpisode follow(SellerHistory history, List<FeedEvidence> feed, Instant r, Instant now) {
        Instant dayEnd = endOfSalesDay(r);
        Instant cut = now.isBefore(dayEnd) ? now : dayEnd;
        for (FeedEvidence change : feed) {
            Instant seen = change.observedAt();
            if (!seen.isAfter(r)) {
                continue;
            }
            if (!seen.isBefore(cut)) {
                break;
            }
            StockBand band = change.state().band();
            if (band == StockBand.EMPTY || band == StockBand.BREAK) {
                return episode(history, r, LagOutcome.AGREED, seen, Duration.between(r, seen));
            }
            Instant stockAt = change.state().stockAt();
            if (band != null && hasMasks(band) && stockAt != null && stockAt.isAfter(r)) {
                return episode(history, r, LagOutcome.SUPERSEDED, seen, null);
            }
        }
        return episode(history, r, LagOutcome.NEVER_AGREED, cut, null);
    }

    private static LagEpisode episode(SellerHistory history, Instant r, LagOutcome outcome, Instant ended,
            Duration lag) {
        return new LagEpisode(history.sellerCode(), history.districtCode(), koreanDay(r), r, 1, outcome, ended, lag);
    }

    private static LagEpisode repeated(LagEpisode e) {
        return new LagEpisode(e.sellerCode(), e.districtCode(), e.day(), e.reportedAt(), e.reports() + 1,
                e.outcome(), e.endedAt(), e.lag());
    }

    /** The band of the feed's latest change seen at or before the moment; empty without one or without a band. */
    static Optional<StockBand> bandAt(List<FeedEvidence> feed, Instant moment) {
        StockBand band = null;
        for (FeedEvidence change : feed) {
            if (change.observedAt().isAfter(moment)) {
                break;
            }
            band = change.state().band();
        }
        return Optional.ofNullable(band);
    }

    private static Optional<StockBand> impliedLevel(ReportEvidence report) {
        return switch (report.kind()) {
            case SOLD_OUT -> Optional.of(StockBand.EMPTY);
            case CLOSED -> Optional.of(StockBand.BREAK);
            case REMAINING -> Optional.of(StockBand.forCount(report.number()));
            default -> Optional.empty();
        };
    }

    private static boolean hasMasks(StockBand band) {
        return level(band) > 0;
    }

    /** plenty 3, some 2, few 1, empty and break 0. */
    static int level(StockBand band) {
        return switch (band) {
            case PLENTY -> 3;
            case SOME -> 2;
            case FEW -> 1;
            case EMPTY, BREAK -> 0;
        };
    }
}
