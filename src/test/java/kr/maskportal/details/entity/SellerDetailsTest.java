package kr.maskportal.details.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SellerDetailsTest {

    @Test
    void everyPartIsCheckedAndNormalised() {
        Map<OpeningDay, DayDraft> days = new EnumMap<>(OpeningDay.class);
        days.put(OpeningDay.MON, new DayDraft("OPEN", "9:00", "1830"));
        days.put(OpeningDay.SAT, new DayDraft("OPEN", " 09.30 ", "24:00"));
        days.put(OpeningDay.SUN, new DayDraft("CLOSED", "", null));
        days.put(OpeningDay.HOL, new DayDraft("NONE", null, " "));
        SellerDetails details = SellerDetails.check("010 1234 5678", days,
                "  번호표는 오전 9시부터 배부   \r\n1인 2매  ");
        assertEquals("01012345678", details.phone().digits());
        assertEquals(Map.of(OpeningDay.MON, DayHours.open("09:00", "18:30"),
                OpeningDay.SAT, DayHours.open("09:30", "24:00"), OpeningDay.SUN, DayHours.CLOSED), details.hours());
        assertEquals(List.of(OpeningDay.MON, OpeningDay.SAT, OpeningDay.SUN), List.copyOf(details.hours().keySet()),
                "in the order of the week");
        assertEquals("번호표는 오전 9시부터 배부\n1인 2매", details.description());
    }

    @Test
    void anEmptyFormIsNoDetails() {
        SellerDetails details = SellerDetails.check("  ", Map.of(), " \n ");
        assertTrue(details.isEmpty());
        assertNull(details.description());
        assertEquals(SellerDetails.NONE, details);
    }

    @Test
    void everyProblemIsNamedAtOnceByItsField() {
        Map<OpeningDay, DayDraft> days = new EnumMap<>(OpeningDay.class);
        days.put(OpeningDay.MON, new DayDraft("OPEN", "", "18:00"));
        days.put(OpeningDay.TUE, new DayDraft("OPEN", "25:00", "9시"));
        days.put(OpeningDay.WED, new DayDraft("OPEN", "18:00", "09:00"));
        days.put(OpeningDay.THU, new DayDraft("OPEN", "09:00", "09:00"));
        days.put(OpeningDay.FRI, new DayDraft("CLOSED", "09:00", ""));
        days.put(OpeningDay.SAT, new DayDraft("SOMETIMES", null, null));
        days.put(OpeningDay.SUN, new DayDraft("OPEN", "24:00", "24:00"));
        InvalidDetails refused = assertThrows(InvalidDetails.class,
                () -> SellerDetails.check("02-12", days, "가".repeat(201)));
        assertEquals(List.of(
                DetailsProblem.of(DetailsField.PHONE, DetailsProblem.Kind.PHONE_FORMAT),
                new DetailsProblem(DetailsField.DAY_OPENS, OpeningDay.MON, DetailsProblem.Kind.TIME_MISSING),
                new DetailsProblem(DetailsField.DAY_OPENS, OpeningDay.TUE, DetailsProblem.Kind.TIME_FORMAT),
                new DetailsProblem(DetailsField.DAY_CLOSES, OpeningDay.TUE, DetailsProblem.Kind.TIME_FORMAT),
                new DetailsProblem(DetailsField.DAY_CLOSES, OpeningDay.WED, DetailsProblem.Kind.CLOSES_NOT_AFTER_OPENS),
                new DetailsProblem(DetailsField.DAY_CLOSES, OpeningDay.THU, DetailsProblem.Kind.CLOSES_NOT_AFTER_OPENS),
                new DetailsProblem(DetailsField.DAY_STATE, OpeningDay.FRI, DetailsProblem.Kind.TIMES_WHEN_NOT_OPEN),
                new DetailsProblem(DetailsField.DAY_STATE, OpeningDay.SAT, DetailsProblem.Kind.DAY_STATE_UNKNOWN),
                new DetailsProblem(DetailsField.DAY_OPENS, OpeningDay.SUN, DetailsProblem.Kind.TIME_FORMAT),
                DetailsProblem.of(DetailsField.DESCRIPTION, DetailsProblem.Kind.DESCRIPTION_TOO_LONG)),
                refused.problems());
    }

    @Test
    void theDescriptionIsShortPlainTextOfAFewLines() {
        assertEquals("가".repeat(200), SellerDetails.check(null, Map.of(), "가".repeat(200)).description());
        assertEquals("😷".repeat(200), SellerDetails.check(null, Map.of(), "😷".repeat(200)).description(),
                "characters as residents count them, not UTF-16 units");
        assertEquals("<b>1\n2\n3\n4\n5", SellerDetails.check(null, Map.of(), "<b>1\n2\n3\n4\n5").description(),
                "markup is kept as text; the pages escape it");
        assertProblem("1\n2\n3\n4\n5\n6", DetailsProblem.Kind.DESCRIPTION_TOO_MANY_LINES);
        assertProblem("번호표\t배부", DetailsProblem.Kind.DESCRIPTION_BAD_CHARACTERS);
        assertProblem("번호표\u0007", DetailsProblem.Kind.DESCRIPTION_BAD_CHARACTERS);
        assertEquals(201, SellerDetails.length("가".repeat(201)));
    }

    @Test
    void aDayLeftOutIsNotGiven() {
        SellerDetails details = SellerDetails.check(null, Map.of(OpeningDay.MON, new DayDraft(null, null, null)),
                null);
        assertTrue(details.hours().isEmpty());
    }

    @Test
    void hoursNeverWrapRoundMidnight() {
        assertThrows(IllegalArgumentException.class, () -> DayHours.open("22:00", "02:00"));
        assertThrows(IllegalArgumentException.class, () -> new DayHours("09:00", null));
        assertNull(DayHours.time("24:00", false), "midnight closes a day, it opens none");
        assertEquals("24:00", DayHours.time("24:00", true));
        assertEquals("07:05", DayHours.time("7:05", false));
        assertNull(DayHours.time("7:5", false));
    }

    private static void assertProblem(String description, DetailsProblem.Kind kind) {
        InvalidDetails refused = assertThrows(InvalidDetails.class,
                () -> SellerDetails.check(null, Map.of(), description));
        assertEquals(List.of(DetailsProblem.of(DetailsField.DESCRIPTION, kind)), refused.problems());
    }
}
