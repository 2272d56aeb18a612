package kr.maskportal.official.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import kr.maskportal.report.entity.Report;
import kr.maskportal.report.entity.ReportKind;

/**
 * What a district office tells the residents of one district for a while ("내일 입고 14시로 지연"): shown on the
 * district's public pages from {@code startsAt} (included) until {@code endsAt} (not included). Built only through
 * {@link #post}, which enforces the rules; never changed afterwards except to be withdrawn.
 */
@Entity
@Table(name = "district_notice")
public class DistrictNotice {

    /** The pharmacists' limit: a notice is a line residents read at a glance, not a letter. */
    public static final int MAX_LENGTH = ReportKind.NOTICE_MAX_LENGTH;

    /**
     * The longest a notice may stay up. Two weeks cover a delayed delivery, a holiday's changed hours or the next
     * week's rotation; anything longer is a permanent message, which goes stale unseen on a page read for news.
     */
    public static final Duration MAX_SPAN = Duration.ofDays(14);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "district_code", nullable = false)
    private String districtCode;

    @Column(name = "notice_text", nullable = false)
    private String text;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected DistrictNotice() {
    }

    private DistrictNotice(String districtCode, String text, Instant startsAt, Instant endsAt, long accountId,
            Instant createdAt) {
        this.districtCode = Objects.requireNonNull(districtCode);
        this.text = text;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.accountId = accountId;
        this.createdAt = createdAt;
    }

    /**
     * A new notice, checked: a text of 1 to {@value #MAX_LENGTH} characters (code points, after trimming) on one
     * line, with the pharmacists' notices' rule for characters (markup is allowed and shown as text); an end after
     * the start, not already past at {@code now}, and at most {@link #MAX_SPAN} after the start. A start in the past
     * is fine: the notice is in force at once. Times are kept to the millisecond, as the database keeps them.
     *
     * @throws InvalidNotice naming the field and the problem (the text is checked first, then the times)
     */
    public static DistrictNotice post(String districtCode, String text, Instant startsAt, Instant endsAt,
            long accountId, Instant now) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            throw new InvalidNotice(InvalidNotice.TEXT, InvalidNotice.Problem.TEXT_MISSING);
        }
        if (clean.codePointCount(0, clean.length()) > MAX_LENGTH) {
            throw new InvalidNotice(InvalidNotice.TEXT, InvalidNotice.Problem.TEXT_TOO_LONG);
        }
        if (Report.hasBadCharacters(clean)) {
            throw new InvalidNotice(InvalidNotice.TEXT, InvalidNotice.Problem.TEXT_BAD_CHARACTERS);
        }
        Instant start = Objects.requireNonNull(startsAt).truncatedTo(ChronoUnit.MILLIS);
        Instant end = Objects.requireNonNull(endsAt).truncatedTo(ChronoUnit.MILLIS);
        if (!end.isAfter(start)) {
            throw new InvalidNotice(InvalidNotice.END, InvalidNotice.Problem.END_NOT_AFTER_START);
        }
        if (!end.isAfter(now)) {
            throw new InvalidNotice(InvalidNotice.END, InvalidNotice.Problem.END_IN_PAST);
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw new InvalidNotice(InvalidNotice.END, InvalidNotice.Problem.SPAN_TOO_LONG);
        }
        return new DistrictNotice(districtCode, clean, start, end, accountId, now.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Takes the notice off the public pages; it stays stored, marked with when. */
    public void withdraw(Instant at) {
        if (withdrawnAt != null) {
            throw new IllegalStateException("district notice " + id + " was already withdrawn");
        }
        withdrawnAt = at.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Whether residents see it at that moment: posted, not withdrawn, and between its start and end. */
    public boolean inForceAt(Instant at) {
        return withdrawnAt == null && !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    public Long getId() {
        return id;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getText() {
        return text;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }
}
