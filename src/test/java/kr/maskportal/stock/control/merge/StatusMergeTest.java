package kr.maskportal.stock.control.merge;

import static kr.maskportal.report.entity.ReportKind.CLOSED;
import static kr.maskportal.report.entity.ReportKind.QUEUE;
import static kr.maskportal.report.entity.ReportKind.REMAINING;
import static kr.maskportal.report.entity.ReportKind.REOPENED;
import static kr.maskportal.report.entity.ReportKind.RESTOCKED;
import static kr.maskportal.report.entity.ReportKind.SOLD_OUT;
import static kr.maskportal.stock.control.Freshness.FRESH;
import static kr.maskportal.stock.control.Freshness.STALE;
import static kr.maskportal.stock.control.ShownStatus.BREAK;
import static kr.maskportal.stock.control.ShownStatus.EMPTY;
import static kr.maskportal.stock.control.ShownStatus.FEW;
import static kr.maskportal.stock.control.ShownStatus.NO_DATA;
import static kr.maskportal.stock.control.ShownStatus.PLENTY;
import static kr.maskportal.stock.control.ShownStatus.SOME;
import static kr.maskportal.stock.control.ShownStatus.UNKNOWN;
import static kr.maskportal.stock.control.merge.MergeCase.rule;
import static kr.maskportal.stock.control.merge.StatusSource.BOTH;
import static kr.maskportal.stock.control.merge.StatusSource.FEED;
import static kr.maskportal.stock.control.merge.StatusSource.NONE;
import static kr.maskportal.stock.control.merge.StatusSource.PHARMACIST;

import java.util.stream.Stream;
import kr.maskportal.stock.control.Freshness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DESIGN.md, "Effective status", rules 1 to 7, one sentence per row. The day is 2020-03-11 in Korea; the feed's
 * delivery of the morning was stocked at 08:00 unless a row says otherwise. {@code Freshness.UNKNOWN} is spelled out
 * to keep it apart from the shown status {@code UNKNOWN}.
 */
class StatusMergeTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource({"feedAlone", "withinOneDelivery", "newDeliveries", "soldOutAndTheSalesDay", "closed",
        "breakAndTies", "withoutAFeed", "countsAndBands", "reportAges", "queues", "waits", "deliveries", "notices",
        "reportTimes"})
    void theRuleHolds(MergeCase row) {
        row.verify();
    }

    static Stream<MergeCase> feedAlone() {
        return Stream.of(
                rule("the feed alone shows its band, from the feed, as old as its row")
                        .feed("some", "08:00", "09:00").now("09:10")
                        .shows(SOME, FEED, "09:00", FRESH),
                rule("feed evidence 29:59 old is still fresh")
                        .feed("some", "08:00", "09:00").now("09:29:59")
                        .shows(SOME, FEED, "09:00", FRESH),
                rule("feed evidence exactly 30:00 old is stale")
                        .feed("some", "08:00", "09:00").now("09:30:00")
                        .shows(SOME, FEED, "09:00", STALE),
                rule("feed evidence 2:59:59 old is stale but still a colour")
                        .feed("some", "08:00", "09:00").now("11:59:59")
                        .shows(SOME, FEED, "09:00", STALE),
                rule("feed evidence exactly 3:00:00 old is shown as unknown, never a colour")
                        .feed("some", "08:00", "09:00").now("12:00:00")
                        .shows(UNKNOWN, FEED, "09:00", Freshness.UNKNOWN),
                rule("a feed break too old is unknown as well")
                        .feed("break", null, "yesterday 23:00").now("02:00")
                        .shows(UNKNOWN, FEED, "yesterday 23:00", Freshness.UNKNOWN),
                rule("a feed row without created_at ages from when the portal first saw it")
                        .feedSeen("few", "08:00", null, "09:00").now("09:30")
                        .shows(FEW, FEED, "09:00", STALE),
                rule("a lagging feed row ages from its created_at, not from when it was polled")
                        .feedSeen("few", "08:00", "09:00", "09:20").now("09:35")
                        .shows(FEW, FEED, "09:00", STALE),
                rule("feed evidence does not end at midnight, it only ages")
                        .feed("few", "yesterday 14:00", "yesterday 23:50").now("00:10")
                        .shows(FEW, FEED, "yesterday 23:50", FRESH),
                rule("no feed and no report is no data from nobody")
                        .now("10:00")
                        .shows(NO_DATA, NONE, null, Freshness.UNKNOWN),
                rule("a feed row without a band, before any delivery, is no data from the feed")
                        .feed(null, null, "00:00").now("00:20")
                        .shows(NO_DATA, FEED, "00:00", FRESH),
                rule("a feed row without a band stays no data however old, never unknown")
                        .feed(null, null, "00:00").now("04:00")
                        .shows(NO_DATA, FEED, "00:00", Freshness.UNKNOWN));
    }

    static Stream<MergeCase> withinOneDelivery() {
        return Stream.of(
                rule("rule 1: a feed row newer than a count lowers it, and the count is no longer shown")
                        .report("10:30", REMAINING, 150).feed("few", "08:00", "10:45").now("10:50")
                        .shows(FEW, FEED, "10:45", FRESH),
                rule("rule 1: a feed row newer than a count never raises it")
                        .report("10:30", REMAINING, 40).feed("plenty", "08:00", "10:45").now("10:50")
                        .shows(SOME, PHARMACIST, "10:30", FRESH).remaining(40, "10:30"),
                rule("rule 1: a feed empty newer than a count lowers it to empty")
                        .report("10:30", REMAINING, 40).feed("empty", "08:00", "11:00").now("11:05")
                        .shows(EMPTY, FEED, "11:00", FRESH),
                rule("rule 1: a feed row in the same second as a count may lower it (a tie takes the safer side)")
                        .report("10:30:00", REMAINING, 150).feed("few", "08:00", "10:30:00").now("10:31")
                        .shows(FEW, FEED, "10:30", FRESH),
                rule("rule 7: a feed row in the same second as a count, with its band, is both")
                        .report("10:30:00", REMAINING, 150).feed("plenty", "08:00", "10:30:00").now("10:31")
                        .shows(PLENTY, BOTH, "10:30", FRESH).remaining(150, "10:30"),
                rule("rule 7: a newer feed row with the count's band confirms it, and the status is as young as it")
                        .report("10:00", REMAINING, 50).feed("some", "08:00", "10:20").now("10:25")
                        .shows(SOME, BOTH, "10:20", FRESH).remaining(50, "10:00"),
                rule("rule 7: an older feed row of today with the count's band is both, as old as the count")
                        .feed("few", "08:00", "09:00").report("10:00", REMAINING, 20).now("10:05")
                        .shows(FEW, BOTH, "10:00", FRESH).remaining(20, "10:00"),
                rule("rule 7: yesterday's feed row with the count's band confirms nothing today")
                        .feed("few", "yesterday 14:00", "yesterday 18:00").report("09:00", REMAINING, 20).now("09:10")
                        .shows(FEW, PHARMACIST, "09:00", FRESH).remaining(20, "09:00"),
                rule("rule 1: a feed row older than a count cannot lower it")
                        .feed("empty", "08:00", "10:00").report("10:30", REMAINING, 40).now("10:40")
                        .shows(SOME, PHARMACIST, "10:30", FRESH).remaining(40, "10:30"),
                rule("rule 2: a later count replaces an earlier one upwards")
                        .report("10:00", REMAINING, 40).report("11:00", REMAINING, 120).now("11:05")
                        .shows(PLENTY, PHARMACIST, "11:00", FRESH).remaining(120, "11:00"),
                rule("rule 1: a later count replaces an earlier one downwards")
                        .report("10:00", REMAINING, 120).report("11:00", REMAINING, 10).now("11:05")
                        .shows(FEW, PHARMACIST, "11:00", FRESH).remaining(10, "11:00"),
                rule("rule 1: sold out after a count lowers it, and no count is shown")
                        .report("10:00", REMAINING, 150).report("12:00", SOLD_OUT).now("12:05")
                        .shows(EMPTY, PHARMACIST, "12:00", FRESH),
                rule("rule 1: a feed row lowering a count ages like feed evidence, to unknown at 3:00:00")
                        .report("10:00", REMAINING, 150).feed("few", "08:00", "10:15").now("13:15")
                        .shows(UNKNOWN, FEED, "10:15", Freshness.UNKNOWN));
    }

    static Stream<MergeCase> newDeliveries() {
        return Stream.of(
                rule("rule 2: a count after a feed few raises the status, a count being evidence of a delivery")
                        .feed("few", "08:00", "10:05").report("10:30", REMAINING, 150).now("10:40")
                        .shows(PLENTY, PHARMACIST, "10:30", FRESH).remaining(150, "10:30"),
                rule("rule 2: restocked raises over a feed empty")
                        .feed("empty", "08:00", "12:00").report("13:00", RESTOCKED, 250).now("13:05")
                        .shows(PLENTY, PHARMACIST, "13:00", FRESH).remaining(250, "13:00"),
                rule("rule 2: restocked raises after sold out")
                        .report("11:00", SOLD_OUT).report("12:00", RESTOCKED, 80).now("12:05")
                        .shows(SOME, PHARMACIST, "12:00", FRESH).remaining(80, "12:00"),
                rule("rule 2: the pharmacist's own count raises after sold out")
                        .report("11:00", SOLD_OUT).report("11:30", REMAINING, 25).now("11:35")
                        .shows(FEW, PHARMACIST, "11:30", FRESH).remaining(25, "11:30"),
                rule("rule 2: a feed row with a newer created_at but the same stock_at is no new delivery")
                        .report("11:00", SOLD_OUT).feed("few", "08:00", "11:10").now("11:15")
                        .shows(EMPTY, PHARMACIST, "11:00", FRESH),
                rule("rule 2: a feed stock_at newer than sold out is a new delivery, and its band is shown")
                        .report("11:00", SOLD_OUT).feed("plenty", "13:00", "13:05").now("13:10")
                        .shows(PLENTY, FEED, "13:05", FRESH),
                rule("rule 2: a feed stock_at in the same second as sold out is no new delivery")
                        .report("11:00:00", SOLD_OUT).feed("plenty", "11:00:00", "11:05").now("11:10")
                        .shows(EMPTY, PHARMACIST, "11:00", FRESH),
                rule("rule 2: a feed stock_at one second after sold out is a new delivery")
                        .report("11:00:00", SOLD_OUT).feed("plenty", "11:00:01", "11:05").now("11:10")
                        .shows(PLENTY, FEED, "11:05", FRESH),
                rule("rule 2: a feed row without stock_at cannot be a new delivery")
                        .report("11:00", SOLD_OUT).feed("plenty", null, "11:10").now("11:15")
                        .shows(EMPTY, PHARMACIST, "11:00", FRESH),
                rule("rule 2: a new delivery in the feed replaces an older count, even downwards")
                        .report("09:00", REMAINING, 150).feed("few", "10:00", "10:05").now("10:10")
                        .shows(FEW, FEED, "10:05", FRESH),
                rule("rule 2: a new delivery in the feed replaces an older count upwards")
                        .report("09:00", REMAINING, 5).feed("plenty", "10:00", "10:05").now("10:10")
                        .shows(PLENTY, FEED, "10:05", FRESH),
                rule("rule 3: sold out after a feed delivery still holds over that delivery")
                        .feed("some", "10:00", "10:05").report("12:00", SOLD_OUT).now("12:10")
                        .shows(EMPTY, PHARMACIST, "12:00", FRESH),
                rule("rule 1: a lagging feed repeating its morning plenty cannot overrule a fresh sold out")
                        .feedSeen("plenty", "08:00", "08:05", "08:06").report("11:00", SOLD_OUT).now("11:20")
                        .shows(EMPTY, PHARMACIST, "11:00", FRESH),
                rule("rule 7: a feed empty after sold out confirms it")
                        .report("11:00", SOLD_OUT).feed("empty", "08:00", "11:20").now("11:30")
                        .shows(EMPTY, BOTH, "11:20", FRESH));
    }

    static Stream<MergeCase> soldOutAndTheSalesDay() {
        return Stream.of(
                rule("rule 3: sold out holds until the last second of the day, and stays fresh")
                        .feed("plenty", "08:00", "08:30").report("09:00", SOLD_OUT).now("23:59:59")
                        .shows(EMPTY, PHARMACIST, "09:00", FRESH),
                rule("rule 3: sold out ends at midnight, leaving yesterday's feed row, too old to show")
                        .feed("plenty", "08:00", "08:30").report("09:00", SOLD_OUT).now("tomorrow 00:00:00")
                        .shows(UNKNOWN, FEED, "08:30", Freshness.UNKNOWN),
                rule("rule 6: a report of 23:59:59 does not count at 00:00:00")
                        .feed("some", "yesterday 08:00", "yesterday 23:50").report("yesterday 23:59:59", SOLD_OUT)
                        .now("00:00:00")
                        .shows(SOME, FEED, "yesterday 23:50", FRESH),
                rule("rule 6: a report of 00:00:00 counts from the first second of the day")
                        .feed("some", "yesterday 08:00", "yesterday 23:50").report("00:00:00", SOLD_OUT)
                        .now("00:00:00")
                        .shows(EMPTY, PHARMACIST, "00:00", FRESH),
                rule("rule 6: the sales day is Korean: 23:30 KST yesterday is the same UTC day as now, and still over")
                        .feed("some", "yesterday 08:00", "yesterday 23:00").report("yesterday 23:30", SOLD_OUT)
                        .now("08:00")
                        .shows(UNKNOWN, FEED, "yesterday 23:00", Freshness.UNKNOWN),
                rule("rule 6: the sales day is Korean: 00:30 KST is yesterday in UTC, and still today")
                        .report("00:30", SOLD_OUT).now("10:00")
                        .shows(EMPTY, PHARMACIST, "00:30", FRESH),
                rule("a report stamped after now has not happened yet")
                        .feed("some", "08:00", "09:00").report("10:00:01", SOLD_OUT).now("10:00:00")
                        .shows(SOME, FEED, "09:00", STALE));
    }

    static Stream<MergeCase> closed() {
        return Stream.of(
                rule("rule 4: closed shows as break over a feed plenty")
                        .feed("plenty", "08:00", "09:00").report("10:00", CLOSED).now("10:05")
                        .shows(BREAK, PHARMACIST, "10:00", FRESH),
                rule("rule 4: closed holds over a new delivery in the feed")
                        .report("10:00", CLOSED).feed("plenty", "13:00", "13:05").now("13:10")
                        .shows(BREAK, PHARMACIST, "10:00", FRESH),
                rule("rule 4: closed holds over the pharmacist's own later count, only reopening lifts it")
                        .report("10:00", CLOSED).report("11:00", REMAINING, 100).now("11:05")
                        .shows(BREAK, PHARMACIST, "10:00", FRESH),
                rule("rule 4: reopened lifts closed, and the feed speaks again")
                        .feed("some", "08:00", "09:00").report("10:00", CLOSED).report("11:00", REOPENED).now("11:05")
                        .shows(SOME, FEED, "09:00", STALE),
                rule("rule 4: reopened lifts closed, and a count given while closed is shown")
                        .report("10:00", CLOSED).report("10:30", RESTOCKED, 200).report("11:00", REOPENED)
                        .now("11:05")
                        .shows(PLENTY, PHARMACIST, "10:30", STALE).remaining(200, "10:30"),
                rule("rule 4: closed after reopened closes again")
                        .report("10:00", REOPENED).report("11:00", CLOSED).now("11:05")
                        .shows(BREAK, PHARMACIST, "11:00", FRESH),
                rule("rule 4: reopened without closed changes nothing")
                        .feed("few", "08:00", "10:00").report("10:10", REOPENED).now("10:15")
                        .shows(FEW, FEED, "10:00", FRESH),
                rule("rule 4: closed and reopened in the same second: the one stored later (closed) wins")
                        .reportStored("10:00", 5, CLOSED, null).reportStored("10:00", 4, REOPENED, null)
                        .feed("few", "08:00", "09:50").now("10:05")
                        .shows(BREAK, PHARMACIST, "10:00", FRESH),
                rule("rule 4: closed and reopened in the same second: the one stored later (reopened) wins")
                        .reportStored("10:00", 4, CLOSED, null).reportStored("10:00", 5, REOPENED, null)
                        .feed("few", "08:00", "09:50").now("10:05")
                        .shows(FEW, FEED, "09:50", FRESH),
                rule("rule 4: closed ends at midnight")
                        .report("yesterday 10:00", CLOSED).feed("empty", "yesterday 08:00", "yesterday 23:55")
                        .now("00:10")
                        .shows(EMPTY, FEED, "yesterday 23:55", FRESH),
                rule("rule 4: closed stays fresh all day")
                        .report("09:00", CLOSED).now("18:00")
                        .shows(BREAK, PHARMACIST, "09:00", FRESH),
                rule("rule 7: a feed break of today echoes closed: both, as young as the younger")
                        .feed("break", null, "00:00").report("09:00", CLOSED).now("09:05")
                        .shows(BREAK, BOTH, "09:00", FRESH),
                rule("rule 7: yesterday's feed break does not echo today's closed")
                        .feed("break", null, "yesterday 09:00").report("09:00", CLOSED).now("09:05")
                        .shows(BREAK, PHARMACIST, "09:00", FRESH),
                rule("rule 5: closed keeps the queue but is never likely sold out before your turn")
                        .feed("few", "08:00", "09:00").report("09:10", QUEUE, 100).report("09:20", CLOSED)
                        .now("09:25")
                        .shows(BREAK, PHARMACIST, "09:20", FRESH).queue(100, "09:10"));
    }

    static Stream<MergeCase> breakAndTies() {
        return Stream.of(
                rule("a feed break newer than a count wins: selling has stopped")
                        .report("10:00", REMAINING, 60).feed("break", "08:00", "10:30").now("10:35")
                        .shows(BREAK, FEED, "10:30", FRESH),
                rule("a count newer than a feed break wins: someone at the counter is selling")
                        .feed("break", null, "00:00").report("10:00", REMAINING, 60).now("10:05")
                        .shows(SOME, PHARMACIST, "10:00", FRESH).remaining(60, "10:00"),
                rule("a feed break newer than sold out wins, both meaning no masks")
                        .report("11:00", SOLD_OUT).feed("break", "08:00", "11:10").now("11:15")
                        .shows(BREAK, FEED, "11:10", FRESH),
                rule("two reports in the same second: the one stored later (sold out) wins")
                        .reportStored("10:00", 7, REMAINING, 50).reportStored("10:00", 8, SOLD_OUT, null)
                        .now("10:05")
                        .shows(EMPTY, PHARMACIST, "10:00", FRESH),
                rule("two reports in the same second: the one stored later (the count) wins")
                        .reportStored("10:00", 8, REMAINING, 50).reportStored("10:00", 7, SOLD_OUT, null)
                        .now("10:05")
                        .shows(SOME, PHARMACIST, "10:00", FRESH).remaining(50, "10:00"));
    }

    static Stream<MergeCase> withoutAFeed() {
        return Stream.of(
                rule("with no feed at all, sold out is the pharmacist's")
                        .report("10:00", SOLD_OUT).now("10:05")
                        .shows(EMPTY, PHARMACIST, "10:00", FRESH),
                rule("with no feed at all, a count is the pharmacist's")
                        .report("10:00", REMAINING, 3).now("10:05")
                        .shows(FEW, PHARMACIST, "10:00", FRESH).remaining(3, "10:00"),
                rule("with no feed at all, a queue alone is no data, with the queue")
                        .report("10:00", QUEUE, 30).now("10:05")
                        .shows(NO_DATA, NONE, null, Freshness.UNKNOWN).queue(30, "10:00"),
                rule("a feed row without a band does not confirm sold out")
                        .feed(null, null, "10:30").report("10:00", SOLD_OUT).now("10:35")
                        .shows(EMPTY, PHARMACIST, "10:00", FRESH),
                rule("a feed row without a band is no delivery, even with a newer stock_at")
                        .report("10:00", SOLD_OUT).feed(null, "11:00", "11:05").now("11:10")
                        .shows(EMPTY, PHARMACIST, "10:00", FRESH));
    }

    static Stream<MergeCase> countsAndBands() {
        return Stream.of(
                rule("a count of 100 is plenty")
                        .report("10:00", REMAINING, 100).now("10:01")
                        .shows(PLENTY, PHARMACIST, "10:00", FRESH).remaining(100, "10:00"),
                rule("a count of 99 is some")
                        .report("10:00", REMAINING, 99).now("10:01")
                        .shows(SOME, PHARMACIST, "10:00", FRESH).remaining(99, "10:00"),
                rule("a count of 30 is some")
                        .report("10:00", REMAINING, 30).now("10:01")
                        .shows(SOME, PHARMACIST, "10:00", FRESH).remaining(30, "10:00"),
                rule("a count of 29 is few")
                        .report("10:00", REMAINING, 29).now("10:01")
                        .shows(FEW, PHARMACIST, "10:00", FRESH).remaining(29, "10:00"),
                rule("a count of 2 is few")
                        .report("10:00", REMAINING, 2).now("10:01")
                        .shows(FEW, PHARMACIST, "10:00", FRESH).remaining(2, "10:00"),
                rule("a count of 1 is empty")
                        .report("10:00", REMAINING, 1).now("10:01")
                        .shows(EMPTY, PHARMACIST, "10:00", FRESH).remaining(1, "10:00"),
                rule("a count of 0 is empty, and counts age like any count")
                        .report("10:00", REMAINING, 0).now("10:30")
                        .shows(EMPTY, PHARMACIST, "10:00", STALE).remaining(0, "10:00"));
    }

    static Stream<MergeCase> reportAges() {
        return Stream.of(
                rule("rule 6: a count 29:59 old is fresh")
                        .report("10:00", REMAINING, 50).now("10:29:59")
                        .shows(SOME, PHARMACIST, "10:00", FRESH).remaining(50, "10:00"),
                rule("rule 6: a count exactly 30:00 old is stale")
                        .report("10:00", REMAINING, 50).now("10:30:00")
                        .shows(SOME, PHARMACIST, "10:00", STALE).remaining(50, "10:00"),
                rule("rule 6: a count exactly 3:00:00 old is still a colour: reports live for the sales day")
                        .report("10:00", REMAINING, 50).now("13:00:00")
                        .shows(SOME, PHARMACIST, "10:00", STALE).remaining(50, "10:00"),
                rule("rule 6: a count and its feed echo age from the younger, fresh at 29:59")
                        .report("10:00", REMAINING, 50).feed("some", "08:00", "10:20").now("10:49:59")
                        .shows(SOME, BOTH, "10:20", FRESH).remaining(50, "10:00"),
                rule("rule 6: a count and its feed echo age from the younger, stale at 30:00")
                        .report("10:00", REMAINING, 50).feed("some", "08:00", "10:20").now("10:50:00")
                        .shows(SOME, BOTH, "10:20", STALE).remaining(50, "10:00"),
                rule("rule 6: a count and its feed echo are never unknown, even at 3:00:00")
                        .report("10:00", REMAINING, 50).feed("some", "08:00", "10:20").now("13:20:00")
                        .shows(SOME, BOTH, "10:20", STALE).remaining(50, "10:00"));
    }

    static Stream<MergeCase> waits() {
        return Stream.of(
                rule("a queue's wait is its people times one sale, a minute by default")
                        .feed("some", "08:00", "10:00").report("10:05", QUEUE, 12).now("10:10")
                        .shows(SOME, FEED, "10:00", FRESH).queue(12, "10:05").waits(12),
                rule("the time one sale takes is a setting")
                        .feed("plenty", "08:00", "10:00").report("10:05", QUEUE, 40).now("10:10").secondsPerSale(90)
                        .shows(PLENTY, FEED, "10:00", FRESH).queue(40, "10:05").waits(60),
                rule("a queue of nobody is no wait")
                        .feed("plenty", "08:00", "10:00").report("10:05", QUEUE, 0).now("10:10")
                        .shows(PLENTY, FEED, "10:00", FRESH).queue(0, "10:05").waits(0));
    }

    static Stream<MergeCase> deliveries() {
        return Stream.of(
                rule("the delivery residents are shown is the feed's stock_at")
                        .feed("some", "08:00", "10:00").now("10:10")
                        .shows(SOME, FEED, "10:00", FRESH).delivered("08:00"),
                rule("a pharmacist's count changes the status, not the delivery time")
                        .feed("plenty", "08:00", "10:00").report("10:30", REMAINING, 20).now("10:40")
                        .shows(FEW, PHARMACIST, "10:30", FRESH).remaining(20, "10:30").delivered("08:00"),
                rule("yesterday's delivery is still the latest one until today's comes")
                        .feed("few", "yesterday 14:00", "07:00").now("07:10")
                        .shows(FEW, FEED, "07:00", FRESH).delivered("yesterday 14:00"),
                rule("a closed seller keeps its delivery time")
                        .feed("some", "08:00", "10:00").report("10:20", CLOSED).now("10:30")
                        .shows(BREAK, PHARMACIST, "10:20", FRESH).delivered("08:00"),
                rule("no feed, no delivery time")
                        .report("10:00", SOLD_OUT).now("10:10")
                        .shows(EMPTY, PHARMACIST, "10:00", FRESH).delivered(null),
                rule("a feed row without stock_at has no delivery time")
                        .feed(null, null, "07:00").now("07:10")
                        .shows(NO_DATA, FEED, "07:00", FRESH).delivered(null));
    }

    static Stream<MergeCase> reportTimes() {
        return Stream.of(
                rule("a status of the feed alone rests on no report, even with a queue and a notice")
                        .feed("some", "08:00", "10:00").report("10:05", QUEUE, 12).notice("10:06", "번호표 배부")
                        .now("10:10")
                        .shows(SOME, FEED, "10:00", FRESH).queue(12, "10:05").withNotice("번호표 배부", "10:06")
                        .reported(null),
                rule("sold out confirmed by a later feed row keeps the time of the report")
                        .report("11:00", SOLD_OUT).feed("empty", "08:00", "11:20").now("11:30")
                        .shows(EMPTY, BOTH, "11:20", FRESH).reported("11:00"),
                rule("closed echoed by the feed keeps the time of the closing")
                        .feed("break", null, "00:00").report("09:00", CLOSED).now("09:05")
                        .shows(BREAK, BOTH, "09:00", FRESH).reported("09:00"),
                rule("a count confirmed by the feed keeps the time of the count")
                        .report("10:00", REMAINING, 50).feed("some", "08:00", "10:20").now("10:30")
                        .shows(SOME, BOTH, "10:20", FRESH).remaining(50, "10:00").reported("10:00"),
                rule("a report overruled by a new delivery is no longer behind the status")
                        .report("10:00", SOLD_OUT).feed("plenty", "12:00", "12:05").now("12:10")
                        .shows(PLENTY, FEED, "12:05", FRESH).reported(null));
    }

    static Stream<MergeCase> queues() {
        return Stream.of(
                rule("rule 5: a queue 29:59 old is shown")
                        .feed("plenty", "08:00", "09:50").report("10:00", QUEUE, 10).now("10:29:59")
                        .shows(PLENTY, FEED, "09:50", STALE).queue(10, "10:00"),
                rule("rule 5: a queue exactly 30:00 old is gone")
                        .feed("plenty", "08:00", "09:50").report("10:00", QUEUE, 10).now("10:30:00")
                        .shows(PLENTY, FEED, "09:50", STALE),
                rule("rule 5: a newer queue replaces an older one, longer or not")
                        .feed("some", "08:00", "10:00").report("10:00", QUEUE, 60).report("10:20", QUEUE, 10)
                        .now("10:25")
                        .shows(SOME, FEED, "10:00", FRESH).queue(10, "10:20"),
                rule("rule 5: a queue expired does not bring back the one before it")
                        .feed("some", "08:00", "10:00").report("10:00", QUEUE, 60).report("10:20", QUEUE, 10)
                        .now("10:50")
                        .shows(SOME, FEED, "10:00", STALE),
                rule("rule 5: yesterday's queue is gone at midnight though younger than 30 minutes")
                        .feed("few", "yesterday 08:00", "yesterday 23:55").report("yesterday 23:50", QUEUE, 5)
                        .now("00:05")
                        .shows(FEW, FEED, "yesterday 23:55", FRESH),
                rule("rule 5: some (up to 99), 50 people × 2 masks = 100 reaches the bound")
                        .feed("some", "08:00", "10:00").report("10:05", QUEUE, 50).now("10:10")
                        .shows(SOME, FEED, "10:00", FRESH).queue(50, "10:05").likelySoldOut(),
                rule("rule 5: some (up to 99), 49 people × 2 masks = 98 stays below it")
                        .feed("some", "08:00", "10:00").report("10:05", QUEUE, 49).now("10:10")
                        .shows(SOME, FEED, "10:00", FRESH).queue(49, "10:05"),
                rule("rule 5: some (up to 99), 33 people × 3 masks = 99 is exactly the bound")
                        .feed("some", "08:00", "10:00").report("10:05", QUEUE, 33).masksPerPerson(3).now("10:10")
                        .shows(SOME, FEED, "10:00", FRESH).queue(33, "10:05").likelySoldOut(),
                rule("rule 5: some (up to 99), 32 people × 3 masks = 96 is one person below")
                        .feed("some", "08:00", "10:00").report("10:05", QUEUE, 32).masksPerPerson(3).now("10:10")
                        .shows(SOME, FEED, "10:00", FRESH).queue(32, "10:05"),
                rule("rule 5: few (up to 29), 29 people × 1 mask = 29 is exactly the bound")
                        .feed("few", "08:00", "10:00").report("10:05", QUEUE, 29).masksPerPerson(1).now("10:10")
                        .shows(FEW, FEED, "10:00", FRESH).queue(29, "10:05").likelySoldOut(),
                rule("rule 5: few (up to 29), 28 people × 1 mask = 28 is one below")
                        .feed("few", "08:00", "10:00").report("10:05", QUEUE, 28).masksPerPerson(1).now("10:10")
                        .shows(FEW, FEED, "10:00", FRESH).queue(28, "10:05"),
                rule("rule 5: few (up to 29), 15 people × 2 masks = 30 passes the bound")
                        .feed("few", "08:00", "10:00").report("10:05", QUEUE, 15).now("10:10")
                        .shows(FEW, FEED, "10:00", FRESH).queue(15, "10:05").likelySoldOut(),
                rule("rule 5: plenty has no upper bound, so no queue makes it likely sold out")
                        .feed("plenty", "08:00", "10:00").report("10:05", QUEUE, 1000).now("10:10")
                        .shows(PLENTY, FEED, "10:00", FRESH).queue(1000, "10:05"),
                rule("rule 5: a count of 40 is the bound: 20 people × 2 masks reach it")
                        .report("10:00", REMAINING, 40).report("10:05", QUEUE, 20).now("10:10")
                        .shows(SOME, PHARMACIST, "10:00", FRESH).queue(20, "10:05").remaining(40, "10:00")
                        .likelySoldOut(),
                rule("rule 5: a count of 40 is the bound: 19 people × 2 masks stay below it")
                        .report("10:00", REMAINING, 40).report("10:05", QUEUE, 19).now("10:10")
                        .shows(SOME, PHARMACIST, "10:00", FRESH).queue(19, "10:05").remaining(40, "10:00"),
                rule("rule 5: a count of 150 gives plenty a bound: 75 people × 2 masks reach it")
                        .report("10:00", RESTOCKED, 150).report("10:05", QUEUE, 75).now("10:10")
                        .shows(PLENTY, PHARMACIST, "10:00", FRESH).queue(75, "10:05").remaining(150, "10:00")
                        .likelySoldOut(),
                rule("rule 5: a count lowered by the feed no longer bounds: the feed's few does")
                        .report("10:00", REMAINING, 150).feed("few", "08:00", "10:15").report("10:20", QUEUE, 15)
                        .now("10:25")
                        .shows(FEW, FEED, "10:15", FRESH).queue(15, "10:20").likelySoldOut(),
                rule("rule 5: sold out has nothing left to run out of; the queue is still shown")
                        .report("10:00", SOLD_OUT).report("10:05", QUEUE, 50).now("10:10")
                        .shows(EMPTY, PHARMACIST, "10:00", FRESH).queue(50, "10:05"),
                rule("rule 5: an unknown status has no band to run out of")
                        .feed("few", "06:00", "07:00").report("10:05", QUEUE, 50).now("10:10")
                        .shows(UNKNOWN, FEED, "07:00", Freshness.UNKNOWN).queue(50, "10:05"),
                rule("rule 5: a stale band is still shown, and still runs out")
                        .feed("few", "08:00", "09:00").report("09:40", QUEUE, 20).now("09:45")
                        .shows(FEW, FEED, "09:00", STALE).queue(20, "09:40").likelySoldOut(),
                rule("rule 5: a queue of nobody never runs anything out")
                        .feed("few", "08:00", "10:00").report("10:05", QUEUE, 0).now("10:10")
                        .shows(FEW, FEED, "10:00", FRESH).queue(0, "10:05"));
    }

    static Stream<MergeCase> notices() {
        return Stream.of(
                rule("the latest notice of today is carried, and changes no status")
                        .feed("some", "08:00", "10:00").notice("09:00", "오후 2시 입고 예정").notice("10:00", "번호표 배부 중")
                        .now("10:05")
                        .shows(SOME, FEED, "10:00", FRESH).withNotice("번호표 배부 중", "10:00"),
                rule("yesterday's notice is not carried")
                        .feed("some", "08:00", "10:00").notice("yesterday 18:00", "내일 휴무").now("10:05")
                        .shows(SOME, FEED, "10:00", FRESH));
    }
}
