package kr.maskportal.rotation.control;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Who may buy on one day of the week of a birth-year rotation.
 *
 * @param who    {@link WhoMayBuy#BIRTH_YEAR_DIGITS} or {@link WhoMayBuy#NOT_BOUGHT_THIS_WEEK}
 * @param digits the last digits of the birth year the day is for, in the order they were announced (5·0: a zero
 *               comes after nine); empty unless {@code who} is {@link WhoMayBuy#BIRTH_YEAR_DIGITS}
 */
public record RotationDay(WhoMayBuy who, List<Integer> digits) {

    private static final Comparator<Integer> AS_ANNOUNCED = Comparator.comparingInt(d -> d == 0 ? 10 : d);

    public RotationDay {
        Objects.requireNonNull(who, "who");
        digits = digits.stream().sorted(AS_ANNOUNCED).toList();
        if (who == WhoMayBuy.BIRTH_YEAR_DIGITS) {
            // The 5부제 gives each weekday two of the ten digits, and the residents' sentence names both.
            if (digits.size() != 2 || digits.stream().anyMatch(d -> d < 0 || d > 9)
                    || digits.get(0).equals(digits.get(1))) {
                throw new IllegalArgumentException("a birth-year day needs two different digits 0-9, got " + digits);
            }
        } else if (who == WhoMayBuy.NOT_BOUGHT_THIS_WEEK) {
            if (!digits.isEmpty()) {
                throw new IllegalArgumentException("a day for anyone who has not bought takes no digits: " + digits);
            }
        } else {
            throw new IllegalArgumentException("a rotation day is for birth-year digits or for those who have not "
                    + "bought this week, not " + who);
        }
    }

    public static RotationDay birthYearDigits(int first, int second) {
        return new RotationDay(WhoMayBuy.BIRTH_YEAR_DIGITS, List.of(first, second));
    }

    public static RotationDay notBoughtThisWeek() {
        return new RotationDay(WhoMayBuy.NOT_BOUGHT_THIS_WEEK, List.of());
    }
}
