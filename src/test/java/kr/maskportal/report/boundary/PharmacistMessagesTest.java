package kr.maskportal.report.boundary;

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
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import kr.maskportal.report.entity.InvalidReport;
import kr.maskportal.report.entity.ReportKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pharmacists' page's computed messages, in Korean and in English: a key for every kind of report and every
 * problem a report can have, each a valid message format. (The keys the view names literally are checked with the
 * other staff pages by {@code StaffMessagesTest}.)
 */
class PharmacistMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/kr/maskportal/i18n");

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void computedMessagesAreValidMessageFormatsThatFillEveryPlaceholder(String language) throws IOException {
        Properties bundle = load(language);
        for (String key : computedKeys()) {
            String raw = bundle.getProperty(key);
            assertNotNull(raw, key + " missing in messages_" + language);
            assertFalse(raw.replace("''", "").contains("'"), key + " has a single quote MessageFormat would eat");
            String shown = new MessageFormat(raw, Locale.forLanguageTag(language)).format(new Object[] {100_000, "12:03"});
            assertFalse(shown.contains("{") || shown.contains("}"), key + " shows a placeholder: " + shown);
        }
    }

    @Test
    void rangesAreNamedInKoreanWithTheLargestValueGrouped() throws IOException {
        Properties ko = load("ko");
        String queue = ReportWords.problem(InvalidReport.Problem.NUMBER_OUT_OF_RANGE, ReportKind.QUEUE);
        assertEquals("대기 인원은 0명에서 999명까지 입력하세요.", format(ko, queue, ReportWords.largest(ReportKind.QUEUE)));
        String masks = ReportWords.problem(InvalidReport.Problem.NUMBER_OUT_OF_RANGE, ReportKind.REMAINING);
        assertEquals("남은 수량은 0개에서 100,000개까지 입력하세요.", format(ko, masks, ReportWords.largest(ReportKind.REMAINING)));
        String notice = ReportWords.problem(InvalidReport.Problem.NOTICE_TOO_LONG, ReportKind.NOTICE);
        assertEquals("안내는 200자까지 쓸 수 있습니다. 지금 201자입니다.",
                format(ko, notice, ReportWords.largest(ReportKind.NOTICE), 201));
    }

    @Test
    void aNoticeProblemIsTheSameWhateverTheKindAndANumberProblemNamesItsKind() {
        assertEquals("pharmacist.invalid.NOTICE_TOO_LONG",
                ReportWords.problem(InvalidReport.Problem.NOTICE_TOO_LONG, ReportKind.NOTICE));
        assertEquals("pharmacist.invalid.NOTICE_NOT_ALLOWED",
                ReportWords.problem(InvalidReport.Problem.NOTICE_NOT_ALLOWED, ReportKind.CLOSED));
        assertEquals("pharmacist.invalid.NUMBER_MISSING.RESTOCKED",
                ReportWords.problem(InvalidReport.Problem.NUMBER_MISSING, ReportKind.RESTOCKED));
        assertEquals("pharmacist.invalid.NOT_A_NUMBER.QUEUE", ReportWords.problem(ReportWords.NOT_A_NUMBER, ReportKind.QUEUE));
        assertEquals("pharmacist.invalid.NUMBER_NOT_ALLOWED",
                ReportWords.problem(InvalidReport.Problem.NUMBER_NOT_ALLOWED, ReportKind.SOLD_OUT));
    }

    @Test
    void bothBundlesHoldTheSamePharmacistKeys() throws IOException {
        assertEquals(pharmacistKeys(load("ko")), pharmacistKeys(load("en")));
        assertTrue(pharmacistKeys(load("ko")).size() > 50);
    }

    /** What the page looks up by a computed name: for every kind, and for every problem with every kind. */
    private static Set<String> computedKeys() {
        Set<String> keys = new TreeSet<>();
        for (ReportKind kind : ReportKind.values()) {
            keys.add(ReportWords.line(kind));
            keys.add(ReportWords.stored(kind));
            keys.add(ReportWords.undone(kind));
            keys.add(ReportWords.problem(ReportWords.NOT_A_NUMBER, kind));
            for (InvalidReport.Problem problem : InvalidReport.Problem.values()) {
                keys.add(ReportWords.problem(problem, kind));
            }
        }
        keys.add("pharmacist.undone.nothing");
        return keys;
    }

    private static Set<String> pharmacistKeys(Properties bundle) {
        Set<String> keys = new TreeSet<>();
        bundle.stringPropertyNames().stream().filter(k -> k.startsWith("pharmacist.")).forEach(keys::add);
        return keys;
    }

    private static String format(Properties bundle, String key, Object... arguments) {
        return new MessageFormat(bundle.getProperty(key), Locale.KOREAN).format(arguments);
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
