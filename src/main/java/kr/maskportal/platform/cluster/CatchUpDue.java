package kr.maskportal.platform.cluster;

/**
 * Time for every in-memory board to read from the database what other instances stored since it last looked:
 * fired by {@link CatchUp} every few seconds and at once when another instance announces a change.
 */
public record CatchUpDue() {
}
