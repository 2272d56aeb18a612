package kr.maskportal.platform.time;

import java.time.Duration;

/**
 * An age as residents read it: "방금", "12분 전", "2시간 전", "3일 전". The page turns the message key and the
 * amount into words from the bundle.
 *
 * @param key    bundle key: {@code age.justNow}, {@code age.minutes}, {@code age.hours} or {@code age.days}
 * @param amount whole minutes, hours or days, rounded down
 */
public record RelativeAge(String key, long amount) {

    public static RelativeAge of(Duration age) {
        Duration positive = age.isNegative() ? Duration.ZERO : age;
        if (positive.toMinutes() < 1) {
            return new RelativeAge("age.justNow", 0);
        }
        if (positive.toHours() < 1) {
            return new RelativeAge("age.minutes", positive.toMinutes());
        }
        if (positive.toDays() < 1) {
            return new RelativeAge("age.hours", positive.toHours());
        }
        return new RelativeAge("age.days", positive.toDays());
    }

    /** For Expression Language, which cannot read record components. */
    public String getKey() {
        return key;
    }

    public long getAmount() {
        return amount;
    }
}
