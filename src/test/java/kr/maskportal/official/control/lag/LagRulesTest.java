package kr.maskportal.official.control.lag;

import static kr.maskportal.official.control.lag.History.at;
import static kr.maskportal.official.control.lag.History.seller;
import static kr.maskportal.stock.entity.StockBand.BREAK;
import static kr.maskportal.stock.entity.StockBand.EMPTY;
import static kr.maskportal.stock.entity.StockBand.FEW;
import static kr.maskportal.stock.entity.StockBand.PLENTY;
import static kr.maskportal.stock.entity.StockBand.SOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.stock.entity.StockBand;
import org.junit.jupiter.api.Test;

/** Every rule of {@link LagRules}, each on a history small enough to work out by hand. */
class LagRulesTest {

    /** Long after every day in these tests: no day is cut short by "now". */
    private static final Instant LATER = at("03-31 12:00");

    @Test
    void theFeedAgreesAtItsFirstEmptyChangeAfterTheReport() {
        List<LagEpisode> episodes = LagRules.episodes(seller("S1")
                .feed("09:00", PLENTY, "08:30")
                .soldOut("10:00")
                .feed("10:10", FEW, "08:30")   // lower, same delivery: still masks, the episode goes on
                .feed("10:40", EMPTY, "08:30")
                .feed("11:00", BREAK, "08:30")
                .build(), LATER);
        assertEquals(1, episodes.size());
        LagEpisode e = episodes.get(0);
        assertEquals(LagOutcome.AGREED, e.outcome());
        assertEquals(Duration.ofMinutes(40), e.lag());
        assertEquals(at("10:40"), e.endedAt());
        assertEquals(at("10:00"), e.reportedAt());
        assertEquals(LocalDate.of(2020, 3, 10), e.day());
        assertEquals("41135", e.districtCode());
        assertEquals(1, e.reports());
    }

    @Test
    void breakIsAgreementToo() {
        LagEpisode e = only(seller("S1").feed("09:00", SOME, "08:00").soldOut("12:00").feed("12:07:30", BREAK, "08:00")
                .build());
        assertEquals(LagOutcome.AGREED, e.outcome());
        assertEquals(Duration.ofSeconds(7 * 60 + 30), e.lag());
    }

    @Test
    void aFeedThatStaysGreenUntilMidnightNeverAgreedThatDay() {
        LagEpisode e = only(seller("S1")
                .feed("09:00", PLENTY, "08:00")
                .soldOut("20:00")
                .feed("03-11 00:10", EMPTY, "08:00")   // the next sales day: too late
                .build());
        assertEquals(LagOutcome.NEVER_AGREED, e.outcome());
        assertNull(e.lag());
        assertEquals(at("03-11 00:00"), e.endedAt());
    }

    @Test
    void aDeliveryBeforeTheFeedAgreesSupersedesTheEpisode() {
        LagEpisode e = only(seller("S1")
                .feed("09:00", SOME, "08:00")
                .soldOut("11:00")
                .feed("12:00", PLENTY, "11:50")   // a new delivery after the report
                .feed("13:00", EMPTY, "11:50")    // sold out again: another story
                .build());
        assertEquals(LagOutcome.SUPERSEDED, e.outcome());
        assertNull(e.lag());
        assertEquals(at("12:00"), e.endedAt());
    }

    @Test
    void aDeliveryStockedBeforeTheReportIsNoNewDelivery() {
        // the feed rises from few to some with a stock_at from before the report: a late entry of the same
        // delivery, not masks that came after the pharmacist's "sold out"
        LagEpisode e = only(seller("S1")
                .feed("09:00", FEW, "08:00")
                .soldOut("11:00")
                .feed("11:30", SOME, "10:55")
                .feed("11:45", EMPTY, "10:55")
                .build());
        assertEquals(LagOutcome.AGREED, e.outcome());
        assertEquals(Duration.ofMinutes(45), e.lag());
    }

