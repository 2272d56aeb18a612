package kr.maskportal.seller.boundary;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import kr.maskportal.platform.time.Korea;

/**
 * When a page's data was read, in Korea time, as parts for the bundle's sentence ("2020년 3월 11일 10:42 기준"), so
 * the words and their order stay in the bundles.
 */
public record AsOfView(int year, int month, int day, String time, String iso) {

    static AsOfView of(Instant at) {
        ZonedDateTime korea = at.atZone(Korea.ZONE);
        return new AsOfView(korea.getYear(), korea.getMonthValue(), korea.getDayOfMonth(),
                String.format("%02d:%02d", korea.getHour(), korea.getMinute()),
                korea.truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime().toString());
    }

    public int getYear() {
        return year;
    }

    public int getMonth() {
        return month;
    }

    public int getDay() {
        return day;
    }

    public String getTime() {
        return time;
    }

    /** For the {@code datetime} attribute, e.g. {@code 2020-03-11T10:42+09:00}. */
    public String getIso() {
        return iso;
    }
}
