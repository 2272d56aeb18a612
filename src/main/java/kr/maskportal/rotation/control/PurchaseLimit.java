package kr.maskportal.rotation.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How many masks one person may buy, and what to bring, from a day until the next limit begins. Null numbers mean
 * no limit.
 *
 * @param effectiveFrom    the first day (Korea)
 * @param weeklyLimit      masks per person per week (Monday to Sunday); null: no limit
 * @param perPurchaseLimit the most one person takes home at once; null exactly when there is no weekly limit
 * @param youngBornFrom    a birth year: those born in it or later have {@code youngWeeklyLimit} instead; or null
 * @param youngWeeklyLimit their weekly limit; null exactly when {@code youngBornFrom} is
 * @param bring            what to show at the counter; null: nothing
 */
public record PurchaseLimit(LocalDate effectiveFrom, Integer weeklyLimit, Integer perPurchaseLimit,
                            Integer youngBornFrom, Integer youngWeeklyLimit, Bring bring) {

    public PurchaseLimit {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if ((weeklyLimit == null) != (perPurchaseLimit == null)) {
            throw new IllegalArgumentException("a weekly limit goes with a per-purchase limit: " + effectiveFrom);
        }
        if (weeklyLimit != null && (weeklyLimit < 1 || perPurchaseLimit < 1 || perPurchaseLimit > weeklyLimit)) {
            throw new IllegalArgumentException("limits must be positive, per purchase at most per week: "
                    + weeklyLimit + "/" + perPurchaseLimit + " from " + effectiveFrom);
        }
        if ((youngBornFrom == null) != (youngWeeklyLimit == null)
                || (youngBornFrom != null && (weeklyLimit == null || youngWeeklyLimit < 1))) {
            throw new IllegalArgumentException("a limit for the young needs a birth year, a positive number and a "
                    + "weekly limit for the others: " + effectiveFrom);
        }
    }

    public static PurchaseLimit weekly(LocalDate effectiveFrom, int weeklyLimit, Bring bring) {
        return new PurchaseLimit(effectiveFrom, weeklyLimit, weeklyLimit, null, null, bring);
    }

    public static PurchaseLimit none(LocalDate effectiveFrom) {
        return new PurchaseLimit(effectiveFrom, null, null, null, null, null);
    }

    public boolean limited() {
        return weeklyLimit != null;
    }

    public boolean hasYoungLimit() {
        return youngBornFrom != null;
    }

    public OptionalInt weekly() {
        return weeklyLimit == null ? OptionalInt.empty() : OptionalInt.of(weeklyLimit);
    }

    public OptionalInt perPurchase() {
        return perPurchaseLimit == null ? OptionalInt.empty() : OptionalInt.of(perPurchaseLimit);
    }

    public Optional<Bring> toBring() {
        return Optional.ofNullable(bring);
    }
}
