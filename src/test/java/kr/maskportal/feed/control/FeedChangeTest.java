package kr.maskportal.feed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeedChangeTest {

    private static Instant at(String hhmm) {
        return hhmm == null ? null : Instant.parse("2020-03-11T" + hhmm + ":00Z");
    }

    @Test
    void theFirstObservationIsStored() {
        SaleObservation next = new SaleObservation("11111111", null, null, null);
        assertEquals(FeedChange.FIRST, FeedChange.between(null, next));
        assertEquals(true, FeedChange.between(null, next).worthStoring());
    }

    /** An empty cell is a null field. Times are hours:minutes of one day. */
    @ParameterizedTest(name = "{0} {1} {2} -> {3} {4} {5}: {6}")
    @CsvSource(nullValues = "", textBlock = """
            # stored band, stock_at, created_at -> new band, stock_at, created_at, change
            PLENTY, 08:00, 09:00, PLENTY, 08:00, 09:05, REPOLLED
            PLENTY, 08:00, 09:00, PLENTY, 08:00, 09:00, REPOLLED
                  ,      ,      ,       ,      ,      , REPOLLED
                  ,      , 09:00,       ,      , 09:05, REPOLLED
            PLENTY, 08:00, 09:00, SOME,   08:00, 09:05, BAND_CHANGED
            FEW,    08:00, 09:00, EMPTY,  08:00, 09:05, BAND_CHANGED
            EMPTY,  08:00, 09:00, BREAK,  08:00, 09:05, BAND_CHANGED
            FEW,    08:00, 09:00,       , 08:00, 09:05, BAND_CHANGED
                  , 08:00, 09:00, FEW,    08:00, 09:05, BAND_CHANGED
            EMPTY,  08:00, 09:00, PLENTY, 13:00, 13:05, NEW_DELIVERY
            EMPTY,  08:00, 09:00, EMPTY,  13:00, 13:05, NEW_DELIVERY
            EMPTY,       , 09:00, PLENTY, 13:00, 13:05, NEW_DELIVERY
            EMPTY,  08:00, 09:00, EMPTY,       , 13:05, STOCK_AT_CORRECTED
            SOME,   08:00, 09:00, SOME,   07:00, 09:05, STOCK_AT_CORRECTED
            FEW,    13:00, 13:05, PLENTY, 08:00, 09:00, OUTDATED
            FEW,    08:00, 09:05, PLENTY, 08:00, 09:00, OUTDATED
            FEW,    08:00,      , PLENTY, 08:00, 09:00, BAND_CHANGED
            FEW,    08:00, 09:05, PLENTY, 08:00,      , BAND_CHANGED
            """)
    void onlyABandOrDeliveryChangeEarnsAHistoryRow(StockBand lastBand, String lastStockAt, String lastCreatedAt,
                                                   StockBand band, String stockAt, String createdAt,
                                                   FeedChange change) {
        FeedState last = new FeedState(lastBand, at(lastStockAt), at(lastCreatedAt));
        SaleObservation next = new SaleObservation("11111111", band, at(stockAt), at(createdAt));

        assertEquals(change, FeedChange.between(last, next));
        boolean stored = change != FeedChange.REPOLLED && change != FeedChange.OUTDATED;
        assertEquals(stored, change.worthStoring());
    }

    @Test
    void anObservationComparesWithItsOwnStateAsARepoll() {
        SaleObservation seen = new SaleObservation("11111111", StockBand.FEW, at("08:00"), at("09:00"));
        assertEquals(FeedChange.REPOLLED, FeedChange.between(seen.state(), seen));
    }
}
