package kr.maskportal.seller.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kr.maskportal.platform.time.RelativeAge;
import kr.maskportal.seller.entity.SellerType;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.control.merge.StatusSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every word the easy pages show comes from the bundle, in Korean and in English: each key their views name, and
 * each key {@link kr.maskportal.stock.boundary.PlainStatus} and the pages compute.
 */
class EasyMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/kr/maskportal/i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final List<Path> EASY_VIEWS = List.of(
            Path.of("src/main/webapp/WEB-INF/templates/easy.xhtml"),
            Path.of("src/main/webapp/WEB-INF/includes/plain-status.xhtml"),
            Path.of("src/main/webapp/WEB-INF/includes/rotation.xhtml"),
            Path.of("src/main/webapp/WEB-INF/templates/resident.xhtml"),
            Path.of("src/main/webapp/easy-views/index.xhtml"),
            Path.of("src/main/webapp/easy-views/province.xhtml"),
            Path.of("src/main/webapp/easy-views/district.xhtml"),
            Path.of("src/main/webapp/easy-views/seller.xhtml"));
    /** Every age {@link RelativeAge} can give, from "just now" to days. */
    private static final List<Duration> AGES = List.of(Duration.ZERO, Duration.ofMinutes(40), Duration.ofHours(2),
            Duration.ofDays(3));

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void everyKeyTheEasyPagesUseIsThere(String language) throws IOException {
        Properties bundle = load(language);
        Set<String> missing = new TreeSet<>();
        for (String key : keysUsed()) {
            if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "missing in messages_" + language);
    }

    @Test
    void bothLanguagesHaveTheSameEasyKeys() throws IOException {
        assertEquals(easyKeys(load("ko")), easyKeys(load("en")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void everyEasyMessageFormatsWithoutLeftOverPlaceholdersOrLostQuotes(String language) throws IOException {
        Properties bundle = load(language);
        for (String key : easyKeys(bundle)) {
            String raw = bundle.getProperty(key);
            assertFalse(raw.replace("''", "").contains("'"), key + " has a single quote MessageFormat would eat");
            for (long amount : new long[] {0, 1, 2, 12, 441}) {
                String shown = new MessageFormat(raw, Locale.forLanguageTag(language))
                        .format(new Object[] {amount, amount});
                assertFalse(shown.contains("{") || shown.contains("}"), key + " shows a placeholder: " + shown);
            }
        }
    }

    @Test
    void englishCountsAgreeWithTheirNumber() throws IOException {
        Properties en = load("en");
        assertEquals("Check first: this information is 1 hour old", format(en, "easy.check.age.hours", 1L));
        assertEquals("Check first: this information is 2 hours old", format(en, "easy.check.age.hours", 2L));
        assertEquals("12 people in the queue", format(en, "easy.queue", 12));
        assertEquals("1 person in the queue", format(en, "easy.queue", 1));
        assertEquals("1 mask left", format(en, "easy.remaining", 1));
        assertEquals("확인 필요: 정보가 2시간 전 것입니다", format(load("ko"), "easy.check.age.hours", 2L));
    }

    private static String format(Properties bundle, String key, Object amount) {
        return new MessageFormat(bundle.getProperty(key), Locale.ROOT).format(new Object[] {amount});
    }

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path view : EASY_VIEWS) {
            Matcher m = LITERAL_KEY.matcher(Files.readString(view));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        for (ShownStatus status : ShownStatus.values()) {
            keys.add("easy.status." + status.name());
            keys.add("status.symbol." + status.name());
        }
        for (StatusSource source : StatusSource.values()) {
            keys.add("easy.source." + source.name());
        }
        for (Duration age : AGES) {
            String ageKey = RelativeAge.of(age).key();
            keys.add(ageKey);
            keys.add("easy.check." + ageKey);
            keys.add("district.feedOutage." + ageKey);
        }
        for (SellerType type : SellerType.values()) {
            keys.add("seller.type." + type.name());
        }
        return keys;
    }

    private static Set<String> easyKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream().filter(key -> key.startsWith("easy."))
                .collect(Collectors.toCollection(TreeSet::new));
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
