package kr.maskportal.official.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoticeBoardTest {

    /** 2020-03-11 12:00 in Korea, and hours around it. */
    private static final Instant NOON = OffsetDateTime.parse("2020-03-11T12:00+09:00").toInstant();
    private static final Instant H13 = NOON.plusSeconds(3600);
    private static final Instant H14 = NOON.plusSeconds(2 * 3600);
    private static final Instant H15 = NOON.plusSeconds(3 * 3600);
    private static final Instant H16 = NOON.plusSeconds(4 * 3600);

    private final NoticeBoard board = new NoticeBoard();

    @Test
    void anEmptyBoardHasNothingInForce() {
        assertEquals(List.of(), board.inForce("11680", NOON));
    }

    @Test
    void aNoticeIsInForceFromItsStartIncludedToItsEndExcluded() {
        PostedNotice notice = notice(1, "11680", H13, H15);
        board.add(notice, NOON);
        assertEquals(List.of(), board.inForce("11680", NOON));
        assertEquals(List.of(), board.inForce("11680", H13.minusMillis(1)));
        assertEquals(List.of(notice), board.inForce("11680", H13));
        assertEquals(List.of(notice), board.inForce("11680", H15.minusMillis(1)));
        assertEquals(List.of(), board.inForce("11680", H15));
    }

    @Test
    void eachDistrictSeesOnlyItsOwnNoticesEarliestStartFirst() {
        PostedNotice later = notice(1, "11680", H13, H16);
        PostedNotice earlier = notice(2, "11680", NOON, H16);
        PostedNotice sameStart = notice(3, "11680", NOON, H15);
        PostedNotice elsewhere = notice(4, "11440", NOON, H16);
        board.restore(List.of(later, earlier, sameStart, elsewhere), NOON);
        assertEquals(List.of(earlier, sameStart, later), board.inForce("11680", H14), "by start, then as posted");
        assertEquals(List.of(earlier, sameStart), board.inForce("11680", NOON));
        assertEquals(List.of(elsewhere), board.inForce("11440", H14));
        assertEquals(List.of(), board.inForce("26110", H14));
    }

    @Test
    void aWithdrawnNoticeLeavesAtOnceAndTheOthersStay() {
        PostedNotice first = notice(1, "11680", NOON, H16);
        PostedNotice second = notice(2, "11680", NOON, H16);
        board.add(first, NOON);
        board.add(second, NOON);
        board.remove(1, H13);
        assertEquals(List.of(second), board.inForce("11680", H13));
        board.remove(99, H13);
        assertEquals(List.of(second), board.inForce("11680", H13), "an id not on the board changes nothing shown");
    }

    @Test
    void theStateChangesWhenANoticeIsPostedOrWithdrawn() {
        long empty = board.stateAt(NOON);
        board.add(notice(1, "11680", H14, H16), NOON);
        long posted = board.stateAt(NOON);
        assertNotEquals(empty, posted, "an upcoming notice changes nothing shown yet, but the board's state");
        board.remove(1, NOON);
        assertNotEquals(posted, board.stateAt(NOON));
        assertNotEquals(empty, board.stateAt(NOON), "never back to a value already given");
    }

    @Test
    void theStateChangesWhenAStartOrAnEndPassesAndOnlyThen() {
        board.add(notice(1, "11680", H13, H15), NOON);
        long before = board.stateAt(NOON);
        assertEquals(before, board.stateAt(H13.minusMillis(1)), "nothing passed yet");
        long started = board.stateAt(H13);
        assertEquals(before + 1, started, "the start passed");
        assertEquals(started, board.stateAt(H14), "nothing more between start and end");
        assertEquals(started + 1, board.stateAt(H15), "the end passed");
        assertEquals(started + 1, board.stateAt(H16));
    }

    @Test
    void theStateNeverRepeatsAsTimePassesAndTheBoardChangesIncludingWhenEndedNoticesAreDropped() {
        Set<Long> seen = new HashSet<>();
        seen.add(board.stateAt(NOON));
        board.add(notice(1, "11680", NOON, H13), NOON);
        assertTrue(seen.add(board.stateAt(NOON)));
        assertTrue(seen.add(board.stateAt(H13)), "notice 1 ended");
        // adding at 14:00 drops the ended notice 1 (two passed boundaries forgotten): the state must still move on
        board.add(notice(2, "11680", H15, H16), H14);
        assertTrue(seen.add(board.stateAt(H14)), "after the drop");
        assertEquals(List.of(), board.inForce("11680", H14));
        assertTrue(seen.add(board.stateAt(H15)), "notice 2 started");
        board.remove(2, H15);
        assertTrue(seen.add(board.stateAt(H15)), "notice 2 withdrawn after its start");
        board.restore(List.of(notice(3, "11680", NOON, H16)), H15);
        assertTrue(seen.add(board.stateAt(H15)), "restored");
        assertTrue(seen.add(board.stateAt(H16)), "notice 3 ended");
    }

    @Test
    void aNoticeAddedAlreadyStartedIsInForceAtOnce() {
        board.add(notice(1, "11680", NOON.minusSeconds(3600), H13), NOON);
        assertEquals(1, board.inForce("11680", NOON).size());
    }

    @Test
    void aCatchUpShowsNoticesPostedAndWithdrawnElsewhereAndChangesTheStateOnlyThen() {
        PostedNotice kept = notice(1, "11680", NOON, H16);
        PostedNotice withdrawnElsewhere = notice(2, "11680", NOON, H16);
        board.restore(List.of(kept, withdrawnElsewhere), NOON);
        long before = board.stateAt(NOON);

        board.follow(List.of(kept, withdrawnElsewhere), NOON);
        assertEquals(before, board.stateAt(NOON), "nothing new: cached pages stay valid");

        PostedNotice postedElsewhere = notice(3, "11440", NOON, H15);
        board.follow(List.of(kept, postedElsewhere), NOON);
        assertNotEquals(before, board.stateAt(NOON));
        assertEquals(List.of(kept), board.inForce("11680", H13));
        assertEquals(List.of(postedElsewhere), board.inForce("11440", H13));
    }

    private static PostedNotice notice(long id, String district, Instant start, Instant end) {
        return new PostedNotice(id, district, "알림 " + id, start, end);
    }
}
