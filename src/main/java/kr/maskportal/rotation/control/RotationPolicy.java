package kr.maskportal.rotation.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The whole effective-dated purchase policy: the rotation periods and the purchase limits, each holding from its
 * date until the next one of its kind. Pure: the day is always passed in, and it is a Korean calendar day.
 */
public final class RotationPolicy {

    private final NavigableMap<LocalDate, RotationSchedule> schedules;
    private final NavigableMap<LocalDate, PurchaseLimit> limits;

    public RotationPolicy(Collection<RotationSchedule> schedules, Collection<PurchaseLimit> limits) {
        this.schedules = byDate(schedules, RotationSchedule::effectiveFrom, "rotation periods");
        this.limits = byDate(limits, PurchaseLimit::effectiveFrom, "purchase limits");
    }

    private static <T> NavigableMap<LocalDate, T> byDate(Collection<T> rows, Function<T, LocalDate> date,
                                                         String what) {
        NavigableMap<LocalDate, T> map = new TreeMap<>();
        for (T row : rows) {
            if (map.put(date.apply(row), row) != null) {
                throw new IllegalArgumentException("two " + what + " begin on " + date.apply(row));
            }
        }
        return map;
    }

    /** What applies on the day. */
    public RotationRule on(LocalDate day) {
        Map.Entry<LocalDate, RotationSchedule> period = schedules.floorEntry(day);
        Map.Entry<LocalDate, PurchaseLimit> limit = limits.floorEntry(day);
        PurchaseLimit limitInForce = limit == null ? null : limit.getValue();
        if (period == null) {
            return new RotationRule(day, WhoMayBuy.NO_RULE, List.of(), limitInForce);
        }
        RotationSchedule schedule = period.getValue();
        if (schedule.kind() == RotationSchedule.Kind.ANYONE) {
            return new RotationRule(day, WhoMayBuy.ANYONE, List.of(), limitInForce);
        }
        RotationDay rotationDay = schedule.day(day.getDayOfWeek());
        return new RotationRule(day, rotationDay.who(), rotationDay.digits(), limitInForce);
    }

    /** The most one person in a queue takes home at once on the day; empty when there is no limit to go by. */
    public OptionalInt masksPerPerson(LocalDate day) {
        return on(day).masksPerPerson();
    }

    public List<RotationSchedule> schedules() {
        return List.copyOf(schedules.values());
    }

    public List<PurchaseLimit> limits() {
        return List.copyOf(limits.values());
    }
}
