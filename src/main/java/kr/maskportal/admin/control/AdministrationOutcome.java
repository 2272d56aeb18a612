package kr.maskportal.admin.control;

import java.util.Comparator;
import java.util.List;

/**
 * How an administrator's change went: done, or refused with every problem found and nothing changed. The problems
 * come in the order of the form's fields (that of {@link AccountField}), as the error summary lists them.
 */
public record AdministrationOutcome(List<AccountProblem> problems) {

    public AdministrationOutcome {
        problems = problems.stream().sorted(Comparator.comparing(AccountProblem::field)).toList();
    }

    static final AdministrationOutcome DONE = new AdministrationOutcome(List.of());

    public boolean done() {
        return problems.isEmpty();
    }
}
