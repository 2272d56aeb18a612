package kr.maskportal.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kr.maskportal.seller.control.ListingSort;
import kr.maskportal.seller.entity.SellerType;
import kr.maskportal.stock.control.ShownStatus;
import kr.maskportal.stock.control.merge.StatusSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A resident who chose English reads English everywhere: both bundles hold the same keys, every key any view names
 * is in them, and so is every key the status and listing words are built from.
 */
class BundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/kr/maskportal/i18n");
    private static final Path VIEWS = Path.of("src/main/webapp");
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    @Test
    void bothLanguagesHoldTheSameKeys() throws IOException {
        assertEquals(load("ko").stringPropertyNames(), load("en").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void everyKeyAViewNamesIsThere(String language) throws IOException {
        Set<String> missing = new TreeSet<>(literalKeys());
        missing.removeAll(load(language).stringPropertyNames());
        assertEquals(Set.of(), missing, "missing in messages_" + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void everyStatusAndListingWordIsThere(String language) throws IOException {
        Set<String> computed = new TreeSet<>();
        for (ShownStatus status : ShownStatus.values()) {
            computed.add("status." + status.name());
            computed.add("status.symbol." + status.name());
        }
        Stream.of(StatusSource.values()).forEach(s -> computed.add("status.source." + s.name()));
        Stream.of(SellerType.values()).forEach(t -> computed.add("seller.type." + t.name()));
        for (ListingSort sort : ListingSort.values()) {
            computed.add("district.sort." + sort.name());
            computed.add("district.sellers.caption." + sort.name());
        }
        computed.addAll(Set.of("age.justNow", "age.minutes", "age.hours", "age.days", "status.wait.minutes",
                "status.wait.hours", "status.delivered.today", "status.delivered.earlier"));
        computed.removeAll(load(language).stringPropertyNames());
        assertEquals(Set.of(), computed, "missing in messages_" + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void theWaitAndDeliveryWordsFillEveryPlaceholder(String language) throws IOException {
        Properties bundle = load(language);
        Locale locale = Locale.forLanguageTag(language);
        for (String key : Set.of("status.wait.minutes", "status.wait.hours", "status.delivered.today",
                "status.delivered.earlier")) {
            String shown = new MessageFormat(bundle.getProperty(key), locale).format(new Object[] {1, 2, "10:30"});
            assertFalse(shown.contains("{") || shown.contains("}"), key + " shows a placeholder: " + shown);
        }
    }

    /**
     * A message with a placeholder goes through MessageFormat, which takes a lone apostrophe for a quote and drops
     * it ("pharmacists' reports" would lose it). Apostrophes that quote a brace on purpose ('{code}') are fine.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void noMessageWithAPlaceholderHasALoneApostrophe(String language) throws IOException {
        Properties bundle = load(language);
        Set<String> swallowing = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            String message = bundle.getProperty(key);
            String lone = message.replace("''", "").replace("'{", "").replace("}'", "");
            if (message.matches("(?s).*\\{[0-9].*") && lone.contains("'")) {
                swallowing.add(key);
            }
        }
        assertEquals(Set.of(), swallowing, "messages_" + language + " with a lone apostrophe and a placeholder");
    }

    private static Set<String> literalKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(VIEWS)) {
            for (Path view : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(view));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
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
