package kr.maskportal.stock.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class WaitAndDeliveryWordsTest {

    @Test
    void aWaitIsRoundedUpToTheMinuteNeverShownShorter() {
        assertEquals(new WaitWords("status.wait.minutes", 0, 1), WaitWords.of(Duration.ofSeconds(1)));
        assertEquals(new WaitWords("status.wait.minutes", 0, 2), WaitWords.of(Duration.ofSeconds(90)));
        assertEquals(new WaitWords("status.wait.minutes", 0, 59), WaitWords.of(Duration.ofMinutes(59)));
    }

    @Test
    void anHourOrMoreIsSaidInHoursAndMinutes() {
        assertEquals(new WaitWords("status.wait.hours", 1, 0), WaitWords.of(Duration.ofMinutes(60)));
        assertEquals(new WaitWords("status.wait.hours", 1, 20), WaitWords.of(Duration.ofMinutes(80)));
        assertEquals(new WaitWords("status.wait.hours", 2, 1), WaitWords.of(Duration.ofSeconds(7_201)));
    }

    @Test
    void todaysDeliveryIsATimeInKorea() {
        Instant now = korea("2020-03-11T10:00");
        DeliveryWords delivery = DeliveryWords.of(korea("2020-03-11T08:05:42"), now);
        assertEquals("status.delivered.today", delivery.key());
        assertEquals("08:05", delivery.time());
        assertEquals("2020-03-11T08:05+09:00", delivery.iso());
    }

    @Test
    void anEarlierDeliveryCarriesItsKoreanDateEvenWhereUtcIsStillTheDayBefore() {
        // 00:30 in Korea on the 11th is 15:30 UTC on the 10th: "today" must be Korea's.
        Instant now = korea("2020-03-11T00:30");
        assertEquals("status.delivered.today", DeliveryWords.of(korea("2020-03-11T00:10"), now).key());
        DeliveryWords yesterday = DeliveryWords.of(korea("2020-03-10T14:00"), now);
        assertEquals("status.delivered.earlier", yesterday.key());
        assertEquals(3, yesterday.month());
        assertEquals(10, yesterday.day());
        assertEquals("14:00", yesterday.time());
    }

    private static Instant korea(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + (localDateTime.length() == 16 ? ":00" : "") + "+09:00").toInstant();
    }
}