    @Test
    void aNewDeliveryThatIsAlreadyEmptyIsAgreement() {
        LagEpisode e = only(seller("S1").feed("09:00", FEW, "08:00").soldOut("11:00").feed("11:20", EMPTY, "11:10")
                .build());
        assertEquals(LagOutcome.AGREED, e.outcome());
        assertEquals(Duration.ofMinutes(20), e.lag());
    }

    @Test
    void aFeedAlreadyEmptyOrNotSellingAtTheReportOpensNoEpisode() {
        assertEquals(List.of(), LagRules.episodes(seller("S1").feed("09:00", PLENTY, "08:00")
                .feed("09:50", EMPTY, "08:00").soldOut("10:00").feed("10:30", PLENTY, "10:20").build(), LATER));
        assertEquals(List.of(), LagRules.episodes(seller("S1").feed("09:00", BREAK, null).soldOut("10:00").build(),
                LATER));
    }

    @Test
    void aFeedChangeSeenAtTheVeryMomentOfTheReportIsWhatTheFeedShowedThen() {
        assertEquals(List.of(), LagRules.episodes(seller("S1").feed("09:00", PLENTY, "08:00")
                .feed("10:00", EMPTY, "08:00").soldOut("10:00").build(), LATER));
        LagEpisode e = only(seller("S1").feed("10:00", FEW, "08:00").soldOut("10:00").feed("10:03", EMPTY, "08:00")
                .build());
        assertEquals(Duration.ofMinutes(3), e.lag());
    }

    @Test
    void withoutAnyFeedRowOrBandThereIsNothingToLag() {
        assertEquals(List.of(), LagRules.episodes(seller("S1").soldOut("10:00").build(), LATER));
        assertEquals(List.of(), LagRules.episodes(seller("S1").soldOut("10:00").feed("10:30", EMPTY, null).build(),
                LATER), "a feed that begins after the report");
        assertEquals(List.of(), LagRules.episodes(seller("S1").feed("09:00", null, "08:00").soldOut("10:00")
                .feed("10:30", EMPTY, "08:00").build(), LATER), "a row without a band");
    }

    @Test
    void aSecondReportWhileTheEpisodeIsOpenRepeatsIt() {
        List<LagEpisode> episodes = LagRules.episodes(seller("S1")
                .feed("09:00", PLENTY, "08:00")
                .soldOut("10:00")
                .soldOut("10:20")
                .feed("10:50", EMPTY, "08:00")
                .soldOut("10:50")   // the feed agrees by now: nothing more
                .build(), LATER);
        assertEquals(1, episodes.size());
        assertEquals(2, episodes.get(0).reports());
        assertEquals(Duration.ofMinutes(50), episodes.get(0).lag(), "counted from the first report");
    }

    @Test
    void aReportAfterASupersedingDeliveryOpensANewEpisode() {
        List<LagEpisode> episodes = LagRules.episodes(seller("S1")
                .feed("09:00", SOME, "08:00")
                .soldOut("11:00")
                .feed("12:00", PLENTY, "11:50")
                .soldOut("14:00")
                .feed("14:25", EMPTY, "11:50")
                .build(), LATER);
        assertEquals(List.of(LagOutcome.SUPERSEDED, LagOutcome.AGREED),
                episodes.stream().map(LagEpisode::outcome).toList());
        assertEquals(Duration.ofMinutes(25), episodes.get(1).lag());
    }

