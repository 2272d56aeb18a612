package kr.maskportal.official.control.day;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.official.control.history.SellerHistory;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.merge.MergeSettings;
import kr.maskportal.stock.control.merge.ReportEvidence;
import kr.maskportal.stock.control.merge.StatusSource;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.Test;

/**
 * The day report on small districts computed by hand. The day is Tuesday 2020-03-10 in Korea (15:00 UTC on the 9th
 * to 15:00 UTC on the 10th); times are Korean unless they say otherwise; the merge's settings are the defaults (a
 * feed row is stale after 30 minutes and "unknown" after 3 hours).
 */
class DayReportsTest {

    private static final LocalDate DAY = LocalDate.of(2020, 3, 10);
    private static final Instant DAY_OVER = at("2020-03-11T09:00");
    private static final MergeSettings SETTINGS = MergeSettings.DEFAULTS;

    @Test
    void aSellerNobodySaidAnythingAboutNeverSellsOutIsUnknownEveryHourAndNeverReported() {
        DayReport day = DayReports.of(List.of(seller("A").build()), DAY, SETTINGS, DAY_OVER);

        SellerDay a = day.sellers().get(0);
        assertFalse(a.soldOut());
        assertNull(a.soldOutAt());
        assertNull(a.source());
        assertEquals(24, day.hoursOver());
        for (HourShare hour : day.hours()) {
            assertEquals(new HourShare(hour.hour(), 0, 0, 0, 1), hour);
            assertEquals(0.0, hour.withMasksPercent());
            assertEquals(100.0, hour.unknownPercent());
        }
        assertEquals(List.of("A"), day.neverReported());
        day.queues().forEach(q -> assertEquals(new HourQueues(q.hour(), 0, 0, OptionalDouble.empty(),
                OptionalInt.empty()), q));
    }

    @Test
    void theFeedAloneSellsOutWhenThePortalSeesItsEmptyRowAndTheRowAgesIntoUnknown() {
        SellerHistory a = seller("A")
                .feed("some", "08:00", "08:00", "08:01")
                .feed("empty", "08:00", "10:58", "11:00").build();
        DayReport day = DayReports.of(List.of(a), DAY, SETTINGS, DAY_OVER);

        SellerDay sold = day.sellers().get(0);
        assertEquals(at("2020-03-10T11:00"), sold.soldOutAt(), "when the portal saw it, not the feed's created_at");
        assertEquals(StatusSource.FEED, sold.source());
        assertFalse(sold.fromDayBefore());
        assertNull(sold.masksAgainAt());

        assertEquals(new HourShare(7, 0, 0, 0, 1), day.hours().get(7), "07:59:59: no feed yet");
        assertEquals(new HourShare(8, 1, 0, 0, 0), day.hours().get(8), "08:59:59: some");
        assertEquals(new HourShare(10, 1, 0, 0, 0), day.hours().get(10),
                "10:59:59.999: the 08:00 row is 2:59:59 old, still a colour; the 11:00 row not yet seen");
        assertEquals(new HourShare(11, 0, 1, 0, 0), day.hours().get(11), "11:59:59: empty since 10:58");
        assertEquals(new HourShare(12, 0, 1, 0, 0), day.hours().get(12), "12:59:59: 2:01 old, still sold out");
        assertEquals(new HourShare(13, 0, 0, 0, 1), day.hours().get(13),
                "13:59:59: the 10:58 row is over 3 hours old, so residents saw 'unknown'");
        assertEquals(List.of("A"), day.neverReported());
    }

    @Test
    void thePharmacistsSoldOutBeforeTheFeedCountsFromTheReportAndHoldsAllDay() {
        SellerHistory a = seller("A")
                .feed("some", "08:00", "08:00", "08:01")
                .report(ReportKind.SOLD_OUT, null, "10:15")
                .feed("empty", "08:00", "10:30", "10:40").build();
        DayReport day = DayReports.of(List.of(a), DAY, SETTINGS, DAY_OVER);

        SellerDay sold = day.sellers().get(0);
        assertEquals(at("2020-03-10T10:15"), sold.soldOutAt());
        assertEquals(StatusSource.PHARMACIST, sold.source(), "the feed only confirmed it at 10:40");
        assertEquals(new HourShare(9, 1, 0, 0, 0), day.hours().get(9));
        assertEquals(new HourShare(10, 0, 1, 0, 0), day.hours().get(10));
        assertEquals(new HourShare(23, 0, 1, 0, 0), day.hours().get(23),
                "a sold out report holds until the day ends and never turns unknown");
        assertTrue(day.neverReported().isEmpty());
    }

    @Test
    void feedAndPharmacistAtTheSameMomentAreBoth() {
        SellerHistory a = seller("A")
                .feed("few", "08:00", "08:00", "08:01")
                .feed("empty", "08:00", "09:59", "10:00")
                .report(ReportKind.SOLD_OUT, null, "10:00").build();
        SellerDay sold = DayReports.of(List.of(a), DAY, SETTINGS, DAY_OVER).sellers().get(0);

        assertEquals(at("2020-03-10T10:00"), sold.soldOutAt());
        assertEquals(StatusSource.BOTH, sold.source());
    }

