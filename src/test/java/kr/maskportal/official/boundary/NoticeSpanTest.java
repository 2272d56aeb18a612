package kr.maskportal.official.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class NoticeSpanTest {

    @Test
    void partsAreInKoreaTimeWhateverTheInstant() {
        // 2020-03-11 05:00 UTC is 14:00 in Korea; 2020-03-12 05:00 UTC is 14:00 the next day
        NoticeSpan span = NoticeSpan.of(Instant.parse("2020-03-11T05:00:00Z"), Instant.parse("2020-03-12T05:00:00Z"));
        assertEquals(new NoticeSpan(3, 11, "14:00", 3, 12, "14:00", "2020-03-11T14:00+09:00", "2020-03-12T14:00+09:00"),
                span);
        assertFalse(span.isSameDay());
        assertEquals("notice.span", span.getMessageKey());
    }

    @Test
    void aKoreanDayIsNotTheUtcDay() {
        // 23:30 UTC on the 10th is 08:30 on the 11th in Korea
        NoticeSpan span = NoticeSpan.of(Instant.parse("2020-03-10T23:30:00Z"), Instant.parse("2020-03-11T09:00:00Z"));
        assertEquals(3, span.getStartMonth());
        assertEquals(11, span.getStartDay());
        assertEquals("08:30", span.getStartTime());
        assertEquals("18:00", span.getEndTime());
        assertTrue(span.isSameDay());
        assertEquals("notice.span.sameDay", span.getMessageKey());
    }

    @Test
    void anEndAtMidnightIsTwentyFourHundredOfTheDayBefore() {
        NoticeSpan span = NoticeSpan.of(at("2020-03-11T09:00+09:00"), at("2020-03-12T00:00+09:00"));
        assertEquals(11, span.getEndDay());
        assertEquals("24:00", span.getEndTime());
        assertTrue(span.isSameDay(), "9시부터 24:00까지, one day");
        assertEquals("2020-03-12T00:00+09:00", span.getEndIso(), "the machine-readable end stays exact");
        NoticeSpan overMonthEnd = NoticeSpan.of(at("2020-03-31T09:00+09:00"), at("2020-04-01T00:00+09:00"));
        assertEquals(3, overMonthEnd.getEndMonth());
        assertEquals(31, overMonthEnd.getEndDay());
    }

    @Test
    void secondsShowOnlyInTheMachineReadableTimes() {
        NoticeSpan span = NoticeSpan.of(at("2020-03-11T14:00:05+09:00"), at("2020-03-11T15:00+09:00"));
        assertEquals("14:00", span.getStartTime());
        assertEquals("2020-03-11T14:00:05+09:00", span.getStartIso());
    }

    private static Instant at(String korea) {
        return OffsetDateTime.parse(korea).toInstant();
    }
}
