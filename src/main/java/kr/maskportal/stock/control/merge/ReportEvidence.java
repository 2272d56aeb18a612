package kr.maskportal.stock.control.merge;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.stock.entity.StockBand;

/**
 * One pharmacist report as the status merge sees it. Undone reports are not handed in at all.
 *
 * @param number     people for {@link ReportKind#QUEUE}, masks for {@link ReportKind#REMAINING} and
 *                   {@link ReportKind#RESTOCKED}; null for every other kind
 * @param text       the notice for {@link ReportKind#NOTICE}, carried as written; null for every other kind
 * @param reportedAt the server's time of accepting the report, never the reporter's own clock
 * @param sequence   the storage id: two reports stamped with the same instant are both kept, and the one stored
 *                   later wins, so that every instance of a cluster shows the same status
 */
public record ReportEvidence(ReportKind kind, Integer number, String text, Instant reportedAt, long sequence) {

    /** Oldest first; the order in which a later report overrides an earlier one. */
    static final Comparator<ReportEvidence> ORDER =
            Comparator.comparing(ReportEvidence::reportedAt).thenComparingLong(ReportEvidence::sequence);

    public ReportEvidence {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(reportedAt);
        if (kind.carriesNumber() != (number != null)) {
            throw new IllegalArgumentException(kind + " with number " + number);
        }
        if (number != null && number < 0) {
            throw new IllegalArgumentException(kind + " with a negative number: " + number);
        }
        if (kind.carriesText() != (text != null)) {
            throw new IllegalArgumentException(kind + " with text " + text);
        }
        if (text != null && text.codePointCount(0, text.length()) > ReportKind.NOTICE_MAX_LENGTH) {
            throw new IllegalArgumentException("notice longer than " + ReportKind.NOTICE_MAX_LENGTH);
        }
    }

    /** Whether this report is a word on the stock level: sold out, or a count of masks. */
    boolean speaksOfStock() {
        return kind == ReportKind.SOLD_OUT || isCount();
    }

    /** A count of masks, which the design treats as evidence of a delivery: it may raise the status (rule 2). */
    boolean isCount() {
        return kind == ReportKind.REMAINING || kind == ReportKind.RESTOCKED;
    }

    /** The level this report sets; only for {@link #speaksOfStock()}. */
    StockBand band() {
        return kind == ReportKind.SOLD_OUT ? StockBand.EMPTY : StockBand.forCount(number);
    }
}
