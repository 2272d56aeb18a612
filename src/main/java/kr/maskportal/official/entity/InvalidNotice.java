package kr.maskportal.official.entity;

/**
 * A district notice that breaks one of the rules of {@link DistrictNotice#post}; nothing of it is stored. Names the
 * field and the problem as constants, which the officials' page turns into words (messages
 * {@code notices.invalid.<problem>}).
 */
public class InvalidNotice extends RuntimeException {

    /** What is wrong with the field. */
    public enum Problem {
        TEXT_MISSING,
        TEXT_TOO_LONG,
        TEXT_BAD_CHARACTERS,
        /** A district code no district has (an all-district account types the code). */
        DISTRICT_UNKNOWN,
        END_NOT_AFTER_START,
        END_IN_PAST,
        SPAN_TOO_LONG
    }

    /** The fields as the page names them. */
    public static final String TEXT = "text";
    public static final String DISTRICT = "district";
    public static final String END = "end";

    private final String field;
    private final Problem problem;

    public InvalidNotice(String field, Problem problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }
}
