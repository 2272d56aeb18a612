package kr.maskportal.seller.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListPageTest {

    @ParameterizedTest(name = "page={0} -> {1}")
    @CsvSource(nullValues = "-", textBlock = """
            -,           1
            1,           1
            2,           2
            12,          12
            9999,        9999
            0,           1
            -1,          1
            007,         1
            10000,       1
            99999999999, 1
            2a,          1
            ' 2',        1
            '',          1
            """)
    void anythingButOnePlainNumberFromOneIsTheFirstPage(String value, int page) {
        assertEquals(page, ListPage.requested(value));
    }

    @Test
    void aRepeatedPageIsTheFirst() {
        assertEquals(1, ListPage.requested(new String[] {"2", "3"}));
        assertEquals(1, ListPage.requested(new String[] {"2", "2"}));
        assertEquals(1, ListPage.requested((String[]) null));
        assertEquals(3, ListPage.requested(new String[] {"3"}));
    }

    @Test
    void pageOneHasTheShortestAddress() {
        assertEquals("", ListPage.query(1));
        assertEquals("?page=2", ListPage.query(2));
    }

    @Test
    void pagesCoverTheListOnceInOrderAndTheLastOneIsShort() {
        // 441 sellers, as 강남구 had, 40 a page: 11 full pages and one of 1
        int covered = 0;
        for (int number = 1; number <= 12; number++) {
            ListPage page = ListPage.of(number, 441, 40).orElseThrow();
            assertEquals(12, page.count());
            assertEquals(covered, page.from(), "page " + number + " starts where the one before ended");
            assertEquals(covered + 1, page.getFirstPosition());
            covered = page.to();
        }
        assertEquals(441, covered);
        assertEquals(440, ListPage.of(12, 441, 40).orElseThrow().from());
        assertEquals(Optional.empty(), ListPage.of(13, 441, 40), "no page after the last");
        assertEquals(Optional.empty(), ListPage.of(0, 441, 40));
    }

    @Test
    void aListThatFitsIsOneUnpagedPageAndSoIsAnEmptyOne() {
        ListPage exact = ListPage.of(1, 40, 40).orElseThrow();
        assertEquals(new ListPage(1, 1, 0, 40), exact);
        assertFalse(exact.isPaged());
        assertFalse(exact.hasPrevious() || exact.hasNext());
        assertEquals(new ListPage(1, 1, 0, 0), ListPage.of(1, 0, 40).orElseThrow());
        assertEquals(Optional.empty(), ListPage.of(2, 40, 40));
    }

    @Test
    void thePreviousAndNextLinksLeadToTheNeighbours() {
        ListPage first = ListPage.of(1, 100, 40).orElseThrow();
        assertTrue(first.isPaged() && first.hasNext() && !first.hasPrevious());
        assertEquals("?page=2", first.nextQuery());
        ListPage second = ListPage.of(2, 100, 40).orElseThrow();
        assertEquals("", second.previousQuery(), "back to the plain address");
        assertEquals("?page=3", second.nextQuery());
        ListPage last = ListPage.of(3, 100, 40).orElseThrow();
        assertTrue(last.hasPrevious() && !last.hasNext());
        assertEquals(20, last.to() - last.from());
    }

    @Test
    void aPageNeedsARoomForItems() {
        assertThrows(IllegalArgumentException.class, () -> ListPage.of(1, 10, 0));
    }
}
