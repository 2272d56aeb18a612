package kr.maskportal.stock.boundary;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import kr.maskportal.platform.time.Korea;

/**
 * When the seller's current delivery was stocked, in Korea time: the time alone when it came today
 * ("오늘 입고 10:30"), with the date when it is an earlier one ("최근 입고 3월 10일 14:00"), since residents
 * read an old delivery very differently from this morning's.
 *
 * @param key {@code status.delivered.today} or {@code status.delivered.earlier}
 */
public record DeliveryWords(String key, int month, int day, String time, String iso) {

    static DeliveryWords of(Instant deliveredAt, Instant now) {
        ZonedDateTime at = deliveredAt.atZone(Korea.ZONE);
        boolean today = at.toLocalDate().equals(now.atZone(Korea.ZONE).toLocalDate());
        return new DeliveryWords(today ? "status.delivered.today" : "status.delivered.earlier", at.getMonthValue(),
                at.getDayOfMonth(), String.format("%02d:%02d", at.getHour(), at.getMinute()),
                at.truncatedTo(ChronoUnit.MINUTES).toOffsetDateTime().toString());
    }

    public String getKey() {
        return key;
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

    /** For the {@code datetime} attribute. */
    public String getIso() {
        return iso;
    }
}
