package kr.maskportal.bulkaccount.control;

import java.util.List;

/**
 * An account file as read: the rows that could be split into their three fields, those that could not, or why the
 * whole file was refused (then both lists are empty).
 */
public record ParsedFile(List<ImportRow> rows, List<RowIssue> unreadable, UploadProblem problem) {

    static ParsedFile refused(UploadProblem problem) {
        return new ParsedFile(List.of(), List.of(), problem);
    }
}
