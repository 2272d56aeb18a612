package kr.maskportal.stock.control.forecast;

import static kr.maskportal.stock.control.forecast.SellerDayTest.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.maskportal.platform.time.Korea;
import org.junit.jupiter.api.Test;

class PatternLearnerTest {

    private static final Duration LAG = Duration.ofMinutes(10);
    private static final ForecastSettings SETTINGS = ForecastSettings.DEFAULTS;

    /** A day {@code daysAgo} before 2020-03-11 (a Wednesday): delivery, some, few and empty in minutes after it. */
    private static SellerDay day(int daysAgo, String delivery, int some, int few, int empty, Integer reported) {
        LocalDate date = DAY.minusDays(daysAgo);
        Instant d = LocalTime.parse(delivery).atDate(date).atZone(Korea.ZONE).toInstant();
        return new SellerDay(date, d, d.plusSeconds(60L * some), d.plusSeconds(60L * few),
                d.plusSeconds(60L * empty), reported == null ? null : d.plusSeconds(60L * reported));
    }

    private static List<SellerDay> steadyWeekdays() {
        // Mon 9, Tue 10, Wed 4 (a week before), Thu 5, Fri 6: the feed's empty 10 minutes after the sell-out
        return List.of(day(2, "10:00", 30, 60, 90, null), day(1, "10:20", 30, 60, 84, null),
                day(7, "09:40", 40, 80, 112, null), day(6, "10:00", 30, 60, 88, 78),
                day(5, "10:10", 30, 60, 86, null));
    }

    @Test
    void theUsualDeliveryAndSellOutAreMediansInTrueTime() {
        SellerPattern pattern = PatternLearner.forSeller(steadyWeekdays(), DayOfWeek.WEDNESDAY, LAG, SETTINGS)
                .orElseThrow();
        assertEquals(PatternBasis.SAME_KIND_OF_DAY, pattern.basis());
        assertEquals(5, pattern.days());
        assertEquals(LocalTime.of(10, 0), pattern.usualDelivery());
        // sell-outs: 80, 74, 102, 78 (the report), 76 minutes after the delivery
        assertEquals(Duration.ofMinutes(78), pattern.usualToSoldOut());
        assertEquals(LocalTime.of(11, 18), pattern.usualSoldOut());
        assertEquals(Duration.ofMinutes(74), pattern.soldOutNotBefore());
        assertNull(pattern.soldOutBy(), "sell-outs 28 minutes apart, more than the feed's lag: no forecast by the clock");
        assertEquals(Duration.ofMinutes(50), pattern.usualToFew());
        // few lasted 30, 24, 32, 28, 26: four days in five within the figure, and the slowest within it and the lag
        assertEquals(Duration.ofMinutes(30), pattern.fewLastsMostDays());
        // few per some: 1.0, 0.8, 0.8, 0.93, 0.87; the fourth lowest
        assertEquals(28.0 / 30, pattern.fewPerSomeMostDays(), 1e-9);
        // some to empty: 60, 54, 72, 58, 56; 60 would have been wrong on the day of 72, by more than the lag
        assertNull(pattern.someLastsMostDays());
        assertEquals(LAG, pattern.feedLag());
    }

    @Test
    void aSellerWhoseSellOutsLieWithinTheFeedsLagIsForecastByTheClockToo() {
        // sell-outs 90, 84, 88, 86, 92 minutes after the delivery; some to empty 60, 54, 58, 56, 62
        List<SellerDay> days = List.of(day(2, "10:00", 30, 60, 100, null), day(1, "10:20", 30, 60, 94, null),
                day(7, "09:40", 30, 60, 98, null), day(6, "10:00", 30, 60, 96, null),
                day(5, "10:10", 30, 60, 102, null));
        SellerPattern pattern = PatternLearner.forSeller(days, DayOfWeek.WEDNESDAY, LAG, SETTINGS).orElseThrow();
        assertEquals(Duration.ofMinutes(92), pattern.soldOutBy(), "the slowest of days no more than the lag apart");
        assertEquals(Duration.ofMinutes(70), pattern.someLastsMostDays());
    }

