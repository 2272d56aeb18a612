package kr.maskportal.bulkaccount.control;

import java.io.Serializable;
import java.util.List;

/** A row that will not become an account, with every reason, for the preview; getters for the page. */
public final class RowIssue implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final List<Reason> reasons;

    public RowIssue(int line, List<Reason> reasons) {
        this.line = line;
        this.reasons = List.copyOf(reasons);
    }

    public int getLine() {
        return line;
    }

    public List<Reason> getReasons() {
        return reasons;
    }

    /** A repeat of an earlier line's login and nothing else wrong: counted apart from the wrong rows. */
    public boolean isDuplicate() {
        return reasons.size() == 1 && reasons.get(0).problem() == RowProblem.DUPLICATE;
    }

    public boolean has(RowProblem problem) {
        return reasons.stream().anyMatch(r -> r.problem() == problem);
    }

    @Override
    public String toString() {
        return "line " + line + ": " + reasons.stream().map(Reason::problem).toList();
    }

    /** One reason, in the bundle's words. */
    public record Reason(RowProblem problem, String argument) implements Serializable {

        public String getMessageKey() {
            return "admin.import.problem." + problem.name();
        }

        /** The value at fault, or the earlier line of a duplicate; shown escaped. */
        public String getArgument() {
            return argument;
        }
    }
}
