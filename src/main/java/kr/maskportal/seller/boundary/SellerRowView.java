package kr.maskportal.seller.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import kr.maskportal.platform.time.RelativeAge;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.control.merge.EffectiveStatus;

/**
 * One seller on a district page: who, where, and its effective status as the page shows it: a word, a symbol and
 * a colour, where it came from and how old it is, the queue and the pharmacist's notice.
 */
public final class SellerRowView {

    private final DirectorySeller seller;
    private final EffectiveStatus status;
    private final Instant now;

    SellerRowView(DirectorySeller seller, EffectiveStatus status, Instant now) {
        this.seller = seller;
        this.status = status;
        this.now = now;
    }

    public String getCode() {
        return seller.getCode();
    }

    public String getName() {
        return seller.getName();
    }

    public String getAddress() {
        return seller.getAddress();
    }

    public String getTypeKey() {
        return "seller.type." + seller.getType().name();
    }

    public String getStatusKey() {
        return "status." + status.status().name();
    }

    public String getSymbolKey() {
        return "status.symbol." + status.status().name();
    }

    /** The CSS class that colours the status: one per status, e.g. {@code status-plenty}. */
    public String getStatusClass() {
        return "status-" + status.status().name().toLowerCase(Locale.ROOT);
    }

    public boolean isStale() {
        return status.isStale();
    }

    /** Where the status came from, as a bundle key: feed, pharmacist or both; null when nobody said anything. */
    public String getSourceKey() {
        return status.evidenceAt() == null ? null : "status.source." + status.source().name();
    }

    /** Null when there is no evidence worth an age: nothing said, or only "not delivered yet". */
    public RelativeAge getAge() {
        return status.evidenceAt() == null || status.status() == ShownStatus.NO_DATA ? null : ageOf(status.evidenceAt());
    }

    public boolean isLikelySoldOutBeforeYourTurn() {
        return status.likelySoldOutBeforeYourTurn();
    }

    /** People in the queue, or null when no queue report is valid. */
    public Integer getQueue() {
        return status.queue() == null ? null : status.queue().people();
    }

    public RelativeAge getQueueAge() {
        return status.queue() == null ? null : ageOf(status.queue().reportedAt());
    }

    /** Masks the pharmacist counted, or null when the status does not rest on a count. */
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
