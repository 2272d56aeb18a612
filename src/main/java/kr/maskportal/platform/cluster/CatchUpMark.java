package kr.maskportal.platform.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where a catch-up reads a table's new rows from, by id. Ids are handed out when a row is inserted but become visible
 * when its transaction commits, so a row with a lower id can appear after a higher one was read; reading only
 * above the highest id seen would miss it for ever. So the mark moves up to an id only once that id has been seen
 * for {@code settle} (longer than any transaction that inserts such a row): until then the rows above the previous
 * mark are read again, and the reader skips those it already holds.
 */
public final class CatchUpMark {

    private final Duration settle;
    private final Deque<Seen> recent = new ArrayDeque<>();
    private long settled;

    public CatchUpMark(Duration settle) {
        this.settle = settle;
    }

    /** The id after which the next read starts: every row above it may still be new. */
    public synchronized long readAfter(Instant now) {
        Instant settledBefore = now.minus(settle);
        while (!recent.isEmpty() && !recent.peekFirst().at().isAfter(settledBefore)) {
            settled = Math.max(settled, recent.pollFirst().id());
        }
        return settled;
    }

    /** The highest id a read found (or a start-up load held), at the moment it was read. */
    public synchronized void seen(long highestId, Instant now) {
        Seen last = recent.peekLast();
        if (highestId > settled && (last == null || highestId > last.id())) {
            recent.addLast(new Seen(highestId, now));
        }
    }

    private record Seen(long id, Instant at) {
    }
}
