package kr.maskportal.report.control.token;

import java.time.Instant;

/** A vendor token rotated: its successor (shown once) and when the old one stops working. */
public record Rotation(IssuedToken successor, Instant oldWorksUntil) {
}
