package kr.maskportal.report.control.token;

/** A token just created: the only moment its secret exists outside the program that will use it. */
public record IssuedToken(long id, String name, BearerToken token) {
}