    @Test
    void aFigureThatWouldHaveBeenWrongOnOneOfTheSellersDaysIsNotForecastBy() {
        // few lasted 30, 31, 32, 32 and once 43: steady enough by ratio, but 32 minutes and the 10 of the feed's lag
        // would have called the seller sold out while it still had masks on the slowest day
        List<SellerDay> days = List.of(day(1, "10:00", 30, 60, 90, null), day(2, "10:00", 30, 60, 91, null),
                day(5, "10:00", 30, 60, 92, null), day(6, "10:00", 30, 60, 92, null),
                day(7, "10:00", 30, 60, 103, null));
        SellerPattern pattern = PatternLearner.forSeller(days, DayOfWeek.WEDNESDAY, LAG, SETTINGS).orElseThrow();
        assertNull(pattern.fewLastsMostDays());
        assertNull(pattern.fewPerSomeMostDays(), "the same day at today's pace");
        assertNull(pattern.someLastsMostDays(), "the same day from some");
        // the feed's median empty at 11:32, less its lag
        assertEquals(LocalTime.of(11, 22), pattern.usualSoldOut(), "its usual times are still told");
    }

    @Test
    void enoughDaysOfTheSameWeekdayComeFirst() {
        List<SellerDay> days = new ArrayList<>(steadyWeekdays());
        days.add(day(14, "08:00", 30, 60, 90, null));
        days.add(day(21, "08:00", 30, 60, 90, null));
        SellerPattern pattern = PatternLearner.forSeller(days, DayOfWeek.WEDNESDAY, LAG, SETTINGS).orElseThrow();
        assertEquals(PatternBasis.SAME_WEEKDAY, pattern.basis());
        assertEquals(LocalTime.of(8, 0), pattern.usualDelivery());
    }

    @Test
    void aWeekendIsNotJudgedByWeekdaysWhileThereAreEnoughOfAll() {
        SellerPattern sunday = PatternLearner.forSeller(steadyWeekdays(), DayOfWeek.SUNDAY, LAG, SETTINGS)
                .orElseThrow();
        assertEquals(PatternBasis.ALL_DAYS, sunday.basis());
    }

    @Test
    void tooFewDaysGiveNoOwnPatternAndTheDistrictsIsUsed() {
        List<SellerDay> two = steadyWeekdays().subList(0, 2);
        assertTrue(PatternLearner.forSeller(two, DayOfWeek.WEDNESDAY, LAG, SETTINGS).isEmpty());
        Optional<SellerPattern> district = PatternLearner.forDistrict(steadyWeekdays(), DayOfWeek.WEDNESDAY, LAG,
                SETTINGS);
        assertEquals(PatternBasis.DISTRICT,
                PatternLearner.choose(Optional.empty(), district).orElseThrow().basis());
        assertTrue(PatternLearner.choose(Optional.empty(), Optional.empty()).isEmpty(), "neither: none");
    }

    @Test
    void daysWithoutADeliveryDoNotCount() {
        List<SellerDay> days = new ArrayList<>(steadyWeekdays().subList(0, 2));
        days.add(new SellerDay(DAY.minusDays(3), null, null, null, null, null));
        assertTrue(PatternLearner.forSeller(days, DayOfWeek.WEDNESDAY, LAG, SETTINGS).isEmpty());
    }

    @Test
    void anUnsteadySellerHasNoLimitsInFewButKeepsItsUsualTimes() {
        List<SellerDay> days = List.of(day(1, "10:00", 30, 60, 65, null), day(2, "10:00", 30, 60, 120, null),
                day(5, "10:00", 30, 60, 90, null));
        SellerPattern pattern = PatternLearner.forSeller(days, DayOfWeek.WEDNESDAY, LAG, SETTINGS).orElseThrow();
        assertNull(pattern.fewLastsMostDays(), "5 to 60 minutes in few is no pattern");
        assertNull(pattern.fewPerSomeMostDays());
        assertEquals(LocalTime.of(11, 20), pattern.usualSoldOut());
    }

    @Test
    void theFeedLagIsTheMedianOfHowLateTheFeedSaidWhatPharmacistsReported() {
        List<SellerDay> days = List.of(day(1, "10:00", 30, 60, 90, 82), day(2, "10:00", 30, 60, 90, 80),
                day(3, "10:00", 30, 60, 90, 85), day(4, "10:00", 30, 60, 90, null));
        assertEquals(Duration.ofMinutes(8), PatternLearner.feedLag(days, SETTINGS));
        assertEquals(Duration.ZERO, PatternLearner.feedLag(days.subList(3, 4), SETTINGS), "nobody reported");
    }

    @Test
    void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new ForecastSettings(0, 0.25, 1, 1.5, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new ForecastSettings(3, 1.5, 1, 1.5, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new ForecastSettings(3, 0.25, 1, 0.5, Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new ForecastSettings(3, 0.25, 1, 1.5, Duration.ofMinutes(-1)));
    }
}
