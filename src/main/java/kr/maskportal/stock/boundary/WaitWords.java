package kr.maskportal.stock.boundary;

import java.time.Duration;

/**
 * A queue's estimated wait as residents read it ("약 12분", "약 1시간 20분"), rounded up to the minute so a wait is
 * never shown shorter than the estimate.
 *
 * @param key     {@code status.wait.minutes} or {@code status.wait.hours}
 * @param hours   whole hours, 0 under an hour
 * @param minutes the minutes beyond the hours
 */
public record WaitWords(String key, long hours, long minutes) {

    static WaitWords of(Duration wait) {
        long total = (wait.toSeconds() + 59) / 60;
        return total < 60 ? new WaitWords("status.wait.minutes", 0, total)
                : new WaitWords("status.wait.hours", total / 60, total % 60);
    }

    public String getKey() {
        return key;
    }

    public long getHours() {
        return hours;
    }

    public long getMinutes() {
        return minutes;
    }
}
