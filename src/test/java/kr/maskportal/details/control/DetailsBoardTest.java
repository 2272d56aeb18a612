package kr.maskportal.details.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import kr.maskportal.details.entity.DayHours;
import kr.maskportal.details.entity.OpeningDay;
import kr.maskportal.details.entity.PhoneNumber;
import kr.maskportal.details.entity.SellerDetails;
import org.junit.jupiter.api.Test;

class DetailsBoardTest {

    private static final SellerDetails CALL_US = new SellerDetails(PhoneNumber.ofDigits("021234567").orElseThrow(),
            Map.of(OpeningDay.MON, DayHours.open("09:00", "18:00")), "번호표 배부");
    private static final SellerDetails CALL_LATER = new SellerDetails(PhoneNumber.ofDigits("0212345678").orElseThrow(),
            Map.of(), null);

    @Test
    void aSellerWithoutDetailsHasNone() {
        assertEquals(SellerDetails.NONE, new DetailsBoard().of("11806923"));
    }

    @Test
    void theVersionChangesOnlyWhenWhatResidentsSeeChanges() {
        DetailsBoard board = new DetailsBoard();
        long start = board.version();
        board.put("11806923", CALL_US, 1);
        long afterSave = board.version();
        assertNotEquals(start, afterSave);
        assertEquals(CALL_US, board.of("11806923"));

        board.put("11806923", CALL_US, 1);
        board.put("11806923", new SellerDetails(CALL_US.phone(), CALL_US.hours(), CALL_US.description()), 2);
        assertEquals(afterSave, board.version(), "the same details read again by a catch-up keep the cached pages");

        board.put("11807121", SellerDetails.NONE, 3);
        assertEquals(afterSave, board.version(), "details saved empty show nothing new");
    }

    @Test
    void anOlderRevisionNeverUndoesANewerSave() {
        DetailsBoard board = new DetailsBoard();
        board.put("11806923", CALL_LATER, 7);
        long version = board.version();
        board.put("11806923", CALL_US, 5); // a catch-up that read the row before this instance saved it again
        assertEquals(CALL_LATER, board.of("11806923"));
        assertEquals(version, board.version());
        board.put("11806923", CALL_US, 8);
        assertEquals(CALL_US, board.of("11806923"));
    }
}
