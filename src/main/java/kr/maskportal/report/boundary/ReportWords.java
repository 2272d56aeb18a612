package kr.maskportal.report.boundary;

import kr.maskportal.report.entity.InvalidReport;
import kr.maskportal.report.entity.Report;
import kr.maskportal.report.entity.ReportKind;

/**
 * The bundle keys the pharmacists' page puts reports and their problems into words with. Per kind, because Korean
 * particles follow the word before them (품절을, 다시 판매를) and a range names people or masks.
 */
final class ReportWords {

    /** Typed text that is no whole number; the report itself never sees it. */
    static final String NOT_A_NUMBER = "NOT_A_NUMBER";

    private ReportWords() {
    }

    /** One line of today's list: {@code {0}} is the number or the notice. */
    static String line(ReportKind kind) {
        return "pharmacist.report." + kind.name();
    }

    /** The confirmation after storing: {@code {0}} the number or the notice, {@code {1}} the time. */
    static String stored(ReportKind kind) {
        return "pharmacist.stored." + kind.name();
    }

    /** The confirmation after an undo: {@code {0}} the number or the notice, {@code {1}} the time it was made. */
    static String undone(ReportKind kind) {
        return "pharmacist.undone." + kind.name();
    }

    /**
     * The message for a refused field. Number problems are worded for the kind (people or masks); notice problems
     * need no kind. {@code {0}} is the largest allowed value, {@code {1}} what was sent where that helps.
     */
    static String problem(String problem, ReportKind kind) {
        boolean aboutTypedNumber = problem.equals(NOT_A_NUMBER)
                || problem.equals(InvalidReport.Problem.NUMBER_MISSING.name())
                || problem.equals(InvalidReport.Problem.NUMBER_OUT_OF_RANGE.name());
        return "pharmacist.invalid." + problem + (aboutTypedNumber && kind.carriesNumber() ? "." + kind.name() : "");
    }

    static String problem(InvalidReport.Problem problem, ReportKind kind) {
        return problem(problem.name(), kind);
    }

    /** The upper bound a message names: people for a queue, masks for a count, characters for a notice. */
    static int largest(ReportKind kind) {
        return switch (kind) {
            case QUEUE -> Report.MAX_QUEUE;
            case REMAINING, RESTOCKED -> Report.MAX_MASKS;
            default -> ReportKind.NOTICE_MAX_LENGTH;
        };
    }
}
