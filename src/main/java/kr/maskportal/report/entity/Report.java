package kr.maskportal.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing a pharmacist told the portal about one seller, at one moment. Built only through {@link #of}, which
 * enforces what each kind may carry; never changed afterwards except to be marked undone.
 */
@Entity
@Table(name = "report")
public class Report {

    /** A queue longer than this is a typing error, not a queue. */
    public static final int MAX_QUEUE = 999;
    /** More masks than any seller held in 2020. */
    public static final int MAX_MASKS = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seller_code", nullable = false)
    private String sellerCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportKind kind;

    private Integer amount;

    private String notice;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    /** The person who made it (through the form or their own token); null when a vendor did. */
    @Column(name = "account_id")
    private Long accountId;

    /** The point-of-sale vendor that made it; null when a person did. */
    @Column(name = "vendor_id")
    private Long vendorId;

    @Column(name = "api_token_id")
    private Long apiTokenId;

    @Column(name = "undone_at")
    private Instant undoneAt;

    protected Report() {
    }

    private Report(String sellerCode, ReportKind kind, Integer amount, String notice, Instant reportedAt,
            ReportSource source) {
        this.sellerCode = Objects.requireNonNull(sellerCode);
        this.kind = Objects.requireNonNull(kind);
        this.amount = amount;
        this.notice = notice;
        this.reportedAt = Objects.requireNonNull(reportedAt);
        this.accountId = source.accountId();
        this.vendorId = source.vendorId();
        this.apiTokenId = source.apiTokenId();
    }

    /**
     * A new report, checked: a queue of 0 to {@value #MAX_QUEUE} people; a remaining or restocked count of 0 to
     * {@value #MAX_MASKS} masks; a notice of 1 to {@value ReportKind#NOTICE_MAX_LENGTH} characters without control
     * characters (line breaks included: a notice is one line). Markup is allowed and shown as text.
     *
     * @param apiTokenId the point-of-sale token it came through, or null for a person at the form
     * @throws InvalidReport naming the field and the problem
     */
    public static Report of(String sellerCode, ReportKind kind, Integer number, String notice, Instant reportedAt,
            Long accountId, Long apiTokenId) {
        return of(sellerCode, kind, number, notice, reportedAt, ReportSource.person(accountId, apiTokenId));
    }

    /**
     * A new report, checked as above, made by a person or a vendor.
     *
     * @throws InvalidReport naming the field and the problem
     */
    public static Report of(String sellerCode, ReportKind kind, Integer number, String notice, Instant reportedAt,
            ReportSource source) {
        String cleanNotice = notice == null ? null : notice.strip();
        if (cleanNotice != null && cleanNotice.isEmpty()) {
            cleanNotice = null;
        }
        if (kind.carriesNumber()) {
            if (number == null) {
                throw new InvalidReport("number", InvalidReport.Problem.NUMBER_MISSING);
            }
            int most = kind == ReportKind.QUEUE ? MAX_QUEUE : MAX_MASKS;
            if (number < 0 || number > most) {
                throw new InvalidReport("number", InvalidReport.Problem.NUMBER_OUT_OF_RANGE);
            }
        } else if (number != null) {
            throw new InvalidReport("number", InvalidReport.Problem.NUMBER_NOT_ALLOWED);
        }
        if (kind.carriesText()) {
            if (cleanNotice == null) {
                throw new InvalidReport("notice", InvalidReport.Problem.NOTICE_MISSING);
            }
            if (cleanNotice.codePointCount(0, cleanNotice.length()) > ReportKind.NOTICE_MAX_LENGTH) {
                throw new InvalidReport("notice", InvalidReport.Problem.NOTICE_TOO_LONG);
            }
            if (hasBadCharacters(cleanNotice)) {
                throw new InvalidReport("notice", InvalidReport.Problem.NOTICE_BAD_CHARACTERS);
            }
        } else if (cleanNotice != null) {
            throw new InvalidReport("notice", InvalidReport.Problem.NOTICE_NOT_ALLOWED);
        }
        return new Report(sellerCode, kind, number, cleanNotice, reportedAt, source);
    }

    /**
     * Whether a notice holds a character that is no part of one line of text: a control character (line breaks
     * included), an unassigned code point or a lone surrogate. The district offices' notices follow the same rule.
     */
    public static boolean hasBadCharacters(String notice) {
        return notice.codePoints().anyMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.SURROGATE);
    }

    /** Takes the report back; it stays stored, marked with when. */
    public void undo(Instant at) {
        if (undoneAt != null) {
            throw new IllegalStateException("report " + id + " was already undone");
        }
        undoneAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public String getSellerCode() {
        return sellerCode;
    }

    public ReportKind getKind() {
        return kind;
    }

    public Integer getAmount() {
        return amount;
    }

    public String getNotice() {
        return notice;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Long getVendorId() {
        return vendorId;
    }

    public Long getApiTokenId() {
        return apiTokenId;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }

    public boolean isUndone() {
        return undoneAt != null;
    }
}
