package kr.maskportal.report.entity;

/**
 * A report that breaks one of the rules of what may be reported; nothing of it is stored. Names the field and the
 * problem as constants, which pages and the API turn into words (messages {@code report.invalid.<problem>}).
 */
public class InvalidReport extends RuntimeException {

    /** What is wrong with the field. */
    public enum Problem {
        NUMBER_MISSING,
        NUMBER_OUT_OF_RANGE,
        NUMBER_NOT_ALLOWED,
        NOTICE_MISSING,
        NOTICE_TOO_LONG,
        NOTICE_BAD_CHARACTERS,
        NOTICE_NOT_ALLOWED
    }

    private final String field;
    private final Problem problem;

    public InvalidReport(String field, Problem problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    /** {@code number} or {@code notice}, as the API's JSON names them. */
    public String field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }
}
