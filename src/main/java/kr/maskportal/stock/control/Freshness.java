package kr.maskportal.stock.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a resident may trust a piece of evidence, by its age: fresh, stale (shown with a warning), or too old to
 * show as a colour at all (DESIGN.md, "Effective status", rule 6).
 */
public enum Freshness {
    FRESH,
    STALE,
    UNKNOWN;

    /** Ages at exactly a threshold already count as the older class: "older than 30 minutes" starts at 30:00. */
    public static Freshness of(Instant evidenceAt, Instant now, Duration staleAfter, Duration unknownAfter) {
        if (staleAfter.compareTo(unknownAfter) > 0) {
            throw new IllegalArgumentException("stale must come before unknown: " + staleAfter + " > " + unknownAfter);
        }
        Duration age = Duration.between(evidenceAt, now);
        if (age.compareTo(unknownAfter) >= 0) {
            return UNKNOWN;
        }
        return age.compareTo(staleAfter) >= 0 ? STALE : FRESH;
    }
}
