package kr.maskportal.seller.control;

/** Why a resident's search was not run: each is told in words on the search page ({@code search.problem.*}). */
public enum SearchProblem {
    TOO_SHORT,
    TOO_LONG,
    CONTROL_CHARACTER
}
