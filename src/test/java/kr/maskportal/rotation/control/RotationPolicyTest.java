package kr.maskportal.rotation.control;

import static kr.maskportal.rotation.control.RotationDay.birthYearDigits;
import static kr.maskportal.rotation.control.RotationDay.notBoughtThisWeek;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rule for a day, on the 2020 policy written in code; and the policy data the rule refuses. */
class RotationPolicyTest {

    private static final RotationPolicy POLICY = Policy2020.policy();
    private static final LocalDate START = Policy2020.ROTATION_START;

    @ParameterizedTest(name = "{0}")
    @MethodSource("kr.maskportal.rotation.control.RotationCases#year2020")
    void whatAppliesOnTheDay(RotationCases.Case day) {
        day.check(POLICY);
    }

    @Test
    void everyDayOfTheRotationNamesTheDigitsOfItsDayOfTheWeek() {
        Map<DayOfWeek, List<Integer>> expected = Map.of(DayOfWeek.MONDAY, List.of(1, 6), DayOfWeek.TUESDAY,
                List.of(2, 7), DayOfWeek.WEDNESDAY, List.of(3, 8), DayOfWeek.THURSDAY, List.of(4, 9),
                DayOfWeek.FRIDAY, List.of(5, 0), DayOfWeek.SATURDAY, List.of(), DayOfWeek.SUNDAY, List.of());
        for (LocalDate day = START; day.isBefore(LocalDate.of(2020, 6, 1)); day = day.plusDays(1)) {
            RotationRule rule = POLICY.on(day);
            assertEquals(expected.get(day.getDayOfWeek()), rule.birthYearDigits(), day::toString);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            assertEquals(weekend ? WhoMayBuy.NOT_BOUGHT_THIS_WEEK : WhoMayBuy.BIRTH_YEAR_DIGITS, rule.who(),
                    day::toString);
            assertEquals(OptionalInt.of(day.isBefore(LocalDate.of(2020, 4, 27)) ? 2 : 3), rule.masksPerPerson());
        }
    }

    @Test
    void withoutAnyDataNothingIsStated() {
        RotationRule rule = new RotationPolicy(List.of(), List.of()).on(LocalDate.of(2020, 3, 11));
        assertEquals(WhoMayBuy.NO_RULE, rule.who());
        assertEquals(false, rule.limitRecorded());
        assertEquals(OptionalInt.empty(), rule.masksPerPerson());
    }

    @Test
    void aDigitOnTwoDaysIsRefused() {
        Map<DayOfWeek, RotationDay> days = new EnumMap<>(Policy2020.fiveDayRotation());
        days.put(DayOfWeek.TUESDAY, birthYearDigits(2, 8));
        var e = assertThrows(IllegalArgumentException.class,
                () -> new RotationSchedule(START, RotationSchedule.Kind.BY_BIRTH_YEAR, days));
        assertEquals("digit 8 is on two days of 2020-03-09", e.getMessage());
    }

    @Test
    void aDigitWithoutADayIsRefused() {
        Map<DayOfWeek, RotationDay> days = new EnumMap<>(Policy2020.fiveDayRotation());
        days.put(DayOfWeek.FRIDAY, notBoughtThisWeek());
        assertThrows(IllegalArgumentException.class,
                () -> new RotationSchedule(START, RotationSchedule.Kind.BY_BIRTH_YEAR, days));
    }

    @Test
    void aMissingDayOfTheWeekIsRefused() {
        Map<DayOfWeek, RotationDay> days = new EnumMap<>(Policy2020.fiveDayRotation());
        days.remove(DayOfWeek.SUNDAY);
        assertThrows(IllegalArgumentException.class,
                () -> new RotationSchedule(START, RotationSchedule.Kind.BY_BIRTH_YEAR, days));
    }

    @Test
    void aPeriodForAnyoneTakesNoDays() {
        assertThrows(IllegalArgumentException.class,
                () -> new RotationSchedule(START, RotationSchedule.Kind.ANYONE, Policy2020.fiveDayRotation()));
    }

    @Test
    void aBirthYearDayNeedsTwoDifferentDigits() {
        assertThrows(IllegalArgumentException.class,
                () -> new RotationDay(WhoMayBuy.BIRTH_YEAR_DIGITS, List.of(1, 6, 2)));
        assertThrows(IllegalArgumentException.class, () -> new RotationDay(WhoMayBuy.BIRTH_YEAR_DIGITS, List.of(3)));
        assertThrows(IllegalArgumentException.class, () -> birthYearDigits(4, 4));
        assertThrows(IllegalArgumentException.class, () -> birthYearDigits(4, 10));
        assertThrows(IllegalArgumentException.class, () -> new RotationDay(WhoMayBuy.NOT_BOUGHT_THIS_WEEK, List.of(1)));
        assertThrows(IllegalArgumentException.class, () -> new RotationDay(WhoMayBuy.ANYONE, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new RotationDay(WhoMayBuy.NO_RULE, List.of()));
    }

    @Test
    void twoPeriodsOnOneDayAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RotationPolicy(
                List.of(RotationSchedule.anyone(START), RotationSchedule.anyone(START)), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new RotationPolicy(List.of(),
                List.of(PurchaseLimit.none(START), PurchaseLimit.weekly(START, 2, Bring.ID_CARD))));
    }

    @Test
    void inconsistentLimitsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PurchaseLimit(START, 2, null, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PurchaseLimit(START, null, 2, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PurchaseLimit(START, 0, 0, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PurchaseLimit(START, 2, 3, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PurchaseLimit(START, 3, 3, 2002, null, null));
        assertThrows(IllegalArgumentException.class, () -> new PurchaseLimit(START, 3, 3, null, 5, null));
        assertThrows(IllegalArgumentException.class, () -> new PurchaseLimit(START, null, null, 2002, 5, null));
        assertThrows(IllegalArgumentException.class, () -> new PurchaseLimit(START, 3, 3, 2002, 0, null));
    }
}
