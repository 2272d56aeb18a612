package kr.maskportal.report.boundary.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.maskportal.platform.i18n.ApiMessages;
import kr.maskportal.report.control.token.TokenNotIssued;
import kr.maskportal.report.entity.InvalidReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every code the API and the tokens page can put into words has its words, in Korean and in English. */
class ApiMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/kr/maskportal/i18n");
    private static final Path PAGE = Path.of("src/main/webapp/pharmacist/tokens.xhtml");
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final Object[] ARGUMENTS = {"queueLength", "QUEUE", 100_000};

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void everyKeyIsThereAndFormatsWithoutLeftovers(String language) throws IOException {
        Properties bundle = load(language);
        Set<String> missing = new TreeSet<>();
        for (String key : keysUsed()) {
            String raw = bundle.getProperty(key);
            if (raw == null) {
                missing.add(key);
                continue;
            }
            String shown = new MessageFormat(raw, Locale.forLanguageTag(language)).format(ARGUMENTS);
            assertFalse(shown.contains("{0") || shown.contains("{1") || shown.contains("{2"), key + ": " + shown);
            assertFalse(raw.replace("''", "").contains("'") && !raw.contains("'{code}'"),
                    key + " has a single quote MessageFormat would eat");
        }
        assertEquals(Set.of(), missing, "missing in messages_" + language);
    }

    @Test
    void theWordsAreKoreanUnlessTheClientPrefersEnglish() {
        assertEquals(Locale.KOREAN, ApiMessages.localeFor(List.of()));
        assertEquals(Locale.KOREAN, ApiMessages.localeFor(List.of(Locale.forLanguageTag("fr"), Locale.forLanguageTag("*"))));
        assertEquals(Locale.KOREAN, ApiMessages.localeFor(List.of(Locale.forLanguageTag("ko-KR"), Locale.ENGLISH)));
        assertEquals(Locale.ENGLISH, ApiMessages.localeFor(List.of(Locale.forLanguageTag("en-US"), Locale.KOREAN)));
        assertEquals(Locale.ENGLISH, ApiMessages.localeFor(List.of(Locale.FRENCH, Locale.ENGLISH)));
    }

    @Test
    void aRangeErrorSaysTheLimitInKorean() {
        String words = ApiMessages.text(Locale.KOREAN, "api.problem.NUMBER_OUT_OF_RANGE", "remaining", "REMAINING", 100_000);
        assertEquals("remaining 값은 0부터 100,000까지여야 합니다.", words);
        String tooMany = ApiMessages.text(Locale.KOREAN, "api.error.TOO_MANY_REQUESTS", 30, 42L);
        assertTrue(tooMany.contains("1분에 30번") && tooMany.contains("42초 뒤"), tooMany);
    }

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher m = LITERAL_KEY.matcher(Files.readString(PAGE));
        while (m.find()) {
            keys.add(m.group(1));
        }
        for (TokenNotIssued.Reason reason : TokenNotIssued.Reason.values()) {
            keys.add("tokens.error." + reason.name());
        }
        for (InvalidReport.Problem problem : InvalidReport.Problem.values()) {
            keys.add("api.problem." + problem.name());
        }
        for (String code : constants()) {
            boolean fieldProblem = List.of(ApiRefusal.KIND_MISSING, ApiRefusal.UNKNOWN_KIND, ApiRefusal.NOT_A_STRING,
                    ApiRefusal.NOT_AN_INTEGER, ApiRefusal.UNKNOWN_FIELD, ApiRefusal.SELLER_CODE_MISSING).contains(code);
            if (!code.equals(ApiRefusal.INVALID_FIELD)) {
                keys.add((fieldProblem ? "api.problem." : "api.error.") + code);
            }
        }
        return keys;
    }

    /** The public String constants of ApiRefusal: every error and problem code the API can answer. */
    private static List<String> constants() {
        List<String> codes = new ArrayList<>();
        for (Field field : ApiRefusal.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    codes.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return codes;
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
