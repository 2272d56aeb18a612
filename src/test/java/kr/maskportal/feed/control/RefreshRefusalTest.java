package kr.maskportal.feed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RefreshRefusalTest {

    /** An empty outcome cell means accepted. */
    @ParameterizedTest(name = "pages {1}/{0}, sellers {3} after {2}, accepted {4} -> {5}")
    @CsvSource(nullValues = "", textBlock = """
            # expected pages, arrived, previous sellers, sellers now, accepted records, refusal
            51, 51, 20000, 20000, 25000,
            51, 51, 20000, 10000, 25000,
            51, 51, 20000,  9999, 25000, TOO_FEW_SELLERS
            51, 51,     5,     3,     3,
            51, 51,     5,     2,     2, TOO_FEW_SELLERS
            51, 51, 20000,     0, 25000, TOO_FEW_SELLERS
            10,  5, 20000, 20000, 25000,
            10,  4, 20000, 20000, 25000, TOO_FEW_PAGES
            51, 26, 20000, 20000, 25000,
            51, 25, 20000, 20000, 25000, TOO_FEW_PAGES
            51, 25, 20000,     0,     0, TOO_FEW_PAGES
             1,  0, 20000,     0,     0, TOO_FEW_PAGES
             0,  0, 20000,     0,     0, TOO_FEW_PAGES
            51,  1,     0,     0,     1,
            51,  1,     0,     0,     0, NOTHING_ACCEPTED
             0,  0,     0,     0,     0, NOTHING_ACCEPTED
             1,  1,     0,     0,   300,
            """)
    void refusesARefreshThatWouldBlankMostOfTheCountry(int expected, int arrived, int previous, int sellers,
                                                       int accepted, RefreshRefusal refusal) {
        PageTally pages = new PageTally(expected, arrived, Map.of());
        assertEquals(Optional.ofNullable(refusal), RefreshRefusal.judge(pages, previous, sellers, accepted));
    }
}
