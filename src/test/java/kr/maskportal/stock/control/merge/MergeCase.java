package kr.maskportal.stock.control.merge;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.Freshness;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.entity.StockBand;

/**
 * One row of the merge's rule table: a sentence, the evidence, and what residents must be shown. Times are Korean
 * wall-clock times of 2020-03-11, {@code "10:30"} or {@code "10:30:15"}, optionally prefixed {@code "yesterday "}
 * or {@code "tomorrow "}; reports get increasing storage ids in the order they are written unless one is given.
 */
final class MergeCase {

    private static final LocalDate TODAY = LocalDate.of(2020, 3, 11);

    private final String sentence;
    private Optional<FeedEvidence> feed = Optional.empty();
    private final List<ReportEvidence> reports = new ArrayList<>();
    private long nextSequence = 1;
    private Instant now;
    private MergeSettings settings = MergeSettings.DEFAULTS;
    private SellOutForecast forecast = SellOutForecast.NONE;
    private boolean usualChecked;
    private LocalTime usualSoldOut;

    private ShownStatus status;
    private StatusSource source;
    private Instant evidenceAt;
    private Freshness freshness;
    private boolean likelySoldOut;
    private Integer queuePeople;
    private Instant queueAt;
    private Duration wait;
    private boolean deliveryChecked;
    private Instant deliveredAt;
    private RemainingCount remaining;
    private PharmacistNotice notice;
    private boolean reportChecked;
    private Instant reportedAt;

    private MergeCase(String sentence) {
        this.sentence = sentence;
    }

    static MergeCase rule(String sentence) {
        return new MergeCase(sentence);
    }

    static Instant at(String time) {
        if (time == null) {
            return null;
        }
        LocalDate day = TODAY;
        String clock = time;
        if (time.startsWith("yesterday ")) {
            day = TODAY.minusDays(1);
            clock = time.substring("yesterday ".length());
        } else if (time.startsWith("tomorrow ")) {
            day = TODAY.plusDays(1);
            clock = time.substring("tomorrow ".length());
        }
        return LocalTime.parse(clock).atDate(day).atZone(Korea.ZONE).toInstant();
    }

    /** A feed row, its band as the feed spells it ({@code "few"}, null for none), first seen when produced. */
    MergeCase feed(String remainStat, String stockAt, String createdAt) {
        return feedSeen(remainStat, stockAt, createdAt, createdAt);
    }

    MergeCase feedSeen(String remainStat, String stockAt, String createdAt, String observedAt) {
        StockBand band = remainStat == null ? null : StockBand.fromFeedCode(remainStat).orElseThrow();
        feed = Optional.of(new FeedEvidence(new FeedState(band, at(stockAt), at(createdAt)), at(observedAt)));
        return this;
    }

    MergeCase report(String time, ReportKind kind) {
        return add(new ReportEvidence(kind, null, null, at(time), nextSequence++));
    }

    MergeCase report(String time, ReportKind kind, int number) {
        return add(new ReportEvidence(kind, number, null, at(time), nextSequence++));
    }

    MergeCase reportStored(String time, long sequence, ReportKind kind, Integer number) {
        return add(new ReportEvidence(kind, number, null, at(time), sequence));
    }

    MergeCase notice(String time, String text) {
        return add(new ReportEvidence(ReportKind.NOTICE, null, text, at(time), nextSequence++));
    }

    private MergeCase add(ReportEvidence report) {
        reports.add(report);
        return this;
    }

    MergeCase masksPerPerson(int masks) {
        settings = settings.withMasksPerPerson(masks);
        return this;
    }

    /** Rule 8's input: the seller's pattern and whether its district has forecasts switched off. */
    MergeCase forecast(SellOutForecast given) {
        forecast = given;
        return this;
    }

    /** The usual sell-out time given as the reason of a forecast, {@code "11:40"}; null for none. */
    MergeCase because(String usual) {
        usualChecked = true;
        usualSoldOut = usual == null ? null : LocalTime.parse(usual);
        return this;
    }

    MergeCase now(String time) {
        now = at(time);
        return this;
    }

    MergeCase shows(ShownStatus shown, StatusSource from, String restingOn, Freshness age) {
        status = shown;
        source = from;
        evidenceAt = at(restingOn);
        freshness = age;
        return this;
    }

