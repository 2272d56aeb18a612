package kr.maskportal.details.entity;

/**
 * One thing wrong with details a pharmacist typed, named as constants that pages turn into words (messages
 * {@code details.invalid.<kind>}).
 *
 * @param field where it is
 * @param day   the day of a {@code DAY_*} field; null for the others
 * @param kind  what is wrong
 */
public record DetailsProblem(DetailsField field, OpeningDay day, Kind kind) {

    /** What is wrong with the field. */
    public enum Kind {
        PHONE_FORMAT,
        DESCRIPTION_TOO_LONG,
        DESCRIPTION_TOO_MANY_LINES,
        DESCRIPTION_BAD_CHARACTERS,
        DAY_STATE_UNKNOWN,
        TIME_MISSING,
        TIME_FORMAT,
        CLOSES_NOT_AFTER_OPENS,
        TIMES_WHEN_NOT_OPEN
    }

    public static DetailsProblem of(DetailsField field, Kind kind) {
        return new DetailsProblem(field, null, kind);
    }
}
