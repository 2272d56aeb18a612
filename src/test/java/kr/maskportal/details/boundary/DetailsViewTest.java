package kr.maskportal.details.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kr.maskportal.details.entity.DayHours;
import kr.maskportal.details.entity.OpeningDay;
import kr.maskportal.details.entity.PhoneNumber;
import kr.maskportal.details.entity.SellerDetails;
import org.junit.jupiter.api.Test;

class DetailsViewTest {

    /** 2020-03-11, the demo's day, was a Wednesday. */
    private static final LocalDate WEDNESDAY = LocalDate.of(2020, 3, 11);

    @Test
    void residentsReadThePhoneWithHyphensAndDialItsDigits() {
        DetailsView view = DetailsView.of(new SellerDetails(PhoneNumber.ofDigits("15881234").orElseThrow(), Map.of(),
                null), WEDNESDAY);
        assertEquals("1588-1234", view.getPhone());
        assertEquals("tel:15881234", view.getPhoneHref());
    }

    @Test
    void theHoursGivenAreListedInWeekOrderWithTodayMarked() {
        DetailsView view = DetailsView.of(new SellerDetails(null, Map.of(OpeningDay.HOL, DayHours.CLOSED,
                OpeningDay.WED, DayHours.open("09:00", "21:00"), OpeningDay.MON, DayHours.open("09:00", "18:00")),
                "번호표는\n오전 9시부터"), WEDNESDAY);
        assertEquals(List.of("details.day.MON", "details.day.WED", "details.day.HOL"),
                view.getHours().stream().map(HoursRow::getDayKey).toList());
        assertEquals(List.of(false, true, false), view.getHours().stream().map(HoursRow::isToday).toList());
        assertEquals("21:00", view.getHours().get(1).getCloses());
        assertTrue(view.getHours().get(2).isClosed());
        assertEquals(List.of("번호표는", "오전 9시부터"), view.getDescriptionLines());
        assertNull(view.getPhone());
    }

    @Test
    void noDetailsShowNothing() {
        DetailsView view = DetailsView.of(SellerDetails.NONE, WEDNESDAY);
        assertTrue(view.isEmpty());
        assertTrue(view.getHours().isEmpty());
        assertTrue(view.getDescriptionLines().isEmpty());
        assertNull(view.getPhoneHref());
    }
}
