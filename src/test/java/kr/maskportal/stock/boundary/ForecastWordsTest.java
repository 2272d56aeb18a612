package kr.maskportal.stock.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import kr.maskportal.stock.control.Freshness;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.control.forecast.PatternBasis;
import kr.maskportal.stock.control.forecast.SellerPattern;
import kr.maskportal.stock.control.merge.EffectiveStatus;
import kr.maskportal.stock.control.merge.StatusSource;
import org.junit.jupiter.api.Test;

/** What the pages are handed for a forecast: the reason of "likely sold out" and a seller's usual times. */
class ForecastWordsTest {

    private static final Instant NOW = Instant.parse("2020-03-11T03:00:00Z");

    @Test
    void aForecastGivesItsUsualSellOutTimeAsTheReasonOnBothKindsOfPage() {
        var forecast = new EffectiveStatus(ShownStatus.LIKELY_SOLD_OUT, false, StatusSource.FORECAST,
                NOW.minusSeconds(25 * 60), Freshness.FRESH, null, null, null, null, null, LocalTime.of(11, 40));
        assertEquals(new ForecastReason(11, 40), new StatusView(forecast, NOW).getForecastReason());
        assertEquals(new ForecastReason(11, 40), new PlainStatus(forecast, NOW).getForecastReason());
        assertEquals("status.LIKELY_SOLD_OUT", new StatusView(forecast, NOW).getStatusKey());
        assertEquals("easy.source.FORECAST", new PlainStatus(forecast, NOW).getSourceKey());
    }

    @Test
    void anyOtherStatusHasNoReason() {
        var few = new EffectiveStatus(ShownStatus.FEW, false, StatusSource.FEED, NOW, Freshness.FRESH, null, null,
                null);
        assertNull(new StatusView(few, NOW).getForecastReason());
    }

    @Test
    void usualTimesAreThePatternsInBothShapes() {
        var pattern = new SellerPattern(PatternBasis.DISTRICT, 12, LocalTime.of(9, 5), null, Duration.ofMinutes(155),
                null, null, null, Duration.ofMinutes(60), null, Duration.ZERO);
        UsualTimes usual = UsualTimes.of(pattern);
        assertEquals(new UsualTimes(9, 5, 11, 40, true), usual, "the district's times, and said so");
        assertEquals("09:05", usual.getDelivery());
        assertEquals("11:40", usual.getSoldOut());
        assertNull(UsualTimes.of(null));
    }
}
