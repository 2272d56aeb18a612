package kr.maskportal.bulkaccount.control;

import java.io.Serializable;
import java.util.List;

/**
 * What saving a file would do, before anything is saved: the rows that would become accounts and every row that
 * would not, with its line and reasons; or why the whole file was refused. Kept in the administrator's view
 * between the upload and the save, so its lists are serialisable.
 */
public final class ImportPreview implements Serializable {

    private static final long serialVersionUID = 1L;

    private final UploadProblem problem;
    private final List<ImportRow> good;
    private final List<RowIssue> issues;

    ImportPreview(UploadProblem problem, List<ImportRow> good, List<RowIssue> issues) {
        this.problem = problem;
        this.good = List.copyOf(good);
        this.issues = List.copyOf(issues);
    }

    static ImportPreview refused(UploadProblem problem) {
        return new ImportPreview(problem, List.of(), List.of());
    }

    /** Null when the file could be read. */
    public UploadProblem getProblem() {
        return problem;
    }

    public List<ImportRow> good() {
        return good;
    }

    /** In the order of their lines. */
    public List<RowIssue> getIssues() {
        return issues;
    }

    public int getRows() {
        return good.size() + issues.size();
    }

    public int getToCreate() {
        return good.size();
    }

    public int getDuplicates() {
        return (int) issues.stream().filter(RowIssue::isDuplicate).count();
    }

    public int getWrong() {
        return issues.size() - getDuplicates();
    }
}
