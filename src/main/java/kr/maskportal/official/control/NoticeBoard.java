package kr.maskportal.official.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The district notices not yet ended nor withdrawn, in memory, as the public pages read them: restored from the
 * database at start-up, then changed notice by notice as officials post and withdraw, so a public page never
 * reads the database for them. Reads take an immutable snapshot without locking; changes replace it whole.
 * <p>
 * A cached page shows the notices in force at the moment it was rendered, so it must be rendered again when the
 * board changes and when a notice's start or end passes: {@link #stateAt} answers a number that changes on both.
 */
@ApplicationScoped
public class NoticeBoard {

    /** Earliest start first, then the order they were posted in: residents read them in the order they began. */
    private static final Comparator<PostedNotice> ORDER =
            Comparator.comparing(PostedNotice::startsAt).thenComparingLong(PostedNotice::id);

    private volatile Snapshot snapshot = Snapshot.of(0, List.of());

    /** The district's notices in force at {@code now} (start included, end not), earliest start first. */
    public List<PostedNotice> inForce(String districtCode, Instant now) {
        return snapshot.byDistrict().getOrDefault(districtCode, List.of()).stream()
                .filter(notice -> notice.inForceAt(now))
                .toList();
    }

    /**
     * A number that changes whenever a notice is posted or withdrawn, and whenever a start or end of a notice on
     * the board passes (as of {@code now}): a page rendered under one value shows the notices in force under it.
     * The version counts changes; the boundaries passed are added, so that neither can undo the other's step (a
     * change never lowers the count of boundaries by more than the version rises: see {@link #change}).
     */
    public long stateAt(Instant now) {
        Snapshot current = snapshot;
        return current.version() + current.boundariesPassed(now);
    }

    /** The notices read from the database at start-up, replacing whatever the board held. */
    synchronized void restore(Collection<PostedNotice> notices, Instant now) {
        change(List.copyOf(notices), now);
    }

    /**
     * The notices not ended nor withdrawn as the database holds them now (a catch-up): the board changes, and with
     * it the state, only when they differ from what it holds, so that cached pages outlive a catch-up that found
     * nothing new.
     */
    synchronized void follow(Collection<PostedNotice> stored, Instant now) {
        if (!Set.copyOf(stored).equals(Set.copyOf(current(now)))) {
            change(List.copyOf(stored), now);
        }
    }

    /** A newly posted notice; those ended by {@code now} are dropped on the way, to keep the board small. */
    synchronized void add(PostedNotice notice, Instant now) {
        List<PostedNotice> notices = new ArrayList<>(current(now));
        notices.add(notice);
        change(notices, now);
    }

    /** A withdrawn notice (or one that was never on the board, which changes nothing but the pruning). */
    synchronized void remove(long id, Instant now) {
        List<PostedNotice> notices = new ArrayList<>(current(now));
        notices.removeIf(notice -> notice.id() == id);
        change(notices, now);
    }

    /**
     * Replaces the board with a version that rises by more than the boundaries it forgets, so that
     * {@link #stateAt} never answers a value it answered before for another board: dropping ended notices takes
     * their passed boundaries out of the count.
     */
    private void change(List<PostedNotice> notices, Instant now) {
        Snapshot before = snapshot;
        Snapshot after = Snapshot.of(0, notices);
        long forgotten = before.boundariesPassed(now) - after.boundariesPassed(now);
        snapshot = new Snapshot(before.version() + 1 + Math.max(0, forgotten), after.byDistrict(), after.boundaries());
    }

    private List<PostedNotice> current(Instant now) {
        Predicate<PostedNotice> ended = notice -> !notice.endsAt().isAfter(now);
        return snapshot.byDistrict().values().stream().flatMap(List::stream).filter(ended.negate()).toList();
    }

    /**
     * The board at one moment.
     *
     * @param boundaries every start and end on the board, in epoch milliseconds, sorted
     */
    private record Snapshot(long version, Map<String, List<PostedNotice>> byDistrict, long[] boundaries) {

        static Snapshot of(long version, Collection<PostedNotice> notices) {
            Map<String, List<PostedNotice>> byDistrict = new HashMap<>();
            notices.forEach(n -> byDistrict.computeIfAbsent(n.districtCode(), d -> new ArrayList<>()).add(n));
            byDistrict.replaceAll((district, list) -> list.stream().sorted(ORDER).toList());
            long[] boundaries = notices.stream()
                    .flatMap(n -> List.of(n.startsAt(), n.endsAt()).stream())
                    .mapToLong(Instant::toEpochMilli).sorted().toArray();
            return new Snapshot(version, Map.copyOf(byDistrict), boundaries);
        }

        /** How many starts and ends are at or before {@code now}: a binary search, cheap on every request. */
        long boundariesPassed(Instant now) {
            long at = now.toEpochMilli();
            int low = 0;
            int high = boundaries.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (boundaries[middle] <= at) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
