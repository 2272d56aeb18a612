package kr.maskportal.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CatchUpMarkTest {

    private static final Instant T0 = Instant.parse("2020-03-11T03:00:00Z");

    private final CatchUpMark mark = new CatchUpMark(Duration.ofSeconds(5));

    @Test
    void aFreshMarkReadsEverything() {
        assertEquals(0, mark.readAfter(T0));
    }

    @Test
    void anIdSeenIsReadAgainUntilItHasSettled() {
        mark.seen(10, T0);
        assertEquals(0, mark.readAfter(T0.plusSeconds(4)), "a lower id may still be committing");
        assertEquals(10, mark.readAfter(T0.plusSeconds(5)));
        assertEquals(10, mark.readAfter(T0.plusSeconds(60)));
    }

    /** Id 11 committed first, id 10 (an older transaction) later: 10 is still read once it appears. */
    @Test
    void aLowerIdCommittedLaterIsStillRead() {
        mark.seen(11, T0);
        long after = mark.readAfter(T0.plusSeconds(2));
        assertEquals(0, after);
        assertTrue(10 > after, "the row with id 10 is in the next read");
    }

    @Test
    void theMarkMovesOnlyAsFarAsTheIdsThatHaveSettled() {
        mark.seen(10, T0);
        mark.seen(20, T0.plusSeconds(3));
        mark.seen(30, T0.plusSeconds(6));
        assertEquals(10, mark.readAfter(T0.plusSeconds(6)));
        assertEquals(20, mark.readAfter(T0.plusSeconds(8)));
        assertEquals(30, mark.readAfter(T0.plusSeconds(11)));
    }

    @Test
    void seeingTheSameHighestIdAgainKeepsWhenItWasFirstSeen() {
        mark.seen(10, T0);
        mark.seen(10, T0.plusSeconds(4));
        mark.seen(7, T0.plusSeconds(4));
        assertEquals(10, mark.readAfter(T0.plusSeconds(5)));
    }

    @Test
    void theMarkNeverGoesBack() {
        mark.seen(30, T0);
        assertEquals(30, mark.readAfter(T0.plusSeconds(5)));
        mark.seen(20, T0.plusSeconds(6));
        assertEquals(30, mark.readAfter(T0.plusSeconds(20)));
    }
}
