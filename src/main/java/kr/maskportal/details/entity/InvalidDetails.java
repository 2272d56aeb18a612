package kr.maskportal.details.entity;

import java.util.List;

/**
 * Details that break a rule; nothing of them is stored. Holds every problem found, so a form names them all at once.
 */
public class InvalidDetails extends RuntimeException {

    private final transient List<DetailsProblem> problems;

    public InvalidDetails(List<DetailsProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidDetails(DetailsProblem problem) {
        this(List.of(problem));
    }

    public List<DetailsProblem> problems() {
        return problems;
    }
}