    @Test
    void theSalesDayEndsAtFifteenHundredUtc() {
        Instant lastMinute = Instant.parse("2020-03-10T14:59:00Z");   // 23:59 in Seoul
        Instant midnight = Instant.parse("2020-03-10T15:00:00Z");
        LagEpisode tooLate = only(seller("S1").feedAt(at("09:00"), FEW, at("08:00")).soldOutAt(lastMinute)
                .feedAt(midnight, EMPTY, at("08:00")).build());
        assertEquals(LagOutcome.NEVER_AGREED, tooLate.outcome(), "a change seen at midnight is the next day's");
        assertEquals(midnight, tooLate.endedAt());
        assertEquals(LocalDate.of(2020, 3, 10), tooLate.day());

        LagEpisode justInTime = only(seller("S1").feedAt(at("09:00"), FEW, at("08:00")).soldOutAt(lastMinute)
                .feedAt(midnight.minusMillis(1), EMPTY, at("08:00")).build());
        assertEquals(LagOutcome.AGREED, justInTime.outcome());
        assertEquals(Duration.ofSeconds(59).plusMillis(999), justInTime.lag());

        LagEpisode nextDay = only(seller("S1").feedAt(at("09:00"), FEW, at("08:00")).soldOutAt(midnight)
                .feedAt(midnight.plusSeconds(60), EMPTY, at("08:00")).build());
        assertEquals(LocalDate.of(2020, 3, 11), nextDay.day(), "15:00 UTC is already the next Korean day");
        assertEquals(Duration.ofMinutes(1), nextDay.lag());
    }

    @Test
    void aDayNotOverYetIsCutAtNow() {
        List<LagEpisode> episodes = LagRules.episodes(seller("S1").feed("09:00", PLENTY, "08:00").soldOut("10:00")
                .feed("11:00", EMPTY, "08:00").build(), at("10:30"));
        assertEquals(LagOutcome.NEVER_AGREED, episodes.get(0).outcome());
        assertEquals(at("10:30"), episodes.get(0).endedAt());
    }

    @Test
    void reportsOtherThanSoldOutOpenNoEpisode() {
        assertEquals(List.of(), LagRules.episodes(seller("S1").feed("09:00", PLENTY, "08:00").closed("10:00")
                .remaining("10:05", 0).queue("10:06", 30).feed("10:30", EMPTY, "08:00").build(), LATER));
    }

    @Test
    void aDisagreementIsAStockReportBelowWhatTheFeedShowed() {
        List<Disagreement> found = LagRules.disagreements(seller("S1")
                .remaining("08:30", 0)          // no feed yet: nothing to disagree with
                .feed("09:00", PLENTY, "08:00")
                .remaining("09:10", 150)        // plenty = plenty
                .remaining("09:20", 50)         // some < plenty: 1
                .restocked("09:25", 10)         // a restock is no stock report here
                .queue("09:26", 40)
                .feed("09:30", FEW, "08:00")
                .remaining("09:40", 2)          // few = few
                .remaining("09:50", 1)          // empty < few: 2
                .closed("09:55")                // break < few: 3
                .soldOut("10:00")               // empty < few: 4
                .soldOut("10:05")               // again: 5
                .feed("10:10", EMPTY, "08:00")
                .soldOut("10:20")               // empty = empty
                .feed("10:30", BREAK, "08:00")
                .soldOut("10:40")               // empty and break are the same level
                .remaining("10:50", 5)          // more than the feed: no disagreement
                .build());
        assertEquals(List.of(at("09:20"), at("09:50"), at("09:55"), at("10:00"), at("10:05")),
                found.stream().map(Disagreement::reportedAt).toList());
        Disagreement closed = found.get(2);
        assertEquals(ReportKind.CLOSED, closed.kind());
        assertEquals(StockBand.BREAK, closed.reported());
        assertEquals(StockBand.FEW, closed.feed());
        assertEquals(StockBand.SOME, found.get(0).reported());
        assertEquals(StockBand.PLENTY, found.get(0).feed());
    }

    @Test
    void levelsRankPlentyAboveSomeAboveFewAboveEmptyAndBreak() {
        assertEquals(List.of(3, 2, 1, 0, 0), List.of(PLENTY, SOME, FEW, EMPTY, BREAK).stream()
                .map(LagRules::level).toList());
    }

    private static LagEpisode only(kr.maskportal.official.control.history.SellerHistory history) {
        List<LagEpisode> episodes = LagRules.episodes(history, LATER);
        assertEquals(1, episodes.size(), () -> "one episode: " + episodes);
        return episodes.get(0);
    }
}
