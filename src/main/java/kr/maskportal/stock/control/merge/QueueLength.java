package kr.maskportal.stock.control.merge;

import java.time.Instant;

/** A queue as the pharmacist last reported it, shown with its time because it changes by the minute. */
public record QueueLength(int people, Instant reportedAt) {
}
