package kr.maskportal.openapi.boundary;

/** A query parameter the corrected feed refuses: answered 400 with the parameter and the problem named. */
public class InvalidParameter extends Exception {

    private final String parameter;
    private final ParameterProblem problem;
    private final transient Object[] limits;

    /** @param limits the lowest and highest value allowed, where the problem has them */
    InvalidParameter(String parameter, ParameterProblem problem, Object... limits) {
        // an answer to the client, not a fault: no stack trace to fill in on every bad request
        super(parameter + ": " + problem, null, false, false);
        this.parameter = parameter;
        this.problem = problem;
        this.limits = limits.clone();
    }

    public String parameter() {
        return parameter;
    }

    public ParameterProblem problem() {
        return problem;
    }

    /** The bundle's key for the words of the problem. */
    String messageKey() {
        return "api.parameter." + problem.name();
    }

    /** The words' arguments: the parameter, then the lowest and highest value allowed (empty where none). */
    Object[] messageArguments() {
        return new Object[] {parameter, limits.length > 0 ? limits[0] : "", limits.length > 1 ? limits[1] : ""};
    }
}