    @Test
    void aReportMadeAtTheHourCountsForThatHourNotTheOneBefore() {
        SellerHistory a = seller("A")
                .feed("plenty", "08:00", "08:00", "08:00")
                .report(ReportKind.SOLD_OUT, null, "10:00")
                .build();
        DayReport day = DayReports.of(List.of(a), DAY, SETTINGS, DAY_OVER);

        assertEquals(new HourShare(9, 1, 0, 0, 0), day.hours().get(9), "09:59:59.999 is before the report");
        assertEquals(new HourShare(10, 0, 1, 0, 0), day.hours().get(10));
    }

    @Test
    void aRestockAfterSellingOutKeepsTheFirstSoldOutAndSaysWhenMasksCameBack() {
        SellerHistory byFeed = seller("A")
                .feed("some", "08:00", "08:00", "08:01")
                .report(ReportKind.SOLD_OUT, null, "11:00")
                .feed("plenty", "14:00", "14:05", "14:06")
                .report(ReportKind.SOLD_OUT, null, "17:00").build();
        SellerHistory byReport = seller("B")
                .feed("few", "08:00", "08:00", "08:01")
                .feed("empty", "08:00", "09:30", "09:31")
                .report(ReportKind.RESTOCKED, 200, "13:20").build();
        DayReport day = DayReports.of(List.of(byFeed, byReport), DAY, SETTINGS, DAY_OVER);

        SellerDay a = day.sellers().get(0);
        assertEquals(at("2020-03-10T11:00"), a.soldOutAt(), "the second sell-out at 17:00 is not the first");
        assertEquals(StatusSource.PHARMACIST, a.source());
        assertEquals(at("2020-03-10T14:06"), a.masksAgainAt(), "the feed's new delivery, when the portal saw it");
        SellerDay b = day.sellers().get(1);
        assertEquals(at("2020-03-10T09:31"), b.soldOutAt());
        assertEquals(StatusSource.FEED, b.source());
        assertEquals(at("2020-03-10T13:20"), b.masksAgainAt(), "the pharmacist's count of a delivery");

        assertEquals(new HourShare(13, 1, 1, 0, 0), day.hours().get(13), "A sold out, B restocked");
        assertEquals(new HourShare(14, 2, 0, 0, 0), day.hours().get(14), "both with masks");
        assertEquals(new HourShare(17, 1, 1, 0, 0), day.hours().get(17), "A sold out again");
        assertEquals(50.0, day.hours().get(17).withMasksPercent());
    }

    @Test
    void theDayIsKoreanFrom1500UtcTo1500Utc() {
        SellerHistory before = seller("A")
                .reportAt(ReportKind.SOLD_OUT, null, Instant.parse("2020-03-09T14:59:59.999Z"))
                .reportAt(ReportKind.SOLD_OUT, null, Instant.parse("2020-03-10T15:00:00Z")).build();
        SellerHistory lastMoment = seller("B")
                .reportAt(ReportKind.QUEUE, 9, Instant.parse("2020-03-10T14:59:59.999Z"))
                .reportAt(ReportKind.SOLD_OUT, null, Instant.parse("2020-03-09T15:00:00Z")).build();
        DayReport day = DayReports.of(List.of(before, lastMoment), DAY, SETTINGS, DAY_OVER);

        assertFalse(day.sellers().get(0).soldOut(), "23:59:59 the evening before and 00:00 the day after are not the day");
        assertEquals(List.of("A"), day.neverReported());
        SellerDay b = day.sellers().get(1);
        assertEquals(Instant.parse("2020-03-09T15:00:00Z"), b.soldOutAt(), "00:00 in Korea");
        assertFalse(b.fromDayBefore(), "its own report of 00:00, not yesterday's word");
        assertEquals(new HourQueues(23, 1, 1, OptionalDouble.of(9), OptionalInt.of(9)), day.queues().get(23));
        assertEquals(new HourShare(0, 0, 1, 0, 1), day.hours().get(0));
    }

    @Test
    void theFeedsSoldOutOfTheEveningBeforeIsMarkedAsSuch() {
        SellerHistory a = seller("A").feedAt("empty", "2020-03-09T14:00", "2020-03-09T23:50", "2020-03-09T23:50")
                .build();
        SellerDay sold = DayReports.of(List.of(a), DAY, SETTINGS, DAY_OVER).sellers().get(0);

        assertEquals(at("2020-03-10T00:00"), sold.soldOutAt());
        assertTrue(sold.fromDayBefore());
        assertEquals(StatusSource.FEED, sold.source());
    }

