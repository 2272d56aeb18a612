package kr.maskportal.stock.control.merge;

import java.time.Duration;
import java.time.Instant;

/**
 * A queue as the pharmacist last reported it, shown with its time because it changes by the minute.
 *
 * @param estimatedWait how long the last person in it waited when it was reported: people times the time one
 *                      sale takes ({@link MergeSettings#servicePerPerson()})
 */
public record QueueLength(int people, Instant reportedAt, Duration estimatedWait) {
}
