package kr.maskportal.official.control.lag;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.official.control.history.SellerHistory;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.merge.ReportEvidence;
import kr.maskportal.stock.entity.StockBand;

/**
 * A seller's history written as the tests think of it: Korean wall-clock times of 2020-03-10 ({@code "10:30"},
 * {@code "10:30:15"}), or of another day of March 2020 with {@code "03-11 00:05"}.
 */
final class History {

    static final LocalDate DAY = LocalDate.of(2020, 3, 10);

    private final String seller;
    private final String district;
    private final List<FeedEvidence> feed = new ArrayList<>();
    private final List<ReportEvidence> reports = new ArrayList<>();
    private long sequence = 1;

    private History(String seller, String district) {
        this.seller = seller;
        this.district = district;
    }

    static History seller(String seller, String district) {
        return new History(seller, district);
    }

    static History seller(String seller) {
        return new History(seller, "41135");
    }

    static Instant at(String time) {
        if (time.length() > 8 && time.charAt(2) == '-') {
            LocalDate date = LocalDate.of(2020, Integer.parseInt(time.substring(0, 2)),
                    Integer.parseInt(time.substring(3, 5)));
            return LocalDateTime.of(date, LocalTime.parse(time.substring(6))).atZone(Korea.ZONE).toInstant();
        }
        return LocalDateTime.of(DAY, LocalTime.parse(time)).atZone(Korea.ZONE).toInstant();
    }

    /** A feed change first seen at {@code seen}, of a delivery stocked at {@code stocked} (null: none given). */
    History feed(String seen, StockBand band, String stocked) {
        feed.add(new FeedEvidence(new FeedState(band, stocked == null ? null : at(stocked), at(seen)), at(seen)));
        return this;
    }

    History feedAt(Instant seen, StockBand band, Instant stocked) {
        feed.add(new FeedEvidence(new FeedState(band, stocked, seen), seen));
        return this;
    }

    History soldOut(String time) {
        return report(ReportKind.SOLD_OUT, null, at(time));
    }

    History soldOutAt(Instant time) {
        return report(ReportKind.SOLD_OUT, null, time);
    }

    History remaining(String time, int masks) {
        return report(ReportKind.REMAINING, masks, at(time));
    }

    History restocked(String time, int masks) {
        return report(ReportKind.RESTOCKED, masks, at(time));
    }

    History queue(String time, int people) {
        return report(ReportKind.QUEUE, people, at(time));
    }

    History closed(String time) {
        return report(ReportKind.CLOSED, null, at(time));
    }

    private History report(ReportKind kind, Integer number, Instant time) {
        reports.add(new ReportEvidence(kind, number, null, time, sequence++));
        return this;
    }

    SellerHistory build() {
        return new SellerHistory(seller, district, feed, reports);
    }
}
