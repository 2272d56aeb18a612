package kr.maskportal.stock.control.merge;

import java.time.Instant;

/** The seller's latest notice of today, carried as written. */
public record PharmacistNotice(String text, Instant reportedAt) {
}
