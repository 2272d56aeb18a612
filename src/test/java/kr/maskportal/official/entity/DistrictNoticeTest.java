package kr.maskportal.official.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import kr.maskportal.official.entity.InvalidNotice.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DistrictNoticeTest {

    /** 2020-03-11 12:00 in Korea. */
    private static final Instant NOW = OffsetDateTime.parse("2020-03-11T12:00+09:00").toInstant();
    private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));

    @Test
    void aNoticeFromNowUntilTomorrowIsKeptTrimmedAndStampedWithWhoAndWhen() {
        DistrictNotice notice = DistrictNotice.post("11680", "  내일 입고 14시로 지연  ", NOW, TOMORROW, 7, NOW);
        assertEquals("11680", notice.getDistrictCode());
        assertEquals("내일 입고 14시로 지연", notice.getText());
        assertEquals(NOW, notice.getStartsAt());
        assertEquals(TOMORROW, notice.getEndsAt());
        assertEquals(7L, notice.getAccountId());
        assertEquals(NOW, notice.getCreatedAt());
        assertFalse(notice.isWithdrawn());
    }

    @Test
    void markupIsAllowedAsText() {
        assertEquals("<script>alert(1)</script>",
                DistrictNotice.post("11680", "<script>alert(1)</script>", NOW, TOMORROW, 7, NOW).getText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void anEmptyTextIsRefused(String text) {
        assertProblem(Problem.TEXT_MISSING, InvalidNotice.TEXT, () -> DistrictNotice.post("11680", text, NOW, TOMORROW, 7, NOW));
    }

    @Test
    void noTextAtAllIsRefusedAsMissing() {
        assertProblem(Problem.TEXT_MISSING, InvalidNotice.TEXT, () -> DistrictNotice.post("11680", null, NOW, TOMORROW, 7, NOW));
    }

    @Test
    void twoHundredCharactersAreTheMostCountedAsCharactersNotUtf16Units() {
        assertEquals(200, DistrictNotice.MAX_LENGTH);
        assertEquals(200, DistrictNotice.post("11680", "가".repeat(200), NOW, TOMORROW, 7, NOW).getText().length());
        // 200 emoji are 400 UTF-16 units, still 200 characters
        String emoji = "😷".repeat(200);
        assertEquals(emoji, DistrictNotice.post("11680", emoji, NOW, TOMORROW, 7, NOW).getText());
        assertProblem(Problem.TEXT_TOO_LONG, InvalidNotice.TEXT,
                () -> DistrictNotice.post("11680", "가".repeat(201), NOW, TOMORROW, 7, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"첫 줄\n둘째 줄", "탭\t사이", "널\u0000문자", "외톨이 \uD800 대리 문자", "미지정 \u0378"})
    void lineBreaksControlCharactersAndBrokenCharactersAreRefusedAsForPharmacists(String text) {
        assertProblem(Problem.TEXT_BAD_CHARACTERS, InvalidNotice.TEXT,
                () -> DistrictNotice.post("11680", text, NOW, TOMORROW, 7, NOW));
    }

    @Test
    void theEndMustComeAfterTheStart() {
        assertProblem(Problem.END_NOT_AFTER_START, InvalidNotice.END,
                () -> DistrictNotice.post("11680", "알림", TOMORROW, TOMORROW, 7, NOW));
        assertProblem(Problem.END_NOT_AFTER_START, InvalidNotice.END,
                () -> DistrictNotice.post("11680", "알림", TOMORROW, NOW.plusSeconds(60), 7, NOW));
    }

    @Test
    void anEndAlreadyPastIsRefusedButAStartInThePastIsFine() {
        Instant yesterday = NOW.minus(Duration.ofDays(1));
        assertProblem(Problem.END_IN_PAST, InvalidNotice.END,
                () -> DistrictNotice.post("11680", "알림", yesterday, NOW.minusSeconds(1), 7, NOW));
        assertProblem(Problem.END_IN_PAST, InvalidNotice.END,
                () -> DistrictNotice.post("11680", "알림", yesterday, NOW, 7, NOW), "ending right now shows nothing");
        DistrictNotice started = DistrictNotice.post("11680", "알림", yesterday, NOW.plusSeconds(1), 7, NOW);
        assertTrue(started.inForceAt(NOW));
    }

    @Test
    void fourteenDaysAreTheLongestSpan() {
        assertEquals(Duration.ofDays(14), DistrictNotice.MAX_SPAN);
        DistrictNotice.post("11680", "알림", NOW, NOW.plus(Duration.ofDays(14)), 7, NOW);
        assertProblem(Problem.SPAN_TOO_LONG, InvalidNotice.END,
                () -> DistrictNotice.post("11680", "알림", NOW, NOW.plus(Duration.ofDays(14)).plusMillis(1), 7, NOW));
    }

    @Test
    void theTextIsCheckedBeforeTheTimes() {
        assertProblem(Problem.TEXT_MISSING, InvalidNotice.TEXT,
                () -> DistrictNotice.post("11680", " ", TOMORROW, NOW, 7, NOW));
    }

    @Test
    void timesAreKeptToTheMillisecondAsTheDatabaseKeepsThem() {
        Instant start = NOW.plusNanos(1_234_567);
        DistrictNotice notice = DistrictNotice.post("11680", "알림", start, TOMORROW.plusNanos(999_999), 7,
                NOW.plusNanos(5_500_000));
        assertEquals(NOW.plusMillis(1), notice.getStartsAt());
        assertEquals(TOMORROW, notice.getEndsAt());
        assertEquals(NOW.plusMillis(5), notice.getCreatedAt());
    }

    @Test
    void inForceFromItsStartIncludedUntilItsEndExcluded() {
        Instant start = NOW.plusSeconds(3600);
        DistrictNotice notice = DistrictNotice.post("11680", "알림", start, TOMORROW, 7, NOW);
        assertFalse(notice.inForceAt(NOW));
        assertFalse(notice.inForceAt(start.minusMillis(1)));
        assertTrue(notice.inForceAt(start));
        assertTrue(notice.inForceAt(TOMORROW.minusMillis(1)));
        assertFalse(notice.inForceAt(TOMORROW));
    }

    @Test
    void aWithdrawnNoticeIsNoLongerInForceAndCannotBeWithdrawnTwice() {
        DistrictNotice notice = DistrictNotice.post("11680", "알림", NOW, TOMORROW, 7, NOW);
        notice.withdraw(NOW.plusSeconds(60));
        assertTrue(notice.isWithdrawn());
        assertEquals(NOW.plusSeconds(60), notice.getWithdrawnAt());
        assertFalse(notice.inForceAt(NOW.plusSeconds(120)));
        assertThrows(IllegalStateException.class, () -> notice.withdraw(NOW.plusSeconds(90)));
        assertEquals(NOW.plusSeconds(60), notice.getWithdrawnAt(), "the first withdrawal stands");
    }

    private static void assertProblem(Problem problem, String field, org.junit.jupiter.api.function.Executable post) {
        assertProblem(problem, field, post, problem.name());
    }

    private static void assertProblem(Problem problem, String field, org.junit.jupiter.api.function.Executable post,
            String message) {
        InvalidNotice refused = assertThrows(InvalidNotice.class, post, message);
        assertEquals(problem, refused.problem(), message);
        assertEquals(field, refused.field(), message);
    }
}
