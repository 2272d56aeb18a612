package kr.maskportal.stock.control.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.Test;

class SellerDayTest {

    static final LocalDate DAY = LocalDate.of(2020, 3, 11);

    static Instant at(String time) {
        return LocalTime.parse(time).atDate(DAY).atZone(Korea.ZONE).toInstant();
    }

    static FeedState row(StockBand band, String stockAt, String createdAt) {
        return new FeedState(band, stockAt == null ? null : at(stockAt), at(createdAt));
    }

    @Test
    void readsTheDeliveryAndWhenTheFeedFirstShowedEachBand() {
        SellerDay day = SellerDay.of(DAY, List.of(
                row(null, null, "00:00"),
                row(StockBand.PLENTY, "10:00", "10:10"),
                row(StockBand.SOME, "10:00", "10:40"),
                row(StockBand.FEW, "10:00", "11:10"),
                row(StockBand.FEW, "10:00", "11:10"),
                row(StockBand.EMPTY, "10:00", "11:40")), List.of(at("11:31"), at("11:45")));
        assertEquals(new SellerDay(DAY, at("10:00"), at("10:40"), at("11:10"), at("11:40"), at("11:31")), day);
        assertEquals(Duration.ofMinutes(30), day.fewLasted());
        assertEquals(1.0, day.fewPerSome());
        assertEquals(Duration.ofMinutes(9), day.feedLag());
        assertEquals(at("11:31"), day.soldOutAt(Duration.ofMinutes(9)));
        assertEquals(Duration.ofMinutes(91), day.toSoldOut(Duration.ofMinutes(9)));
        assertEquals(Duration.ofMinutes(61), day.toFew(Duration.ofMinutes(9)));
    }

    @Test
    void withoutAReportTheSellOutIsTheFeedsLessItsLag() {
        SellerDay day = SellerDay.of(DAY, List.of(
                row(StockBand.FEW, "10:00", "10:30"),
                row(StockBand.EMPTY, "10:00", "11:00")), List.of());
        assertEquals(at("10:50"), day.soldOutAt(Duration.ofMinutes(10)));
        assertNull(day.feedLag());
        assertNull(day.fewPerSome(), "no some, no pace");
    }

    @Test
    void aSecondDeliveryEndsTheDaysStoryAndYesterdaysDeliveryIsNoneOfIt() {
        SellerDay day = SellerDay.of(DAY, List.of(
                new FeedState(StockBand.FEW, at("10:00").minus(Duration.ofDays(1)), at("00:00")),
                row(StockBand.SOME, "10:00", "10:30"),
                row(StockBand.PLENTY, "15:00", "15:10"),
                row(StockBand.EMPTY, "15:00", "17:00")), List.of());
        assertEquals(new SellerDay(DAY, at("10:00"), at("10:30"), null, null, null), day);
        assertNull(day.soldOutAt(Duration.ZERO));
    }

    @Test
    void aReportBeforeTheDeliveryIsNotItsSellOut() {
        SellerDay day = SellerDay.of(DAY, List.of(row(StockBand.PLENTY, "10:00", "10:10")),
                List.of(at("09:00")));
        assertNull(day.reportedSoldOutAt());
    }

    @Test
    void aDayWithoutADeliveryHasNothing() {
        SellerDay day = SellerDay.of(DAY, List.of(row(StockBand.BREAK, null, "00:00")), List.of(at("12:00")));
        assertEquals(new SellerDay(DAY, null, null, null, null, null), day);
    }
}
