package kr.maskportal.rotation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The days a resident of 2020 would check the portal against, with what applied on each: shared by the test of the
 * rule on a policy built in code and by the test on the policy as the real migration stores it.
 */
final class RotationCases {

    /**
     * day | day of week | who may buy | birth-year digits | weekly limit (none: no limit; -: nothing recorded) |
     * masks per person (-: none) | the young's limit/born from | bring.
     */
    private static final String TABLE = """
            2020-01-02 | THURSDAY  | NO_RULE              | -   | -    | -  | -      | -
            2020-03-06 | FRIDAY    | NO_RULE              | -   | -    | -  | -      | -
            2020-03-08 | SUNDAY    | NO_RULE              | -   | -    | -  | -      | -
            2020-03-09 | MONDAY    | BIRTH_YEAR_DIGITS    | 1 6 | 2    | 2  | -      | ID_CARD
            2020-03-10 | TUESDAY   | BIRTH_YEAR_DIGITS    | 2 7 | 2    | 2  | -      | ID_CARD
            2020-03-11 | WEDNESDAY | BIRTH_YEAR_DIGITS    | 3 8 | 2    | 2  | -      | ID_CARD
            2020-03-12 | THURSDAY  | BIRTH_YEAR_DIGITS    | 4 9 | 2    | 2  | -      | ID_CARD
            2020-03-13 | FRIDAY    | BIRTH_YEAR_DIGITS    | 5 0 | 2    | 2  | -      | ID_CARD
            2020-03-14 | SATURDAY  | NOT_BOUGHT_THIS_WEEK | -   | 2    | 2  | -      | ID_CARD
            2020-03-15 | SUNDAY    | NOT_BOUGHT_THIS_WEEK | -   | 2    | 2  | -      | ID_CARD
            2020-03-16 | MONDAY    | BIRTH_YEAR_DIGITS    | 1 6 | 2    | 2  | -      | ID_CARD
            2020-04-15 | WEDNESDAY | BIRTH_YEAR_DIGITS    | 3 8 | 2    | 2  | -      | ID_CARD
            2020-04-24 | FRIDAY    | BIRTH_YEAR_DIGITS    | 5 0 | 2    | 2  | -      | ID_CARD
            2020-04-25 | SATURDAY  | NOT_BOUGHT_THIS_WEEK | -   | 2    | 2  | -      | ID_CARD
            2020-04-26 | SUNDAY    | NOT_BOUGHT_THIS_WEEK | -   | 2    | 2  | -      | ID_CARD
            2020-04-27 | MONDAY    | BIRTH_YEAR_DIGITS    | 1 6 | 3    | 3  | -      | ID_CARD
            2020-04-28 | TUESDAY   | BIRTH_YEAR_DIGITS    | 2 7 | 3    | 3  | -      | ID_CARD
            2020-05-29 | FRIDAY    | BIRTH_YEAR_DIGITS    | 5 0 | 3    | 3  | -      | ID_CARD
            2020-05-30 | SATURDAY  | NOT_BOUGHT_THIS_WEEK | -   | 3    | 3  | -      | ID_CARD
            2020-05-31 | SUNDAY    | NOT_BOUGHT_THIS_WEEK | -   | 3    | 3  | -      | ID_CARD
            2020-06-01 | MONDAY    | ANYONE               | -   | 3    | 3  | 5/2002 | ID_CARD
            2020-06-03 | WEDNESDAY | ANYONE               | -   | 3    | 3  | 5/2002 | ID_CARD
            2020-06-06 | SATURDAY  | ANYONE               | -   | 3    | 3  | 5/2002 | ID_CARD
            2020-06-17 | WEDNESDAY | ANYONE               | -   | 3    | 3  | 5/2002 | ID_CARD
            2020-06-18 | THURSDAY  | ANYONE               | -   | 10   | 10 | -      | ID_CARD
            2020-07-07 | TUESDAY   | ANYONE               | -   | 10   | 10 | -      | ID_CARD
            2020-07-08 | WEDNESDAY | ANYONE               | -   | none | -  | -      | -
            2020-07-12 | SUNDAY    | ANYONE               | -   | none | -  | -      | -
            2026-11-25 | WEDNESDAY | ANYONE               | -   | none | -  | -      | -
            """;

    private RotationCases() {
    }

    static Stream<Case> year2020() {
        return TABLE.lines().map(Case::parse);
    }

    record Case(LocalDate day, DayOfWeek dayOfWeek, WhoMayBuy who, List<Integer> digits, String weekly,
                OptionalInt masksPerPerson, String young, Optional<Bring> bring) {

        static Case parse(String line) {
            String[] f = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
            List<Integer> digits = f[3].equals("-") ? List.of()
                    : Arrays.stream(f[3].split(" ")).map(Integer::valueOf).toList();
            OptionalInt perPerson = f[5].equals("-") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(f[5]));
            Optional<Bring> bring = f[7].equals("-") ? Optional.empty() : Optional.of(Bring.valueOf(f[7]));
            return new Case(LocalDate.parse(f[0]), DayOfWeek.valueOf(f[1]), WhoMayBuy.valueOf(f[2]), digits, f[4],
                    perPerson, f[6], bring);
        }

        void check(RotationPolicy policy) {
            RotationRule rule = policy.on(day);
            assertEquals(day, rule.day());
            assertEquals(dayOfWeek, rule.dayOfWeek(), "the table's own day of the week");
            assertEquals(who, rule.who(), "who may buy");
            assertEquals(digits, rule.birthYearDigits(), "birth-year digits, in the announced order");
            switch (weekly) {
                case "-" -> assertEquals(false, rule.limitRecorded(), "no limit recorded");
                case "none" -> {
                    assertEquals(true, rule.limitRecorded(), "a limit is recorded");
                    assertEquals(OptionalInt.empty(), rule.weeklyLimit(), "recorded as no limit");
                }
                default -> assertEquals(OptionalInt.of(Integer.parseInt(weekly)), rule.weeklyLimit(), "weekly limit");
            }
            assertEquals(masksPerPerson, rule.masksPerPerson(), "masks per person");
            assertEquals(masksPerPerson, policy.masksPerPerson(day), "masks per person, asked directly");
            String ruleYoung = rule.limit() == null || !rule.limit().hasYoungLimit() ? "-"
                    : rule.limit().youngWeeklyLimit() + "/" + rule.limit().youngBornFrom();
            assertEquals(young, ruleYoung, "the young's limit");
            assertEquals(bring, rule.bring(), "what to bring");
        }

        @Override
        public String toString() {
            return day + " (" + dayOfWeek.name().substring(0, 3) + ") " + who + " " + digits + " weekly " + weekly;
        }
    }
}
