package kr.maskportal.openapi.boundary;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import kr.maskportal.openapi.control.CorrectedFeed;
import kr.maskportal.openapi.control.StockSnapshot;
import kr.maskportal.platform.web.CachedBody;

/**
 * The corrected feed's answers as they were last sent, per request ({@link FeedQuery#key()}) and snapshot: a
 * repeated request is bytes from memory, gzipped once. When the snapshot changes, each answer is put together again
 * by one request while the others get the one before, as the public pages do; an answer whose bytes did not change
 * keeps its ETag. Bounded both in answers and in bytes, so that a flood of distinct points or addresses cannot grow
 * it without limit: past either bound it starts again from empty.
 */
final class AnswerCache {

    static final String JSON = "application/json;charset=UTF-8";
    /** Far more than the pages of a country walk plus the places apps ask about at once. */
    private static final int MOST_ANSWERS = 2_000;
    /** The largest answers (10 km around the middle of Seoul) are about 2 MB with their gzipped copy. */
    private static final long MOST_BYTES = 96L * 1024 * 1024;

    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    /** Real time, not the portal's (possibly replayed) clock: Last-Modified is compared with browsers' clocks. */
    private final Clock wallClock;

    AnswerCache(Clock wallClock) {
        this.wallClock = wallClock;
    }

    CachedBody answer(FeedQuery query, CorrectedFeed feed) throws InvalidParameter {
        StockSnapshot snapshot = feed.current();
        String key = query.key();
        Slot slot = slot(key);
        Answer last = slot.answer;
        if (last != null && last.snapshot() == snapshot) {
            return last.body();
        }
        if (last == null) {
            slot.building.lock();
        } else if (!slot.building.tryLock()) {
            return last.body();
        }
        try {
            Answer latest = slot.answer;
            if (latest != null && latest.snapshot() == snapshot) {
                return latest.body(); // put together while this request waited
            }
            byte[] body;
            try {
                body = query.answer(snapshot, feed);
            } catch (InvalidParameter refused) {
                slots.remove(key, slot);
                throw refused;
            }
            CachedBody previous = latest == null ? null : latest.body();
            CachedBody made = CachedBody.of(JSON, body, wallClock.instant(), previous);
            if (made != previous) {
                bytes.addAndGet(made.size() - (previous == null ? 0 : previous.size()));
            }
            slot.answer = new Answer(snapshot, made);
            return made;
        } finally {
            slot.building.unlock();
        }
    }

    private Slot slot(String key) {
        Slot slot = slots.get(key);
        if (slot == null) {
            if (slots.size() >= MOST_ANSWERS || bytes.get() >= MOST_BYTES) {
                slots.clear();
                bytes.set(0); // answers still being put together count afterwards: a bound, not a ledger
            }
            slot = slots.computeIfAbsent(key, k -> new Slot());
        }
        return slot;
    }

    /** One request's answer, and who is putting its next version together. */
    private static final class Slot {
        volatile Answer answer;
        final ReentrantLock building = new ReentrantLock();
    }

    private record Answer(StockSnapshot snapshot, CachedBody body) {
    }
}
