package kr.maskportal.official.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What an official asked the lag report for, from the page's query: Korean days {@code from} to {@code to}
 * (inclusive; by default the last seven days up to today) and one district or none (all of the official's). Pure:
 * today is handed in. Whether the district is the official's to see is decided elsewhere, before this matters.
 *
 * @param district null for all the official's districts
 * @param problems empty when the choice can be reported on
 */
public record LagChoice(LocalDate from, LocalDate to, String district, List<Problem> problems) {

    /** The longest span one report covers, in days, both ends counted. */
    public static final int MOST_DAYS = 31;
    static final int DEFAULT_DAYS = 7;

    /** @param field the id of the form field it concerns */
    public record Problem(String field, String messageKey, Object param) {

        /** For Expression Language, which cannot read record components. */
        public String getField() {
            return field;
        }

        public String getMessageKey() {
            return messageKey;
        }

        public Object getParam() {
            return param;
        }
    }

    public static LagChoice read(String from, String to, String district, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        LocalDate last = date(to, today, "to", problems);
        LocalDate first = date(from, last == null ? today.minusDays(DEFAULT_DAYS - 1) : last.minusDays(DEFAULT_DAYS - 1),
                "from", problems);
        if (first != null && last != null) {
            if (first.isAfter(last)) {
                problems.add(new Problem("from", "official.lag.error.reversed", null));
            } else if (ChronoUnit.DAYS.between(first, last) + 1 > MOST_DAYS) {
                problems.add(new Problem("to", "official.lag.error.tooLong", ChronoUnit.DAYS.between(first, last) + 1));
            }
        }
        String chosen = district == null || district.isBlank() ? null : district.strip();
        return new LagChoice(first, last, chosen, problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    private static LocalDate date(String typed, LocalDate otherwise, String field, List<Problem> problems) {
        if (typed == null || typed.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "official.lag.error." + field + "Date", null));
            return null;
        }
    }

    public LagChoice {
        problems = List.copyOf(problems);
    }
}
