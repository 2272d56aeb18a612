package kr.maskportal.rotation.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What applies on one day: who may buy, and the limit.
 *
 * @param day             the day (Korea)
 * @param who             who may buy
 * @param birthYearDigits the day's last digits of the birth year, as announced (e.g. 5, 0); empty unless
 *                        {@code who} is {@link WhoMayBuy#BIRTH_YEAR_DIGITS}
 * @param limit           the limit in force; null when none is recorded for the day (before 2020-03-09), which
 *                        is not the same as a recorded "no limit"
 */
public record RotationRule(LocalDate day, WhoMayBuy who, List<Integer> birthYearDigits, PurchaseLimit limit) {

    public RotationRule {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(who, "who");
        birthYearDigits = List.copyOf(birthYearDigits);
    }

    public DayOfWeek dayOfWeek() {
        return day.getDayOfWeek();
    }

    public boolean limitRecorded() {
        return limit != null;
    }

    /** Masks per person per week; empty when there is none or none is recorded. */
    public OptionalInt weeklyLimit() {
        return limit == null ? OptionalInt.empty() : limit.weekly();
    }

    /** The most one person in a queue takes home at once; empty when there is no limit or none is recorded. */
    public OptionalInt masksPerPerson() {
        return limit == null ? OptionalInt.empty() : limit.perPurchase();
    }

    public Optional<Bring> bring() {
        return limit == null ? Optional.empty() : limit.toBring();
    }
}
