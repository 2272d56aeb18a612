package kr.maskportal.official.control.day;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The queue reports made within one hour of the day (from {@code hour}:00 inclusive to the next hour exclusive,
 * Korea time), reports that were undone left out.
 *
 * @param reports the number of queue reports
 * @param sellers how many different sellers made them
 * @param average the mean queue of those reports, in people; empty without reports
 * @param longest the longest queue reported; empty without reports
 */
public record HourQueues(int hour, int reports, int sellers, OptionalDouble average, OptionalInt longest) {
}