    MergeCase likelySoldOut() {
        likelySoldOut = true;
        return this;
    }

    MergeCase queue(int people, String reportedAt) {
        queuePeople = people;
        queueAt = at(reportedAt);
        return this;
    }

    MergeCase secondsPerSale(long seconds) {
        settings = new MergeSettings(settings.queueValidFor(), settings.staleAfter(), settings.unknownAfter(),
                settings.masksPerPerson(), Duration.ofSeconds(seconds));
        return this;
    }

    /** The queue's estimated wait, in whole minutes. */
    MergeCase waits(long minutes) {
        wait = Duration.ofMinutes(minutes);
        return this;
    }

    /** The delivery time residents are shown; null for none. */
    MergeCase delivered(String time) {
        deliveryChecked = true;
        deliveredAt = at(time);
        return this;
    }

    /** The time of the report the status rests on; null for none. */
    MergeCase reported(String time) {
        reportChecked = true;
        reportedAt = at(time);
        return this;
    }

    MergeCase remaining(int masks, String reportedAt) {
        remaining = new RemainingCount(masks, at(reportedAt));
        return this;
    }

    MergeCase withNotice(String text, String reportedAt) {
        notice = new PharmacistNotice(text, at(reportedAt));
        return this;
    }

    /** Checks the row, and that the order in which the reports arrive makes no difference. */
    void verify() {
        EffectiveStatus actual = StatusMerge.merge(feed, reports, now, settings, forecast);
        List<ReportEvidence> shuffled = new ArrayList<>(reports);
        Collections.shuffle(shuffled, new Random(sentence.hashCode()));
        List<ReportEvidence> reversed = new ArrayList<>(reports);
        Collections.reverse(reversed);
        assertAll(sentence,
                () -> assertEquals(status, actual.status(), "status"),
                () -> assertEquals(source, actual.source(), "source"),
                () -> assertEquals(evidenceAt, actual.evidenceAt(), "evidence time"),
                () -> assertEquals(freshness, actual.freshness(), "freshness"),
                () -> assertEquals(likelySoldOut, actual.likelySoldOutBeforeYourTurn(), "likely sold out"),
                () -> assertEquals(queuePeople, actual.queue() == null ? null : actual.queue().people(), "queue"),
                () -> assertEquals(queueAt, actual.queue() == null ? null : actual.queue().reportedAt(), "queue time"),
                () -> {
                    if (wait != null) {
                        assertEquals(wait, actual.queue().estimatedWait(), "estimated wait");
                    }
                },
                () -> {
                    if (deliveryChecked) {
                        assertEquals(deliveredAt, actual.deliveredAt(), "delivery time");
                    }
                },
                () -> {
                    if (reportChecked) {
                        assertEquals(reportedAt, actual.reportedAt(), "report time");
                    }
                },
                () -> reportTimeFitsTheSource(actual),
                () -> {
                    if (usualChecked) {
                        assertEquals(usualSoldOut, actual.usualSoldOut(), "usual sell-out time");
                    }
                },
                () -> assertEquals(actual.status() == ShownStatus.LIKELY_SOLD_OUT,
                        actual.source() == StatusSource.FORECAST, "a forecast and only a forecast is from history"),
                () -> assertEquals(remaining, actual.remaining(), "remaining"),
                () -> assertEquals(notice, actual.notice(), "notice"),
                () -> assertEquals(actual, StatusMerge.merge(feed, reversed, now, settings, forecast),
                        "reversed reports"),
                () -> assertEquals(actual, StatusMerge.merge(feed, shuffled, now, settings, forecast),
                        "shuffled reports"));
    }

    /** Every row: a report time exactly when a report stands behind the status, never younger than its evidence. */
    private static void reportTimeFitsTheSource(EffectiveStatus actual) {
        switch (actual.source()) {
            case FEED, NONE, FORECAST -> assertNull(actual.reportedAt(), "no report behind a status of the feed alone");
            case PHARMACIST -> assertEquals(actual.evidenceAt(), actual.reportedAt(), "the report is the evidence");
            case BOTH -> assertTrue(actual.reportedAt() != null && !actual.reportedAt().isAfter(actual.evidenceAt()),
                    "the report, no younger than the younger confirmation: " + actual);
        }
    }

    @Override
    public String toString() {
        return sentence;
    }
}
