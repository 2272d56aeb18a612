package kr.maskportal.stock.control.forecast;

import static kr.maskportal.stock.control.forecast.SellerDayTest.DAY;
import static kr.maskportal.stock.control.forecast.SellerDayTest.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.Test;

/** A day that is over, replayed: when "likely sold out" was first shown, as the merge's rule had it. */
class ForecastHindsightTest {

    /** Lasts 20 minutes in few (or 0.4 times its time in some), never sold out before 40 minutes, lag 10. */
    private static final SellerPattern PATTERN = new SellerPattern(PatternBasis.ALL_DAYS, 5, LocalTime.of(10, 0),
            Duration.ofMinutes(70), Duration.ofMinutes(100), Duration.ofMinutes(20), 0.4, null, Duration.ofMinutes(40),
            Duration.ofHours(3), Duration.ofMinutes(10));
    private static final Instant DAY_END = DAY.plusDays(1).atStartOfDay(Korea.ZONE).toInstant();

    private static FeedEvidence seen(StockBand band, String createdAt, String observedAt) {
        return new FeedEvidence(new FeedState(band, at("10:00"), at(createdAt)), at(observedAt));
    }

    @Test
    void byTodaysPaceFromSomeTheForecastCameAt1102() {
        List<FeedEvidence> day = List.of(seen(StockBand.PLENTY, "10:10", "10:11"), seen(StockBand.SOME, "10:30", "10:31"),
                seen(StockBand.FEW, "11:00", "11:01"), seen(StockBand.EMPTY, "11:20", "11:21"));
        assertEquals(Optional.of(at("11:02")), ForecastHindsight.firstShown(day, List.of(), PATTERN, DAY_END));
    }

    @Test
    void withoutSomeByTheUsualTimeInFew() {
        List<FeedEvidence> day = List.of(seen(StockBand.PLENTY, "10:10", "10:11"), seen(StockBand.FEW, "11:00", "11:01"),
                seen(StockBand.EMPTY, "11:40", "11:41"));
        assertEquals(Optional.of(at("11:10")), ForecastHindsight.firstShown(day, List.of(), PATTERN, DAY_END));
    }

    @Test
    void theFeedSayingEmptyFirstMeansNoForecastWasShown() {
        List<FeedEvidence> day = List.of(seen(StockBand.FEW, "11:00", "11:01"), seen(StockBand.EMPTY, "11:05", "11:06"));
        assertEquals(Optional.empty(), ForecastHindsight.firstShown(day, List.of(), PATTERN, DAY_END));
    }

    @Test
    void thePharmacistsSoldOutFirstMeansNoForecastWasShown() {
        List<FeedEvidence> day = List.of(seen(StockBand.FEW, "11:00", "11:01"), seen(StockBand.EMPTY, "11:40", "11:41"));
        assertEquals(Optional.empty(), ForecastHindsight.firstShown(day, List.of(at("11:05")), PATTERN, DAY_END));
        assertEquals(Optional.of(at("11:10")),
                ForecastHindsight.firstShown(day, List.of(at("11:15")), PATTERN, DAY_END), "a later word: too late");
    }
}
