package kr.maskportal.stock.control.merge;

import static kr.maskportal.report.entity.ReportKind.REMAINING;
import static kr.maskportal.report.entity.ReportKind.SOLD_OUT;
import static kr.maskportal.stock.control.Freshness.FRESH;
import static kr.maskportal.stock.control.Freshness.STALE;
import static kr.maskportal.stock.control.ShownStatus.EMPTY;
import static kr.maskportal.stock.control.ShownStatus.FEW;
import static kr.maskportal.stock.control.ShownStatus.LIKELY_SOLD_OUT;
import static kr.maskportal.stock.control.ShownStatus.PLENTY;
import static kr.maskportal.stock.control.ShownStatus.SOME;
import static kr.maskportal.stock.control.ShownStatus.UNKNOWN;
import static kr.maskportal.stock.control.merge.MergeCase.at;
import static kr.maskportal.stock.control.merge.MergeCase.rule;
import static kr.maskportal.stock.control.merge.StatusSource.BOTH;
import static kr.maskportal.stock.control.merge.StatusSource.FEED;
import static kr.maskportal.stock.control.merge.StatusSource.FORECAST;
import static kr.maskportal.stock.control.merge.StatusSource.PHARMACIST;

import java.time.Duration;
import java.time.LocalTime;
import java.util.stream.Stream;
import kr.maskportal.stock.control.Freshness;
import kr.maskportal.stock.control.forecast.PatternBasis;
import kr.maskportal.stock.control.forecast.SellerPattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DESIGN.md rule 8, one sentence per row. The seller usually gets its masks at 10:00 and sells out at 11:40; it
 * never sold out sooner than 40 minutes after a delivery and always within 3 hours; it lasts at least 20 minutes in
 * {@code few}, or 0.4 times as long as it was in {@code some}, and at least 45 minutes from {@code some} to sold
 * out; its district's feed runs 10 minutes late. The day is
 * 2020-03-11 in Korea.
 */
class ForecastMergeTest {

    private static final SellerPattern USUAL = new SellerPattern(PatternBasis.ALL_DAYS, 5, LocalTime.of(10, 0),
            Duration.ofMinutes(70), Duration.ofMinutes(100), Duration.ofMinutes(20), 0.4, Duration.ofMinutes(45),
            Duration.ofMinutes(40), Duration.ofHours(3), Duration.ofMinutes(10));
    /** The same seller where its time from {@code some} to sold out varies too much to say. */
    private static final SellerPattern FEW_ONLY = new SellerPattern(PatternBasis.ALL_DAYS, 5, LocalTime.of(10, 0),
            Duration.ofMinutes(70), Duration.ofMinutes(100), Duration.ofMinutes(20), 0.4, null,
            Duration.ofMinutes(40), Duration.ofHours(3), Duration.ofMinutes(10));
    private static final SellOutForecast ON = new SellOutForecast(USUAL, false, null);

    @ParameterizedTest(name = "{0}")
    @MethodSource({"agedBands", "whatWinsOverAForecast", "noForecast"})
    void theRuleHolds(MergeCase row) {
        row.verify();
    }

