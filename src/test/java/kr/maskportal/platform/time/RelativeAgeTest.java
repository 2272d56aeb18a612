package kr.maskportal.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeAgeTest {

    @ParameterizedTest(name = "{0} s reads as {1} {2}")
    @CsvSource({
            "-5, age.justNow, 0",
            "0, age.justNow, 0",
            "59, age.justNow, 0",
            "60, age.minutes, 1",
            "3599, age.minutes, 59",
            "3600, age.hours, 1",
            "86399, age.hours, 23",
            "86400, age.days, 1",
            "259200, age.days, 3"})
    void wholeUnitsRoundedDown(long seconds, String key, long amount) {
        RelativeAge age = RelativeAge.of(Duration.ofSeconds(seconds));
        assertEquals(key, age.getKey());
        assertEquals(amount, age.getAmount());
    }
}
