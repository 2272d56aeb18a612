package kr.maskportal.rotation.control;

import static kr.maskportal.rotation.control.RotationDay.birthYearDigits;
import static kr.maskportal.rotation.control.RotationDay.notBoughtThisWeek;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The policy of 2020 written in code, as V008 stores it, for tests without a database. */
public final class Policy2020 {

    public static final LocalDate ROTATION_START = LocalDate.of(2020, 3, 9);

    private Policy2020() {
    }

    public static Map<DayOfWeek, RotationDay> fiveDayRotation() {
        return Map.of(
                DayOfWeek.MONDAY, birthYearDigits(1, 6),
                DayOfWeek.TUESDAY, birthYearDigits(2, 7),
                DayOfWeek.WEDNESDAY, birthYearDigits(3, 8),
                DayOfWeek.THURSDAY, birthYearDigits(4, 9),
                DayOfWeek.FRIDAY, birthYearDigits(0, 5),
                DayOfWeek.SATURDAY, notBoughtThisWeek(),
                DayOfWeek.SUNDAY, notBoughtThisWeek());
    }

    public static RotationPolicy policy() {
        // Deliberately out of order: the policy sorts by date itself.
        return new RotationPolicy(
                List.of(RotationSchedule.anyone(LocalDate.of(2020, 6, 1)),
                        new RotationSchedule(ROTATION_START, RotationSchedule.Kind.BY_BIRTH_YEAR, fiveDayRotation())),
                List.of(PurchaseLimit.none(LocalDate.of(2020, 7, 12)),
                        PurchaseLimit.weekly(ROTATION_START, 2, Bring.ID_CARD),
                        PurchaseLimit.weekly(LocalDate.of(2020, 4, 27), 3, Bring.ID_CARD),
                        new PurchaseLimit(LocalDate.of(2020, 6, 1), 3, 3, 2002, 5, Bring.ID_CARD),
                        PurchaseLimit.weekly(LocalDate.of(2020, 6, 18), 10, Bring.ID_CARD),
                        PurchaseLimit.none(LocalDate.of(2020, 7, 8))));
    }
}
