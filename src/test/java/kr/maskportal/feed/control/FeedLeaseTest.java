package kr.maskportal.feed.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedLeaseTest {

    private static final Instant T0 = Instant.parse("2020-03-11T03:00:00Z");

    @Test
    void nobodyHoldsItAtFirstSoTheFirstInstanceTakesIt() {
        FeedLease lease = FeedLease.NOBODY.takenBy("a", T0);
        assertTrue(lease.heldBy("a", T0));
        assertEquals(T0.plus(FeedLease.LENGTH), lease.expiresAt());
    }

    @Test
    void anotherInstanceCannotTakeAHeldLease() {
        FeedLease lease = FeedLease.NOBODY.takenBy("a", T0);
        FeedLease tried = lease.takenBy("b", T0.plusSeconds(29));
        assertEquals(lease, tried);
        assertFalse(tried.heldBy("b", T0.plusSeconds(29)));
    }

    @Test
    void theHolderRenewingEveryTickKeepsItForEver() {
        FeedLease lease = FeedLease.NOBODY.takenBy("a", T0);
        for (int tick = 1; tick <= 100; tick++) {
            Instant now = T0.plus(FeedLease.TICK.multipliedBy(tick));
            assertFalse(lease.mayBeTakenBy("b", now), "tick " + tick);
            lease = lease.takenBy("a", now);
        }
        assertTrue(lease.heldBy("a", T0.plus(FeedLease.TICK.multipliedBy(100))));
    }

    /** The holder is killed just after a renewal: the others, trying every tick, take over within a minute. */
    @Test
    void aKilledHoldersLeaseIsTakenOverWithinAMinute() {
        FeedLease lease = FeedLease.NOBODY.takenBy("a", T0);
        Instant now = T0.plusMillis(3_700); // b's ticks are not in step with a's
        while (!lease.heldBy("b", now)) {
            lease = lease.takenBy("b", now);
            if (!lease.heldBy("b", now)) {
                now = now.plus(FeedLease.TICK);
            }
        }
        Duration takeover = Duration.between(T0, now);
        assertTrue(takeover.compareTo(FeedLease.LENGTH) >= 0, "never before the lease ran out: " + takeover);
        assertTrue(takeover.compareTo(Duration.ofMinutes(1)) < 0, "within a minute: " + takeover);
    }

    @Test
    void aLeaseLetGoIsTakenAtTheNextTick() {
        FeedLease lease = FeedLease.NOBODY.takenBy("a", T0).releasedBy("a");
        assertTrue(lease.mayBeTakenBy("b", T0.plusSeconds(1)));
        assertFalse(lease.heldBy("a", T0.plusSeconds(1)));
    }

    @Test
    void onlyTheHolderCanLetItGo() {
        FeedLease lease = FeedLease.NOBODY.takenBy("a", T0);
        assertEquals(lease, lease.releasedBy("b"));
    }
}
