package kr.maskportal.official.control.lag;

import static kr.maskportal.official.control.lag.History.at;
import static kr.maskportal.official.control.lag.History.seller;
import static kr.maskportal.stock.entity.StockBand.BREAK;
import static kr.maskportal.stock.entity.StockBand.EMPTY;
import static kr.maskportal.stock.entity.StockBand.FEW;
import static kr.maskportal.stock.entity.StockBand.PLENTY;
import static kr.maskportal.stock.entity.StockBand.SOME;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kr.maskportal.official.control.history.SellerHistory;
import kr.maskportal.official.control.lag.LagReport.DayFigures;
import kr.maskportal.official.control.lag.LagReport.DistrictDay;
import kr.maskportal.official.control.lag.LagReport.SellerDisagreements;
import org.junit.jupiter.api.Test;

/**
 * The report's figures over six sellers in two districts and three days, worked out by hand:
 * <pre>
 * 41135, 03-10: S1 agreed after 4 min, S2 after 20 min, S3 after 70 min, S4 never, S5 superseded
 * 41131, 03-11: S6 agreed after 3 min
 * 03-12: nothing
 * </pre>
 */
class LagReportTest {

    private static final LocalDate MAR_10 = LocalDate.of(2020, 3, 10);
    private static final LocalDate MAR_11 = LocalDate.of(2020, 3, 11);
    private static final LocalDate MAR_12 = LocalDate.of(2020, 3, 12);

    private static List<SellerHistory> sixSellers() {
        return List.of(
                seller("S1").feed("09:00", PLENTY, "08:00").soldOut("10:00").feed("10:04", EMPTY, "08:00").build(),
                seller("S2").feed("09:00", SOME, "08:00").soldOut("11:00").feed("11:20", EMPTY, "08:00").build(),
                seller("S3").feed("09:00", FEW, "08:00").remaining("11:30", 1).soldOut("12:00")
                        .feed("13:10", BREAK, "08:00").build(),
                seller("S4").feed("09:00", PLENTY, "08:00").soldOut("20:00").build(),
                seller("S5").feed("09:00", SOME, "08:00").soldOut("11:00").feed("11:30", PLENTY, "11:25").build(),
                seller("S6", "41131").feed("03-11 09:00", FEW, "03-11 08:00").soldOut("03-11 10:00")
                        .feed("03-11 10:03", EMPTY, "03-11 08:00").build(),
                seller("S7", "41131").feed("09:00", PLENTY, "08:00").build());
    }

    private static LagReport report() {
        return LagReport.of(sixSellers(), MAR_10, MAR_12, at("03-31 00:00"));
    }

    private static Duration min(int minutes) {
        return Duration.ofMinutes(minutes);
    }

    @Test
    void totalsOverTheWholeSelection() {
        // agreed lags 3, 4, 20, 70: median rank ⌈2⌉ = 4 min, 90th rank ⌈3.6⌉ = 70 min
        assertEquals(new LagFigures(6, 4, min(4), min(70), min(70), 1, 1), report().total());
    }

    @Test
    void figuresPerDistrictAndDayOnlyWhereThereWereEpisodes() {
        // 41135: lags 4, 20, 70: median rank ⌈1.5⌉ = 20 min, 90th rank ⌈2.7⌉ = 70 min
        assertEquals(List.of(
                        new DistrictDay("41131", MAR_11, new LagFigures(1, 1, min(3), min(3), min(3), 0, 0)),
                        new DistrictDay("41135", MAR_10, new LagFigures(5, 3, min(20), min(70), min(70), 1, 1))),
                report().byDistrictDay());
    }

    @Test
    void figuresPerDayForEveryDayOfTheSpan() {
        assertEquals(List.of(
                        new DayFigures(MAR_10, new LagFigures(5, 3, min(20), min(70), min(70), 1, 1)),
                        new DayFigures(MAR_11, new LagFigures(1, 1, min(3), min(3), min(3), 0, 0)),
                        new DayFigures(MAR_12, LagFigures.NONE)),
                report().byDay());
    }

    @Test
    void theHistogramCountsAgreedLagsByBucketAndNeverAgreedApart() {
        assertEquals(Map.of(LagBucket.UNDER_5_MINUTES, 2, LagBucket.FROM_5_MINUTES, 0, LagBucket.FROM_15_MINUTES, 1,
                        LagBucket.FROM_30_MINUTES, 0, LagBucket.FROM_1_HOUR, 1, LagBucket.FROM_2_HOURS, 0,
                        LagBucket.NEVER, 1),
                report().histogram());
        assertEquals(List.of(LagBucket.values()), List.copyOf(report().histogram().keySet()), "in order");
    }

    @Test
    void bucketBoundsBelongToTheBucketAbove() {
        assertEquals(LagBucket.UNDER_5_MINUTES, LagBucket.of(Duration.ZERO));
        assertEquals(LagBucket.UNDER_5_MINUTES, LagBucket.of(min(5).minusMillis(1)));
        assertEquals(LagBucket.FROM_5_MINUTES, LagBucket.of(min(5)));
        assertEquals(LagBucket.FROM_15_MINUTES, LagBucket.of(min(15)));
        assertEquals(LagBucket.FROM_30_MINUTES, LagBucket.of(min(59)));
        assertEquals(LagBucket.FROM_1_HOUR, LagBucket.of(min(60)));
        assertEquals(LagBucket.FROM_2_HOURS, LagBucket.of(min(120)));
        assertEquals(LagBucket.FROM_2_HOURS, LagBucket.of(Duration.ofHours(9)));
    }

    @Test
    void sellersRankedByDisagreementsThenByTheirMedianLag() {
        // S3 disagreed twice (1 remaining under few, then sold out); the rest once each, the longer lag first,
        // those without an agreed episode last by code; S7 never reported
        LagReport report = report();
        assertEquals(List.of(
                        new SellerDisagreements("S3", "41135", 2, 1, min(70)),
                        new SellerDisagreements("S2", "41135", 1, 1, min(20)),
                        new SellerDisagreements("S1", "41135", 1, 1, min(4)),
                        new SellerDisagreements("S6", "41131", 1, 1, min(3)),
                        new SellerDisagreements("S4", "41135", 1, 1, null),
                        new SellerDisagreements("S5", "41135", 1, 1, null)),
                report.topSellers());
        assertEquals(7, report.disagreements());
    }

    @Test
    void atMostTwentySellersAreRanked() {
        List<SellerHistory> many = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(seller(String.format("T%02d", i)).feed("09:00", PLENTY, "08:00").soldOut("10:00")
                    .feed(String.format("10:%02d", i + 1), EMPTY, "08:00").build());
        }
        List<SellerDisagreements> top = LagReport.of(many, MAR_10, MAR_10, at("03-31 00:00")).topSellers();
        assertEquals(20, top.size());
        assertEquals("T24", top.get(0).sellerCode(), "the longest lag first among equals");
        assertEquals("T05", top.get(19).sellerCode());
    }

    @Test
    void nothingReportedGivesZerosAndEmptyTables() {
        LagReport report = LagReport.of(List.of(), MAR_10, MAR_11, at("03-31 00:00"));
        assertEquals(LagFigures.NONE, report.total());
        assertEquals(List.of(), report.byDistrictDay());
        assertEquals(2, report.byDay().size());
        assertEquals(List.of(), report.topSellers());
    }
}
