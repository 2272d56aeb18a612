package kr.maskportal.rotation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.maskportal.rotation.control.Bring;
import kr.maskportal.rotation.control.Policy2020;
import kr.maskportal.rotation.control.PurchaseRotation;
import kr.maskportal.rotation.control.RotationPolicy;
import kr.maskportal.rotation.control.WhoMayBuy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sentence at the top of every resident page, worded from the real bundles exactly as resident.xhtml puts it
 * together: who may buy, then " · " and the limit, then " · " and what to bring, each part only when it has a key.
 */
class RotationSentenceTest {

    private static final Path BUNDLES = Path.of("src/main/resources/kr/maskportal/i18n");
    private static final Path SENTENCE = Path.of("src/main/webapp/WEB-INF/includes/rotation.xhtml");
    private static final RotationPolicy POLICY = Policy2020.policy();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-03-08 | 오늘(일)은 출생연도에 따른 구매 요일(5부제)이 없습니다
            2020-03-09 | 오늘(월)은 출생연도 끝자리 1, 6인 분이 살 수 있습니다 · 1인 주 2개 · 신분증을 가져오세요
            2020-03-10 | 오늘(화)은 출생연도 끝자리 2, 7인 분이 살 수 있습니다 · 1인 주 2개 · 신분증을 가져오세요
            2020-03-11 | 오늘(수)은 출생연도 끝자리 3, 8인 분이 살 수 있습니다 · 1인 주 2개 · 신분증을 가져오세요
            2020-03-12 | 오늘(목)은 출생연도 끝자리 4, 9인 분이 살 수 있습니다 · 1인 주 2개 · 신분증을 가져오세요
            2020-03-13 | 오늘(금)은 출생연도 끝자리 5, 0인 분이 살 수 있습니다 · 1인 주 2개 · 신분증을 가져오세요
            2020-03-14 | 오늘(토)은 이번 주에 아직 사지 않은 분 누구나 살 수 있습니다 · 1인 주 2개 · 신분증을 가져오세요
            2020-04-26 | 오늘(일)은 이번 주에 아직 사지 않은 분 누구나 살 수 있습니다 · 1인 주 2개 · 신분증을 가져오세요
            2020-04-27 | 오늘(월)은 출생연도 끝자리 1, 6인 분이 살 수 있습니다 · 1인 주 3개 · 신분증을 가져오세요
            2020-05-31 | 오늘(일)은 이번 주에 아직 사지 않은 분 누구나 살 수 있습니다 · 1인 주 3개 · 신분증을 가져오세요
            2020-06-01 | 오늘(월)은 출생연도와 관계없이 누구나 살 수 있습니다 · 1인 주 3개(2002년 이후 출생자는 5개) · 신분증을 가져오세요
            2020-06-18 | 오늘(목)은 출생연도와 관계없이 누구나 살 수 있습니다 · 1인 주 10개 · 신분증을 가져오세요
            2020-07-12 | 오늘(일)은 출생연도와 관계없이 누구나 살 수 있습니다 · 수량 제한 없음
            2026-11-25 | 오늘(수)은 출생연도와 관계없이 누구나 살 수 있습니다 · 수량 제한 없음
            """)
    void inKorean(LocalDate day, String expected) throws IOException {
        assertEquals(expected, words(day, "ko"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-03-08 | Today (Sun) there is no purchase day by birth year (5-day rotation)
            2020-03-11 | Today (Wed) people whose birth year ends in 3 or 8 may buy · 2 masks per person per week · bring an ID card
            2020-03-13 | Today (Fri) people whose birth year ends in 5 or 0 may buy · 2 masks per person per week · bring an ID card
            2020-03-14 | Today (Sat) anyone who has not bought this week may buy · 2 masks per person per week · bring an ID card
            2020-04-27 | Today (Mon) people whose birth year ends in 1 or 6 may buy · 3 masks per person per week · bring an ID card
            2020-06-01 | Today (Mon) anyone may buy, whatever their birth year · 3 masks per person per week (5 for those born in 2002 or later) · bring an ID card
            2020-06-18 | Today (Thu) anyone may buy, whatever their birth year · 10 masks per person per week · bring an ID card
            2026-11-25 | Today (Wed) anyone may buy, whatever their birth year · no limit on how many
            """)
    void inEnglish(LocalDate day, String expected) throws IOException {
        assertEquals(expected, words(day, "en"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void everyKeyTheSentenceCanUseIsInTheBundle(String language) throws IOException {
        Properties bundle = load(language);
        List<String> keys = new ArrayList<>();
        for (WhoMayBuy who : WhoMayBuy.values()) {
            keys.add("rotation.who." + who.name());
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            keys.add("rotation.weekday." + day.name());
        }
        for (Bring bring : Bring.values()) {
            keys.add("rotation.bring." + bring.name());
        }
        keys.addAll(List.of("rotation.limit.weekly", "rotation.limit.weeklyYoung", "rotation.limit.none"));
        for (String key : keys) {
            String raw = bundle.getProperty(key);
            assertNotNull(raw, key + " missing in messages_" + language);
            assertFalse(raw.replace("''", "").contains("'"), key + " has a single quote MessageFormat would eat");
            String shown = new MessageFormat(raw, Locale.forLanguageTag(language)).format(new Object[] {"X", "Y", "Z"});
            assertFalse(shown.contains("{") || shown.contains("}"), key + " shows a placeholder: " + shown);
        }
    }

    @Test
    void todaysSentenceIsForTheKoreanDateOnThePortalClock() {
        // 15:30 UTC on Tuesday 10 March is 00:30 on Wednesday 11 March in Seoul.
        Clock clock = Clock.fixed(Instant.parse("2020-03-10T15:30:00Z"), ZoneOffset.UTC);
        RotationSentence sentence = new TodaysRotation(new PurchaseRotation(clock, POLICY)).getSentence();
        assertEquals("rotation.who.BIRTH_YEAR_DIGITS", sentence.getWhoKey());
        assertEquals("rotation.weekday.WEDNESDAY", sentence.getWeekdayKey());
        assertEquals("3", sentence.getFirstDigit());
        assertEquals("8", sentence.getSecondDigit());
        assertEquals("rotation.limit.weekly", sentence.getLimitKey());
        assertEquals("2", sentence.getWeeklyLimit());
        assertEquals("rotation.bring.ID_CARD", sentence.getBringKey());
    }

    /** Each residents' layout, ordinary and easy, puts the sentence first in main, before the page's own content. */
    @ParameterizedTest
    @ValueSource(strings = {"resident", "easy"})
    void theResidentLayoutsShowTheSentenceFirstInMain(String layoutName) throws IOException {
        String layout = Files.readString(Path.of("src/main/webapp/WEB-INF/templates/" + layoutName + ".xhtml"));
        int main = layout.indexOf("<main");
        int sentence = layout.indexOf("<ui:include src=\"/WEB-INF/includes/rotation.xhtml\"/>");
        int content = layout.indexOf("<ui:insert name=\"content\"/>");
        assertTrue(main >= 0 && main < sentence && sentence < content, "main, then the sentence, then the content");
        assertTrue(layout.substring(main, sentence).matches("<main[^>]*>\\s*"), "nothing before it in main");
        assertFalse(layout.contains("<script"), "no JavaScript");
    }

    /** The sentence both layouts include reads only real getters. */
    @Test
    void theSentenceReadsOnlyRealGetters() throws IOException {
        String include = Files.readString(SENTENCE);
        assertTrue(include.contains("<p class=\"rotation\">"));
        Matcher used = Pattern.compile("todaysRotation\\.sentence\\.(\\w+)").matcher(include);
        int count = 0;
        while (used.find()) {
            String property = used.group(1);
            String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
            assertTrue(hasGetter(getter), "RotationSentence has no " + getter + "()");
            count++;
        }
        assertTrue(count >= 9, "the include reads the sentence's parts: " + count);
    }

    private static boolean hasGetter(String name) {
        try {
            RotationSentence.class.getMethod(name);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** What resident.xhtml renders for the day. */
    private static String words(LocalDate day, String language) throws IOException {
        Properties bundle = load(language);
        Locale locale = Locale.forLanguageTag(language);
        RotationSentence s = RotationSentence.of(POLICY.on(day));
        var words = new StringBuilder(new MessageFormat(bundle.getProperty(s.getWhoKey()), locale).format(
                new Object[] {bundle.getProperty(s.getWeekdayKey()), s.getFirstDigit(), s.getSecondDigit()}));
        if (s.getLimitKey() != null) {
            words.append(" · ").append(new MessageFormat(bundle.getProperty(s.getLimitKey()), locale).format(
                    new Object[] {s.getWeeklyLimit(), s.getYoungWeeklyLimit(), s.getYoungBornFrom()}));
        }
        if (s.getBringKey() != null) {
            words.append(" · ").append(bundle.getProperty(s.getBringKey()));
        }
        return words.toString();
    }

    private static Properties load(String language) throws IOException {
        var bundle = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve("messages_" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle;
    }
}
