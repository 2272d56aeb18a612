package kr.maskportal.stock.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import kr.maskportal.platform.time.RelativeAge;
import kr.maskportal.stock.control.Freshness;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.control.merge.EffectiveStatus;
import kr.maskportal.stock.control.merge.PharmacistNotice;
import kr.maskportal.stock.control.merge.QueueLength;
import kr.maskportal.stock.control.merge.RemainingCount;
import kr.maskportal.stock.control.merge.StatusSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlainStatusTest {

    private static final Instant NOW = Instant.parse("2020-03-11T03:00:00Z");

    @Test
    void aFreshBandIsItsPlainWordWithWhoSaidItAndWhen() {
        PlainStatus plain = plain(status(ShownStatus.PLENTY, StatusSource.FEED, 10, Freshness.FRESH));
        assertEquals("easy.status.PLENTY", plain.getWordKey());
        assertEquals("status.symbol.PLENTY", plain.getSymbolKey());
        assertNull(plain.getCheckKey(), "nothing to check");
        assertEquals("easy.source.FEED", plain.getSourceKey());
        assertEquals(new RelativeAge("age.minutes", 10), plain.getAge());
        assertEquals("status-plenty", plain.getStatusClass());
    }

    @Test
    void aStaleBandKeepsItsWordAndSaysToCheckWithTheRealAge() {
        PlainStatus plain = plain(status(ShownStatus.FEW, StatusSource.FEED, 40, Freshness.STALE));
        assertEquals("easy.status.FEW", plain.getWordKey());
        assertEquals("easy.check.age.minutes", plain.getCheckKey());
        assertEquals(40, plain.getCheckAge());
        assertEquals("easy.source.FEED", plain.getSourceKey(), "still says where it came from");
        assertNull(plain.getAge(), "the age is in the warning already");
    }

    @Test
    void anUnknownStatusIsTheWarningItselfWithTheAgeInHours() {
        PlainStatus plain = plain(status(ShownStatus.UNKNOWN, StatusSource.FEED, 2 * 60 + 59, Freshness.UNKNOWN));
        assertEquals("easy.check.age.hours", plain.getWordKey());
        assertEquals(2, plain.getWordAge(), "2 h 59 min is said as 2 hours, never rounded up to look fresher");
        assertEquals("status.symbol.UNKNOWN", plain.getSymbolKey());
        assertNull(plain.getCheckKey(), "said once, not twice");
        assertNull(plain.getAge());
        assertEquals("easy.source.FEED", plain.getSourceKey());
    }

    @Test
    void anUnknownStatusDaysOldSaysDays() {
        PlainStatus plain = plain(status(ShownStatus.UNKNOWN, StatusSource.FEED, 26 * 60, Freshness.UNKNOWN));
        assertEquals("easy.check.age.days", plain.getWordKey());
        assertEquals(1, plain.getWordAge());
    }

    @Test
    void soldOutAndClosedByThePharmacistAreFreshAllDayAndSaySo() {
        PlainStatus soldOut = plain(status(ShownStatus.EMPTY, StatusSource.PHARMACIST, 3 * 60, Freshness.FRESH));
        assertEquals("easy.status.EMPTY", soldOut.getWordKey());
        assertEquals("easy.source.PHARMACIST", soldOut.getSourceKey());
        assertEquals(new RelativeAge("age.hours", 3), soldOut.getAge());
        assertNull(soldOut.getCheckKey());
        PlainStatus closed = plain(status(ShownStatus.BREAK, StatusSource.BOTH, 5, Freshness.FRESH));
        assertEquals("easy.status.BREAK", closed.getWordKey());
        assertEquals("easy.source.BOTH", closed.getSourceKey());
    }

    @Test
    void beforeAnyDeliveryThereIsNoSourceNoAgeAndNothingToCheck() {
        PlainStatus nothingSaid = plain(new EffectiveStatus(ShownStatus.NO_DATA, false, StatusSource.NONE, null,
                Freshness.UNKNOWN, null, null, null));
        assertEquals("easy.status.NO_DATA", nothingSaid.getWordKey());
        assertNull(nothingSaid.getSourceKey());
        assertNull(nothingSaid.getAge());
        assertNull(nothingSaid.getCheckKey());
        PlainStatus notDelivered = plain(status(ShownStatus.NO_DATA, StatusSource.FEED, 50, Freshness.STALE));
        assertEquals("easy.status.NO_DATA", notDelivered.getWordKey());
        assertNull(notDelivered.getSourceKey(), "\"not delivered yet\" has no age worth telling, as on the ordinary pages");
        assertNull(notDelivered.getCheckKey());
    }

    @Test
    void theQueueTheCountAndTheNoticeComeWithTheStatus() {
        Instant queued = NOW.minus(Duration.ofMinutes(10));
        PlainStatus plain = plain(new EffectiveStatus(ShownStatus.FEW, true, StatusSource.PHARMACIST,
                NOW.minus(Duration.ofMinutes(12)), Freshness.FRESH, new QueueLength(12, queued, Duration.ofMinutes(12)),
                new PharmacistNotice("번호표 13시 배부", queued), new RemainingCount(20, queued)));
        assertEquals(12, plain.getQueue());
        assertEquals(new RelativeAge("age.minutes", 10), plain.getQueueAge());
        assertEquals(20, plain.getRemaining());
        assertEquals("번호표 13시 배부", plain.getNotice());
        assertTrue(plain.isLikelySoldOutBeforeYourTurn());
    }

    @Test
    void withoutQueueCountOrNoticeThereIsNoneToShow() {
        PlainStatus plain = plain(status(ShownStatus.SOME, StatusSource.FEED, 1, Freshness.FRESH));
        assertNull(plain.getQueue());
        assertNull(plain.getQueueAge());
        assertNull(plain.getRemaining());
        assertNull(plain.getNotice());
        assertFalse(plain.isLikelySoldOutBeforeYourTurn());
    }

    @Test
    void aListCutsALongNoticeShortButNeverAShortOne() {
        assertEquals("번호표 13시 배부", withNotice("번호표 13시 배부").getBriefNotice());
        String forty = "가".repeat(PlainStatus.BRIEF_NOTICE);
        assertEquals(forty, withNotice(forty).getBriefNotice(), "exactly the limit stays whole");
        String brief = withNotice("오늘은 번호표를 13시에 나눠 드립니다. " + "줄을 서지 마시고 ".repeat(20)).getBriefNotice();
        assertTrue(brief.length() <= PlainStatus.BRIEF_NOTICE, brief);
        assertTrue(brief.startsWith("오늘은 번호표를 13시에 나눠 드립니다.") && brief.endsWith("…"), brief);
        String emoji = "😷".repeat(PlainStatus.BRIEF_NOTICE + 5);
        assertEquals("😷".repeat(PlainStatus.BRIEF_NOTICE - 1) + "…", withNotice(emoji).getBriefNotice(),
                "never half a character");
        assertNull(plain(status(ShownStatus.SOME, StatusSource.FEED, 1, Freshness.FRESH)).getBriefNotice());
    }

    private static PlainStatus withNotice(String text) {
        return plain(new EffectiveStatus(ShownStatus.SOME, false, StatusSource.PHARMACIST, NOW, Freshness.FRESH, null,
                new PharmacistNotice(text, NOW), null));
    }

    @ParameterizedTest
    @EnumSource(value = ShownStatus.class, names = {"PLENTY", "SOME", "FEW", "EMPTY", "BREAK"})
    void everyBandHasAWordAndASymbolOfItsOwn(ShownStatus shown) {
        PlainStatus plain = plain(status(shown, StatusSource.FEED, 0, Freshness.FRESH));
        assertEquals("easy.status." + shown.name(), plain.getWordKey());
        assertEquals("status.symbol." + shown.name(), plain.getSymbolKey());
        assertEquals(new RelativeAge("age.justNow", 0), plain.getAge());
    }

    private static EffectiveStatus status(ShownStatus shown, StatusSource source, long minutesOld, Freshness freshness) {
        return new EffectiveStatus(shown, false, source, NOW.minus(Duration.ofMinutes(minutesOld)), freshness, null,
                null, null);
    }

    private static PlainStatus plain(EffectiveStatus status) {
        return new PlainStatus(status, NOW);
    }
}
