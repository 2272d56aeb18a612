package kr.maskportal.stock.control.merge;

import java.time.Instant;

/** Masks a pharmacist counted, with when; older than the status when the feed has since confirmed the band. */
public record RemainingCount(int masks, Instant reportedAt) {
}
