package kr.maskportal.feed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedTimeTest {

    /**
     * Korea is UTC+9 all year. The expected instants are written in UTC, so this holds only if the parser ignores the
     * JVM's zone: on a server in UTC (as in CI) a parser that used it would be nine hours off.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2020/03/11 09:45:00 | 2020-03-11T00:45:00Z
            2020/03/11 00:30:00 | 2020-03-10T15:30:00Z
            2020/03/01 08:59:59 | 2020-02-29T23:59:59Z
            2020/12/31 23:59:59 | 2020-12-31T14:59:59Z
            """)
    void readsKoreanWallClockTime(String text, String utc) {
        assertEquals(Optional.of(Instant.parse(utc)), FeedTime.parse(text));
    }

    @Test
    void isNotTheJvmZonesReading() {
        Instant parsed = FeedTime.parse("2020/03/11 09:45:00").orElseThrow();
        Instant asIfUtc = LocalDateTime.of(2020, 3, 11, 9, 45).toInstant(ZoneOffset.UTC);
        assertEquals(asIfUtc.minusSeconds(9 * 3600), parsed,
                "JVM zone here is " + TimeZone.getDefault().getID() + "; the feed's is always Asia/Seoul");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2020-03-11 09:45:00",
            "2020/3/11 09:45:00",
            "2020/03/11 9:45:00",
            "2020/02/30 10:00:00",
            "2019/02/29 10:00:00",
            "2020/03/11 24:00:00",
            "2020/03/11 09:60:00",
            "2020/03/11 09:45",
            "2020/03/11T09:45:00",
            "2020/03/11 09:45:00.000",
            "2020/03/11 09:45:00+09:00",
            " 2020/03/11 09:45:0",
            "11/03/2020 09:45:00",
            "",
            "null"})
    void anythingElseIsNoTime(String text) {
        assertEquals(Optional.empty(), FeedTime.parse(text));
    }

    @Test
    void nullIsNoTime() {
        assertEquals(Optional.empty(), FeedTime.parse(null));
    }

    @Test
    void formatsBackInKoreanTime() {
        assertEquals("2020/03/11 00:30:00", FeedTime.format(Instant.parse("2020-03-10T15:30:00Z")));
    }
}