    static Stream<MergeCase> agedBands() {
        return Stream.of(
                rule("few for less than the seller lasts in it, counting the feed's lag, is still few")
                        .forecast(ON).feed("few", "10:00", "11:00").now("11:09:59")
                        .shows(FEW, FEED, "11:00", FRESH).because(null),
                rule("few for as long as the seller lasts in it (10:50 really, plus 20 minutes) is likely sold out")
                        .forecast(ON).feed("few", "10:00", "11:00").now("11:10")
                        .shows(LIKELY_SOLD_OUT, FORECAST, "11:00", FRESH).because("11:40").delivered("10:00"),
                rule("a likely sold out ages like the feed row it rests on")
                        .forecast(ON).feed("few", "10:00", "11:00").now("11:35")
                        .shows(LIKELY_SOLD_OUT, FORECAST, "11:00", STALE).because("11:40"),
                rule("today's pace: 30 minutes in some give 12 in few, so likely sold out from 11:02")
                        .forecast(new SellOutForecast(USUAL, false, at("10:30"))).feed("few", "10:00", "11:00")
                        .now("11:02").shows(LIKELY_SOLD_OUT, FORECAST, "11:00", FRESH).because("11:40"),
                rule("today's pace, a minute before")
                        .forecast(new SellOutForecast(USUAL, false, at("10:30"))).feed("few", "10:00", "11:00")
                        .now("11:01").shows(FEW, FEED, "11:00", FRESH),
                rule("few aged past the usual before the seller's fastest sell-out is not forecast")
                        .forecast(ON).feed("few", "10:00", "10:15").now("10:39")
                        .shows(FEW, FEED, "10:15", FRESH),
                rule("few aged past the usual, right at the seller's fastest sell-out, is likely sold out")
                        .forecast(ON).feed("few", "10:00", "10:15").now("10:40")
                        .shows(LIKELY_SOLD_OUT, FORECAST, "10:15", FRESH),
                rule("some for less than the seller lasts from it to sold out (10:10 really, plus 45 minutes) is some")
                        .forecast(ON).feed("some", "10:00", "10:20").now("10:54:59")
                        .shows(SOME, FEED, "10:20", STALE).because(null),
                rule("some for as long as the seller lasts from it to sold out is likely sold out")
                        .forecast(ON).feed("some", "10:00", "10:20").now("10:55")
                        .shows(LIKELY_SOLD_OUT, FORECAST, "10:20", STALE).because("11:40"),
                rule("some is never judged by how long few lasts, nor by today's pace")
                        .forecast(new SellOutForecast(FEW_ONLY, false, at("10:20")))
                        .feed("some", "10:00", "10:20").now("12:00")
                        .shows(SOME, FEED, "10:20", STALE),

                rule("past the seller's slowest sell-out even plenty is likely sold out")
                        .forecast(ON).feed("plenty", "10:00", "10:10").now("13:00")
                        .shows(LIKELY_SOLD_OUT, FORECAST, "10:10", STALE).because("11:40"),
                rule("a second before its slowest sell-out, plenty is plenty")
                        .forecast(ON).feed("plenty", "10:00", "10:10").now("12:59:59")
                        .shows(PLENTY, FEED, "10:10", STALE));
    }

    static Stream<MergeCase> whatWinsOverAForecast() {
        return Stream.of(
                rule("a fresh count from the pharmacist wins over a forecast")
                        .forecast(ON).feed("few", "10:00", "11:00").report("11:05", REMAINING, 20).now("11:20")
                        .shows(FEW, BOTH, "11:05", FRESH).remaining(20, "11:05").because(null),
                rule("the pharmacist's sold out is a fact, not a forecast")
                        .forecast(ON).feed("few", "10:00", "11:00").report("11:05", SOLD_OUT).now("11:20")
                        .shows(EMPTY, PHARMACIST, "11:05", FRESH).because(null),
                rule("a new delivery starts the count again: plenty stocked at 13:00 is plenty")
                        .forecast(ON).feed("plenty", "13:00", "13:10").now("13:30")
                        .shows(PLENTY, FEED, "13:10", FRESH),
                rule("a new delivery after the pharmacist's sold out is judged by the forecast alone")
                        .forecast(ON).feed("few", "13:00", "14:00").report("11:00", SOLD_OUT).now("14:10")
                        .shows(LIKELY_SOLD_OUT, FORECAST, "14:00", FRESH).because("11:40"));
    }

    static Stream<MergeCase> noForecast() {
        return Stream.of(
                rule("no pattern, no forecast: the feed's few however long")
                        .feed("few", "10:00", "11:00").now("11:50")
                        .shows(FEW, FEED, "11:00", STALE).because(null),
                rule("a district with forecasts switched off gets none")
                        .forecast(new SellOutForecast(USUAL, true, null)).feed("few", "10:00", "11:00").now("11:50")
                        .shows(FEW, FEED, "11:00", STALE),
                rule("yesterday's delivery is not judged by today's clock")
                        .forecast(ON).feed("few", "yesterday 10:00", "yesterday 23:50").now("00:10")
                        .shows(FEW, FEED, "yesterday 23:50", FRESH),
                rule("evidence too old for a colour stays unknown, never a forecast")
                        .forecast(ON).feed("few", "10:00", "11:00").now("14:00")
                        .shows(UNKNOWN, FEED, "11:00", Freshness.UNKNOWN),
                rule("a feed row without a delivery time is not forecast")
                        .forecast(ON).feed("few", null, "11:00").now("11:50")
                        .shows(FEW, FEED, "11:00", STALE));
    }
}
