package kr.maskportal.official.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lag report's choice of days and district, as typed into the address or the form. */
class LagChoiceTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 3, 11);

    private static List<String> problems(LagChoice choice) {
        return choice.problems().stream().map(p -> p.field() + " " + p.messageKey() + " " + p.param()).toList();
    }

    @Test
    void byDefaultTheLastSevenDaysUpToTodayInEveryDistrict() {
        LagChoice choice = LagChoice.read(null, "", " ", TODAY);
        assertTrue(choice.valid());
        assertEquals(LocalDate.of(2020, 3, 5), choice.from());
        assertEquals(TODAY, choice.to());
        assertNull(choice.district());
    }

    @Test
    void anEndAloneMeansTheSevenDaysUpToIt() {
        LagChoice choice = LagChoice.read(null, "2020-03-09", "41135", TODAY);
        assertEquals(LocalDate.of(2020, 3, 3), choice.from());
        assertEquals("41135", choice.district());
    }

    @Test
    void thirtyOneDaysAreAllowedAndThirtyTwoAreNot() {
        assertTrue(LagChoice.read("2020-03-01", "2020-03-31", null, TODAY).valid());
        assertEquals(List.of("to official.lag.error.tooLong 32"),
                problems(LagChoice.read("2020-03-01", "2020-04-01", null, TODAY)));
    }

    @Test
    void aReversedSpanIsRefused() {
        assertEquals(List.of("from official.lag.error.reversed null"),
                problems(LagChoice.read("2020-03-10", "2020-03-09", null, TODAY)));
        assertTrue(LagChoice.read("2020-03-10", "2020-03-10", null, TODAY).valid(), "one day");
    }

    @Test
    void malformedDatesAreRefusedEachByItsField() {
        assertEquals(List.of("to official.lag.error.toDate null", "from official.lag.error.fromDate null"),
                problems(LagChoice.read("2020-13-01", "yesterday", null, TODAY)));
    }
}
