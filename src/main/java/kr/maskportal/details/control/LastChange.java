package kr.maskportal.details.control;

import java.time.Instant;

/** Who last saved a seller's details, and when: shown on the pharmacist's form. */
public record LastChange(String displayName, Instant at) {
}
