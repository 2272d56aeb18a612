package kr.maskportal.rotation.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One period of the purchase rotation, from its first day until the next period begins.
 *
 * @param effectiveFrom the first day (Korea)
 * @param kind          by birth year on set days of the week, or anyone on any day
 * @param days          for {@link Kind#BY_BIRTH_YEAR}, who may buy on each of the seven days; empty otherwise
 */
public record RotationSchedule(LocalDate effectiveFrom, Kind kind, Map<DayOfWeek, RotationDay> days) {

    public enum Kind {
        /** The 5부제: the days of the week say whose birth year may buy. */
        BY_BIRTH_YEAR,
        /** Anyone, any day. */
        ANYONE
    }

    public RotationSchedule {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(kind, "kind");
        days = days.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(days));
        if (kind == Kind.ANYONE && !days.isEmpty()) {
            throw new IllegalArgumentException("a period for anyone has no days of its own: " + effectiveFrom);
        }
        if (kind == Kind.BY_BIRTH_YEAR) {
            if (days.size() != DayOfWeek.values().length) {
                throw new IllegalArgumentException("a birth-year period needs all seven days, " + effectiveFrom
                        + " has " + new TreeSet<>(days.keySet()));
            }
            // A digit on two days, or on none, would turn some residents away every day of the week.
            var seen = new TreeSet<Integer>();
            days.values().forEach(day -> day.digits().forEach(digit -> {
                if (!seen.add(digit)) {
                    throw new IllegalArgumentException("digit " + digit + " is on two days of " + effectiveFrom);
                }
            }));
            if (seen.size() != 10) {
                throw new IllegalArgumentException("every digit 0-9 needs its day in " + effectiveFrom + ", only "
                        + seen + " have one");
            }
        }
    }

    public static RotationSchedule anyone(LocalDate effectiveFrom) {
        return new RotationSchedule(effectiveFrom, Kind.ANYONE, Map.of());
    }

    /** The day's rule; only for {@link Kind#BY_BIRTH_YEAR}. */
    RotationDay day(DayOfWeek dayOfWeek) {
        return days.get(dayOfWeek);
    }
}
