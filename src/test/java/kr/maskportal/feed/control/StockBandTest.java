package kr.maskportal.feed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Here rather than beside StockBand because the feed is what defines its codes and bounds. */
class StockBandTest {

    @ParameterizedTest
    @EnumSource(StockBand.class)
    void feedCodesRoundTrip(StockBand band) {
        assertEquals(Optional.of(band), StockBand.fromFeedCode(band.feedCode()));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            plenty, PLENTY
            some,   SOME
            few,    FEW
            empty,  EMPTY
            break,  BREAK
            """)
    void theFiveCodesOf2020(String code, StockBand band) {
        assertEquals(Optional.of(band), StockBand.fromFeedCode(code));
    }

    @Test
    void nothingElseIsABand() {
        for (String code : new String[] {null, "", "Plenty", " few", "sold_out", "PLENTY"}) {
            assertEquals(Optional.empty(), StockBand.fromFeedCode(code), code);
        }
    }

    @Test
    void boundsAreTheFeedsOwn() {
        assertEquals(OptionalInt.of(100), StockBand.PLENTY.lowerBound());
        assertEquals(OptionalInt.empty(), StockBand.PLENTY.upperBound());
        assertEquals(OptionalInt.of(30), StockBand.SOME.lowerBound());
        assertEquals(OptionalInt.of(99), StockBand.SOME.upperBound());
        assertEquals(OptionalInt.of(2), StockBand.FEW.lowerBound());
        assertEquals(OptionalInt.of(29), StockBand.FEW.upperBound());
        assertEquals(OptionalInt.of(0), StockBand.EMPTY.lowerBound());
        assertEquals(OptionalInt.of(1), StockBand.EMPTY.upperBound());
        assertEquals(OptionalInt.empty(), StockBand.BREAK.lowerBound());
        assertEquals(OptionalInt.empty(), StockBand.BREAK.upperBound());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,   EMPTY
            1,   EMPTY
            2,   FEW
            29,  FEW
            30,  SOME
            99,  SOME
            100, PLENTY
            2147483647, PLENTY
            """)
    void aCountFallsInExactlyOneBand(int masks, StockBand band) {
        assertEquals(band, StockBand.forCount(masks));
    }

    @Test
    void aNegativeCountIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> StockBand.forCount(-1));
    }

    @Test
    void stockLevelsAreOrderedByMasks() {
        assertTrue(StockBand.EMPTY.isLowerThan(StockBand.FEW));
        assertTrue(StockBand.FEW.isLowerThan(StockBand.SOME));
        assertTrue(StockBand.SOME.isLowerThan(StockBand.PLENTY));
        assertTrue(StockBand.EMPTY.isLowerThan(StockBand.PLENTY));
        assertFalse(StockBand.PLENTY.isLowerThan(StockBand.SOME));
        assertFalse(StockBand.FEW.isLowerThan(StockBand.FEW));
        assertEquals(StockBand.FEW, StockBand.lowerOf(StockBand.PLENTY, StockBand.FEW));
        assertEquals(StockBand.FEW, StockBand.lowerOf(StockBand.FEW, StockBand.SOME));
        assertEquals(StockBand.EMPTY, StockBand.lowerOf(StockBand.EMPTY, StockBand.EMPTY));
    }

    @ParameterizedTest
    @EnumSource(StockBand.class)
    void breakIsNoStockLevelAndNeitherLowerNorHigher(StockBand other) {
        assertFalse(StockBand.BREAK.isStockLevel());
        assertFalse(StockBand.BREAK.isLowerThan(other));
        assertFalse(other.isLowerThan(StockBand.BREAK));
        assertThrows(IllegalArgumentException.class, () -> StockBand.lowerOf(StockBand.BREAK, other));
        assertThrows(IllegalArgumentException.class, () -> StockBand.lowerOf(other, StockBand.BREAK));
    }
}
