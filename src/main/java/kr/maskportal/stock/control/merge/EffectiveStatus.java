package kr.maskportal.stock.control.merge;

import java.time.Instant;
import java.time.LocalTime;
import kr.maskportal.stock.control.Freshness;
import kr.maskportal.stock.control.ShownStatus;

/**
 * What residents are told about one seller once the feed and the pharmacist's reports are merged
 * ({@link StatusMerge}): what pages and the corrected open API show instead of the feed's own band.
 *
 * @param status                      never a colour when the feed evidence behind it is too old
 * @param likelySoldOutBeforeYourTurn rule 5: the queue alone would take every mask the status promises; only ever
 *                                    true for a status with masks and a valid queue
 * @param source                      who stands behind {@code status}
 * @param evidenceAt                  the moment {@code status} rests on; for {@link StatusSource#BOTH} the newer of
 *                                    the two, as the younger confirmation; null for {@link StatusSource#NONE}
 * @param freshness                   the age class of {@code evidenceAt}; {@link Freshness#UNKNOWN} when there is
 *                                    none
 * @param queue                       the latest queue report of today while it is valid, else null
 * @param notice                      the latest notice of today, else null
 * @param remaining                   the pharmacist's count when the status rests on it, else null
 * @param deliveredAt                 when the seller's current delivery was stocked, as the feed's {@code stock_at}
 *                                    says; null when the feed never said
 * @param reportedAt                  the time of the pharmacist's report that {@code status} rests on ("sold out",
 *                                    a count, "closed"); null unless {@code source} is {@link StatusSource#PHARMACIST}
 *                                    or {@link StatusSource#BOTH}. For {@code BOTH} it may be older than
 *                                    {@code evidenceAt}, which is the younger of the two confirmations
 * @param usualSoldOut                the time of day the seller usually sells out, the reason of a
 *                                    {@link ShownStatus#LIKELY_SOLD_OUT} (rule 8); null for every other status
 */
public record EffectiveStatus(ShownStatus status, boolean likelySoldOutBeforeYourTurn, StatusSource source,
        Instant evidenceAt, Freshness freshness, QueueLength queue, PharmacistNotice notice,
        RemainingCount remaining, Instant deliveredAt, Instant reportedAt, LocalTime usualSoldOut) {

    /** A status that is no forecast. */
    public EffectiveStatus(ShownStatus status, boolean likelySoldOutBeforeYourTurn, StatusSource source,
            Instant evidenceAt, Freshness freshness, QueueLength queue, PharmacistNotice notice,
            RemainingCount remaining, Instant deliveredAt, Instant reportedAt) {
        this(status, likelySoldOutBeforeYourTurn, source, evidenceAt, freshness, queue, notice, remaining,
                deliveredAt, reportedAt, null);
    }

    /** A status with no delivery time known, resting on no report (or on one whose time is not needed). */
    public EffectiveStatus(ShownStatus status, boolean likelySoldOutBeforeYourTurn, StatusSource source,
            Instant evidenceAt, Freshness freshness, QueueLength queue, PharmacistNotice notice,
            RemainingCount remaining) {
        this(status, likelySoldOutBeforeYourTurn, source, evidenceAt, freshness, queue, notice, remaining, null,
                null);
    }

    EffectiveStatus deliveredAt(Instant stockedAt) {
        return new EffectiveStatus(status, likelySoldOutBeforeYourTurn, source, evidenceAt, freshness, queue, notice,
                remaining, stockedAt, reportedAt, usualSoldOut);
    }

    EffectiveStatus reportedAt(Instant reported) {
        return new EffectiveStatus(status, likelySoldOutBeforeYourTurn, source, evidenceAt, freshness, queue, notice,
                remaining, deliveredAt, reported, usualSoldOut);
    }

    public boolean isStale() {
        return freshness == Freshness.STALE && status != ShownStatus.NO_DATA;
    }
}
