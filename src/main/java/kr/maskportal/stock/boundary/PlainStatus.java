package kr.maskportal.stock.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import kr.maskportal.platform.time.RelativeAge;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.control.merge.EffectiveStatus;

/**
 * A seller's effective status in the easy pages' plain words (WEB-INF/includes/plain-status.xhtml): the same
 * merged status as {@link StatusView}, said as a symbol and a short sentence ("마스크 있음 (100개 이상)", "다 팔림").
 * Old evidence is said as such, with its real age ("확인 필요: 정보가 2시간 전 것입니다"): as the whole status when
 * it is too old to show a band, as a warning under the band when it is only stale.
 */
public final class PlainStatus {

    static final int BRIEF_NOTICE = 40;

    private final EffectiveStatus status;
    private final Instant now;

    public PlainStatus(EffectiveStatus status, Instant now) {
        this.status = status;
        this.now = now;
    }

    /** For "likely sold out": when the seller usually sells out. Null for every other status. */
    public ForecastReason getForecastReason() {
        return ForecastReason.of(status);
    }

    public String getSymbolKey() {
        return "status.symbol." + status.status().name();
    }

    /** The status in words; for unknown, the warning with the evidence's age ({@link #getWordAge()}). */
    public String getWordKey() {
        if (status.status() == ShownStatus.UNKNOWN && status.evidenceAt() != null) {
            return checkKey();
        }
        return "easy.status." + status.status().name();
    }

    /** The amount of the age in the words of an unknown status; 0, and unused, otherwise. */
    public long getWordAge() {
        return status.status() == ShownStatus.UNKNOWN && status.evidenceAt() != null ? age().amount() : 0;
    }

    /** A band shown from stale evidence: "check first", with the age. Null when the band is fresh or not shown. */
    public String getCheckKey() {
        return status.isStale() && status.status() != ShownStatus.UNKNOWN ? checkKey() : null;
    }

    public long getCheckAge() {
        return getCheckKey() == null ? 0 : age().amount();
    }

    /** Who said it (rule 7); null when nobody said anything, or only "not delivered yet". */
    public String getSourceKey() {
        return hasEvidence() ? "easy.source." + status.source().name() : null;
    }

    /** The age beside the source, when the words above have not said it already. */
    public RelativeAge getAge() {
        return hasEvidence() && !status.isStale() && status.status() != ShownStatus.UNKNOWN ? age() : null;
    }

    /** The colour of the symbol, e.g. {@code status-plenty}; the word and the symbol say it without it. */
    public String getStatusClass() {
        return "status-" + status.status().name().toLowerCase(Locale.ROOT);
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

    /** Masks counted, or null when the status does not rest on a count. */
    public Integer getRemaining() {
        return status.remaining() == null ? null : status.remaining().masks();
    }

    public String getNotice() {
        return status.notice() == null ? null : status.notice().text();
    }

    /**
     * The notice as a list shows it: its first {@value #BRIEF_NOTICE} characters, the rest on the seller's own page.
     * A notice may run to 200 characters; forty of them in full would take a page of the list past the 14 KB of a
     * first round trip on their own.
     */
    public String getBriefNotice() {
        String notice = getNotice();
        if (notice == null || notice.codePointCount(0, notice.length()) <= BRIEF_NOTICE) {
            return notice;
        }
        return notice.substring(0, notice.offsetByCodePoints(0, BRIEF_NOTICE - 1)).strip() + "…";
    }

    private boolean hasEvidence() {
        return status.evidenceAt() != null && status.status() != ShownStatus.NO_DATA;
    }

    private String checkKey() {
        return "easy.check." + age().key();
    }

    private RelativeAge age() {
        return ageOf(status.evidenceAt());
    }

    private RelativeAge ageOf(Instant at) {
        return RelativeAge.of(Duration.between(at, now));
    }
}
