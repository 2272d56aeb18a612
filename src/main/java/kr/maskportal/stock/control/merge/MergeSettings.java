package kr.maskportal.stock.control.merge;

import java.time.Duration;

/**
 * The tunable parts of the merge.
 *
 * @param queueValidFor  how long a queue report is shown (rule 5)
 * @param staleAfter     evidence at least this old is marked stale (rule 6)
 * @param unknownAfter   feed evidence at least this old is shown as unknown (rule 6)
 * @param masksPerPerson what one person in the queue may buy; it changes with the rotation policy (2, later 3)
 * @param servicePerPerson how long one sale takes at the counter (the identity check and the purchase record of
 *                       2020), for a queue's estimated wait
 */
public record MergeSettings(Duration queueValidFor, Duration staleAfter, Duration unknownAfter, int masksPerPerson,
        Duration servicePerPerson) {

    public static final MergeSettings DEFAULTS = new MergeSettings(Duration.ofMinutes(30), Duration.ofMinutes(30),
            Duration.ofHours(3), 2, Duration.ofMinutes(1));

    public MergeSettings {
        if (!positive(queueValidFor) || !positive(staleAfter) || !positive(unknownAfter)
                || !positive(servicePerPerson)) {
            throw new IllegalArgumentException("durations must be positive");
        }
        if (staleAfter.compareTo(unknownAfter) > 0) {
            throw new IllegalArgumentException("stale must come before unknown: " + staleAfter + " > " + unknownAfter);
        }
        if (masksPerPerson < 1) {
            throw new IllegalArgumentException("per-person limit must be at least 1: " + masksPerPerson);
        }
    }

    // Duration.isPositive() came only in Java 18.
    private static boolean positive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }

    public MergeSettings withMasksPerPerson(int masks) {
        return new MergeSettings(queueValidFor, staleAfter, unknownAfter, masks, servicePerPerson);
    }
}
