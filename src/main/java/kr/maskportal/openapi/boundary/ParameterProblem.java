package kr.maskportal.openapi.boundary;

/**
 * What is wrong with a query parameter of the corrected feed; the {@code problem} of its 400 answer, in words from
 * the bundle as {@code api.parameter.<name>} with the parameter, the lowest and the highest value allowed.
 */
public enum ParameterProblem {
    /** A required parameter is absent or blank. */
    MISSING,
    /** Not a decimal number ({@code lat}, {@code lng}). */
    NOT_A_NUMBER,
    /** Not a whole number ({@code page}, {@code perPage}, {@code m}). */
    NOT_AN_INTEGER,
    OUT_OF_RANGE,
    TOO_LONG,
    /** An address that names no district: nothing known, or only a province. */
    NOT_A_DISTRICT
}
