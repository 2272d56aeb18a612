package kr.maskportal.stock.control.forecast;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.stock.entity.StockBand;

/**
 * One seller's sales day as its history tells it: the delivery, and when the feed first showed each band of that
 * delivery. Band times are the feed's {@code created_at}, so they carry the feed's lag; differences between two of
 * them do not. The sold-out report is the pharmacist's own time, which does not lag.
 *
 * @param deliveredAt       the feed's {@code stock_at} of the day's first delivery; null when none came
 * @param someAt            when the feed first showed {@code some} for that delivery; null when it never did
 * @param fewAt             likewise {@code few}
 * @param emptyAt           likewise {@code empty}
 * @param reportedSoldOutAt the pharmacist's first "sold out" after the delivery; null when none
 */
public record SellerDay(LocalDate day, Instant deliveredAt, Instant someAt, Instant fewAt, Instant emptyAt,
        Instant reportedSoldOutAt) {

    public SellerDay {
        Objects.requireNonNull(day);
    }

    /**
     * The facts of one Korean day from the seller's stored feed rows of that day (oldest first) and the times of its
     * "sold out" reports. Rows of a later delivery end the day's story: the pattern is the first delivery's.
     */
    public static SellerDay of(LocalDate day, List<FeedState> rowsInOrder, List<Instant> soldOutReports) {
        Instant delivered = null;
        Instant some = null;
        Instant few = null;
        Instant empty = null;
        for (FeedState row : rowsInOrder) {
            if (row.stockAt() == null || !day.equals(LocalDate.ofInstant(row.stockAt(), Korea.ZONE))) {
                continue;
            }
            if (delivered == null) {
                delivered = row.stockAt();
            } else if (!delivered.equals(row.stockAt())) {
                break;
            }
            Instant at = row.createdAt();
            if (at == null || row.band() == null) {
                continue;
            }
            if (row.band() == StockBand.SOME && some == null) {
                some = at;
            } else if (row.band() == StockBand.FEW && few == null) {
                few = at;
            } else if (row.band() == StockBand.EMPTY && empty == null) {
                empty = at;
            }
        }
        Instant reported = null;
        if (delivered != null) {
            for (Instant report : soldOutReports) {
                if (report.isAfter(delivered) && day.equals(LocalDate.ofInstant(report, Korea.ZONE))
                        && (reported == null || report.isBefore(reported))) {
                    reported = report;
                }
            }
        }
        return new SellerDay(day, delivered, some, few, empty, reported);
    }

    /** How long the feed showed {@code few} before {@code empty}; lag-free, both ends lag alike. Null if unknown. */
    Duration fewLasted() {
        return between(fewAt, emptyAt);
    }

    /** How long the feed showed {@code some} and then {@code few} before {@code empty}; lag-free. Null if unknown. */
    Duration someLasted() {
        return between(someAt, emptyAt);
    }

    /**
     * How long {@code few} lasted for each unit of time {@code some} had lasted: this day's pace, which a seller
     * that sells at a steady rate keeps from day to day whatever its queue. Null when unknown.
     */
    Double fewPerSome() {
        Duration few = fewLasted();
        Duration some = between(someAt, fewAt);
        return few == null || some == null || some.isZero() ? null : (double) few.toMillis() / some.toMillis();
    }

    /**
     * How long {@code few} would have lasted on this day at {@code fewPerSome} for each unit of time in
     * {@code some}; null when the day did not show both, so that nothing can be said of it.
     */
    Duration fewLastsAtPace(double fewPerSome) {
        Duration some = between(someAt, fewAt);
        return some == null || fewLasted() == null ? null : Duration.ofMillis(Math.round(some.toMillis() * fewPerSome));
    }

    /**
     * How far the feed ran behind the pharmacist on this day's sell-out; null unless both said so, zero when the feed
     * was first.
     */
    Duration feedLag() {
        return between(reportedSoldOutAt, emptyAt);
    }

    /** When the seller sold out, in hindsight: the pharmacist's word, else the feed's less its lag; null if never. */
    public Instant soldOutAt(Duration feedLag) {
        if (reportedSoldOutAt != null) {
            return reportedSoldOutAt;
        }
        return emptyAt == null ? null : emptyAt.minus(feedLag);
    }

    /** From the delivery to the sell-out, as {@link #soldOutAt(Duration)} has it. */
    Duration toSoldOut(Duration feedLag) {
        return between(deliveredAt, soldOutAt(feedLag));
    }

    /** From the delivery to the feed's {@code few}, true time. */
    Duration toFew(Duration feedLag) {
        return fewAt == null ? null : between(deliveredAt, fewAt.minus(feedLag));
    }

    boolean delivered() {
        return deliveredAt != null;
    }

    private static Duration between(Instant from, Instant to) {
        if (from == null || to == null) {
            return null;
        }
        Duration d = Duration.between(from, to);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
