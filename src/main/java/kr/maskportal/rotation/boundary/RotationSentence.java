package kr.maskportal.rotation.boundary;

import java.util.List;
import kr.maskportal.rotation.control.PurchaseLimit;
import kr.maskportal.rotation.control.RotationRule;

/**
 * Today's rule as the residents' layout words it, in up to three parts joined by " · ": who may buy (with the day
 * of the week and the birth-year digits), the limit, what to bring. Every part is a bundle key with its parameters;
 * a part whose key is null is left out.
 */
public final class RotationSentence {

    private final String whoKey;
    private final String weekdayKey;
    private final String firstDigit;
    private final String secondDigit;
    private final String limitKey;
    private final String weeklyLimit;
    private final String youngWeeklyLimit;
    private final String youngBornFrom;
    private final String bringKey;

    private RotationSentence(RotationRule rule) {
        this.whoKey = "rotation.who." + rule.who().name();
        this.weekdayKey = "rotation.weekday." + rule.dayOfWeek().name();
        List<Integer> digits = rule.birthYearDigits();
        this.firstDigit = digits.isEmpty() ? null : digits.get(0).toString();
        this.secondDigit = digits.size() < 2 ? null : digits.get(1).toString();
        PurchaseLimit limit = rule.limit();
        this.limitKey = limitKey(limit);
        // Numbers go in as text: MessageFormat would print a birth year as "2,002".
        this.weeklyLimit = limit == null || !limit.limited() ? null : limit.weeklyLimit().toString();
        this.youngWeeklyLimit = limit == null || !limit.hasYoungLimit() ? null : limit.youngWeeklyLimit().toString();
        this.youngBornFrom = limit == null || !limit.hasYoungLimit() ? null : limit.youngBornFrom().toString();
        this.bringKey = rule.bring().map(b -> "rotation.bring." + b.name()).orElse(null);
    }

    public static RotationSentence of(RotationRule rule) {
        return new RotationSentence(rule);
    }

    private static String limitKey(PurchaseLimit limit) {
        if (limit == null) {
            return null;
        }
        if (!limit.limited()) {
            return "rotation.limit.none";
        }
        return limit.hasYoungLimit() ? "rotation.limit.weeklyYoung" : "rotation.limit.weekly";
    }

    /** Who may buy; parameters: the day of the week ({@link #getWeekdayKey()}), the first and the second digit. */
    public String getWhoKey() {
        return whoKey;
    }

    /** The day of the week's short name, e.g. 수 / Wed. */
    public String getWeekdayKey() {
        return weekdayKey;
    }

    public String getFirstDigit() {
        return firstDigit;
    }

    public String getSecondDigit() {
        return secondDigit;
    }

    /** The limit, or null when none is recorded; parameters: the weekly limit, the young's limit, their birth year. */
    public String getLimitKey() {
        return limitKey;
    }

    public String getWeeklyLimit() {
        return weeklyLimit;
    }

    public String getYoungWeeklyLimit() {
        return youngWeeklyLimit;
    }

    public String getYoungBornFrom() {
        return youngBornFrom;
    }

    /** What to bring, or null when nothing. */
    public String getBringKey() {
        return bringKey;
    }
}