    @Test
    void queuesAreCountedByTheHourTheyWereReportedIn() {
        SellerHistory a = seller("A")
                .report(ReportKind.QUEUE, 12, "10:05")
                .report(ReportKind.QUEUE, 30, "10:40")
                .report(ReportKind.QUEUE, 4, "11:00").build();
        SellerHistory b = seller("B")
                .report(ReportKind.QUEUE, 7, "10:59:59.999")
                .report(ReportKind.SOLD_OUT, null, "10:30").build();
        DayReport day = DayReports.of(List.of(a, b), DAY, SETTINGS, DAY_OVER);

        HourQueues ten = day.queues().get(10);
        assertEquals(3, ten.reports());
        assertEquals(2, ten.sellers());
        assertEquals(49.0 / 3, ten.average().getAsDouble(), 1e-9, "(12 + 30 + 7) / 3");
        assertEquals(30, ten.longest().getAsInt());
        assertEquals(new HourQueues(11, 1, 1, OptionalDouble.of(4), OptionalInt.of(4)), day.queues().get(11));
        assertEquals(0, day.queues().get(9).reports());
        assertTrue(day.neverReported().isEmpty(), "a queue report is a report");
    }

    @Test
    void closedSellersAreNotSellingNotSoldOut() {
        SellerHistory a = seller("A")
                .feed("plenty", "08:00", "08:00", "08:00")
                .report(ReportKind.CLOSED, null, "09:00").build();
        DayReport day = DayReports.of(List.of(a), DAY, SETTINGS, DAY_OVER);

        assertFalse(day.sellers().get(0).soldOut());
        assertEquals(new HourShare(9, 0, 0, 1, 0), day.hours().get(9));
    }

    @Test
    void todayReportsOnlyTheHoursThatAreOverAndWhatWasSaidByNow() {
        Instant now = at("2020-03-10T10:30");
        SellerHistory a = seller("A")
                .feed("some", "08:00", "08:00", "08:01")
                .report(ReportKind.QUEUE, 20, "10:10")
                .report(ReportKind.SOLD_OUT, null, "10:30").build();
        // stamped after now: cannot be, but must not count if it were
        SellerHistory b = seller("B").report(ReportKind.SOLD_OUT, null, "10:31").build();
        DayReport day = DayReports.of(List.of(a, b), DAY, SETTINGS, now);

        assertEquals(10, day.hoursOver(), "00:00 to 10:00; the hour from 10:00 is not over");
        assertEquals(10, day.queues().size());
        assertEquals(at("2020-03-10T10:30"), day.sellers().get(0).soldOutAt(), "said at the very moment of now");
        assertFalse(day.sellers().get(1).soldOut());
        assertEquals(List.of("B"), day.neverReported());
    }

    @Test
    void aDayNotBegunYetHasNothing() {
        DayReport day = DayReports.of(List.of(seller("A").report(ReportKind.SOLD_OUT, null, "10:00").build()), DAY,
                SETTINGS, at("2020-03-09T20:00"));

        assertEquals(0, day.hoursOver());
        assertFalse(day.sellers().get(0).soldOut());
        assertEquals(List.of("A"), day.neverReported());
    }

    @Test
    void sharesAreOfAllTheDistrictsSellers() {
        List<SellerHistory> district = new ArrayList<>();
        district.add(seller("A").feed("plenty", "08:00", "08:00", "08:00").build());
        district.add(seller("B").feed("few", "08:00", "08:00", "08:00").build());
        district.add(seller("C").feed("empty", "08:00", "08:00", "08:00").build());
        district.add(seller("D").build());
        HourShare eight = DayReports.of(district, DAY, SETTINGS, DAY_OVER).hours().get(8);

        assertEquals(new HourShare(8, 2, 1, 0, 1), eight);
        assertEquals(4, eight.sellers());
        assertEquals(50.0, eight.withMasksPercent());
        assertEquals(25.0, eight.unknownPercent());
    }

    // ---- building histories

    private static Instant at(String koreanDateTime) {
        return LocalDateTime.parse(koreanDateTime).atZone(Korea.ZONE).toInstant();
    }

    private static Instant on(String koreanTime) {
        return DAY.atTime(LocalTime.parse(koreanTime)).atZone(Korea.ZONE).toInstant();
    }

    private static Builder seller(String code) {
        return new Builder(code);
    }

    private static final class Builder {
        private final String code;
        private final List<FeedEvidence> feed = new ArrayList<>();
        private final List<ReportEvidence> reports = new ArrayList<>();

        Builder(String code) {
            this.code = code;
        }

        /** A feed change on the day: its band, stock_at, created_at, and when the portal first saw it. */
        Builder feed(String band, String stockAt, String createdAt, String observedAt) {
            return feedAt(band, DAY + "T" + stockAt, DAY + "T" + createdAt, DAY + "T" + observedAt);
        }

        Builder feedAt(String band, String stockAt, String createdAt, String observedAt) {
            feed.add(new FeedEvidence(new FeedState(StockBand.fromFeedCode(band).orElseThrow(), at(stockAt),
                    at(createdAt)), at(observedAt)));
            return this;
        }

        Builder report(ReportKind kind, Integer number, String time) {
            return reportAt(kind, number, on(time));
        }

        Builder reportAt(ReportKind kind, Integer number, Instant reportedAt) {
            reports.add(new ReportEvidence(kind, number, null, reportedAt, reports.size() + 1));
            return this;
        }

        SellerHistory build() {
            return new SellerHistory(code, "26350", feed, reports);
        }
    }
}
