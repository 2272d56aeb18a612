package kr.maskportal.stock.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import kr.maskportal.platform.time.RelativeAge;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.control.merge.EffectiveStatus;

/**
 * A seller's effective status as every page shows it (WEB-INF/includes/status.xhtml): a word, a symbol and a colour,
 * where it came from and how old it is, the queue and its estimated wait, the count, the delivery time and the
 * pharmacist's notice. Residents and the
 * pharmacist see the same thing.
 */
public final class StatusView {

    private final EffectiveStatus status;
    private final Instant now;

    public StatusView(EffectiveStatus status, Instant now) {
        this.status = status;
        this.now = now;
    }

    public String getStatusKey() {
        return "status." + status.status().name();
    }

    public String getSymbolKey() {
        return "status.symbol." + status.status().name();
    }

    /** The same classes as the public page's, e.g. {@code status-plenty}. */
    public String getStatusClass() {
        return "status-" + status.status().name().toLowerCase(Locale.ROOT);
    }

    public boolean isStale() {
        return status.isStale();
    }

    /** Null when nobody said anything. */
    public String getSourceKey() {
        return status.evidenceAt() == null ? null : "status.source." + status.source().name();
    }

    /** Null when there is no evidence worth an age: nothing said, or only "not delivered yet". */
    public RelativeAge getAge() {
        return status.evidenceAt() == null || status.status() == ShownStatus.NO_DATA ? null : ageOf(status.evidenceAt());
    }

    /** For "likely sold out": when the seller usually sells out. Null for every other status. */
    public ForecastReason getForecastReason() {
        return ForecastReason.of(status);
    }

    public boolean isLikelySoldOutBeforeYourTurn() {
        return status.likelySoldOutBeforeYourTurn();
    }

    /** People in the queue, or null when no queue report is valid any more. */
    public Integer getQueue() {
        return status.queue() == null ? null : status.queue().people();
    }

    public RelativeAge getQueueAge() {
        return status.queue() == null ? null : ageOf(status.queue().reportedAt());
    }

    /** The queue's estimated wait, or null when there is no queue or nobody in it. */
    public WaitWords getWait() {
        return status.queue() == null || status.queue().people() == 0 ? null
                : WaitWords.of(status.queue().estimatedWait());
    }

    /** When the current delivery was stocked, or null when the feed never said. */
    public DeliveryWords getDelivery() {
        return status.deliveredAt() == null ? null : DeliveryWords.of(status.deliveredAt(), now);
    }

    /** Masks counted, or null when the status does not rest on a count. */
    public Integer getRemaining() {
        return status.remaining() == null ? null : status.remaining().masks();
    }

    public String getNotice() {
        return status.notice() == null ? null : status.notice().text();
    }

    private RelativeAge ageOf(Instant at) {
        return RelativeAge.of(Duration.between(at, now));
    }
}
