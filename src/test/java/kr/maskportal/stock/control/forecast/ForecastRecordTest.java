package kr.maskportal.stock.control.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ForecastRecordTest {

    private static final Instant SHOWN = Instant.parse("2020-03-11T02:00:00Z");
    private static final Duration LAG = Duration.ofMinutes(10);

    @Test
    void aForecastIsRightWhenTheSellOutCameNoLaterThanTheFeedsLagAfterIt() {
        assertTrue(ForecastRecord.wasRight(SHOWN, SHOWN.minusSeconds(300), LAG), "already sold out");
        assertTrue(ForecastRecord.wasRight(SHOWN, SHOWN.plus(LAG), LAG), "sold out within the lag");
        assertFalse(ForecastRecord.wasRight(SHOWN, SHOWN.plus(LAG).plusSeconds(1), LAG), "too early");
        assertFalse(ForecastRecord.wasRight(SHOWN, null, LAG), "never sold out that day");
    }

    @Test
    void moreThanATenthWrongSwitchesADistrictOffOnceThereAreEnoughForecasts() {
        ForecastRecord record = ForecastRecord.NONE;
        for (int i = 0; i < 18; i++) {
            record = record.plus(true);
        }
        record = record.plus(false).plus(false);
        assertEquals(new ForecastRecord(20, 18), record);
        assertFalse(record.switchedOff(), "exactly a tenth wrong stays on");
        assertTrue(record.plus(false).switchedOff(), "3 of 21 wrong");
        assertFalse(new ForecastRecord(19, 0).switchedOff(), "too few to judge");
        assertEquals(0.9, record.hitRate(), 1e-9);
        assertNull(ForecastRecord.NONE.hitRate());
        assertEquals(new ForecastRecord(40, 36), record.plus(record));
    }

    @Test
    void aRecordAddsUp() {
        assertThrows(IllegalArgumentException.class, () -> new ForecastRecord(1, 2));
        assertThrows(IllegalArgumentException.class, () -> new ForecastRecord(-1, 0));
    }
}
