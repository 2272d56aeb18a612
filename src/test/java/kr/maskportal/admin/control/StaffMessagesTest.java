package kr.maskportal.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
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
import java.util.stream.Stream;
import kr.maskportal.account.entity.Role;
import kr.maskportal.bulkaccount.control.RowIssue;
import kr.maskportal.bulkaccount.control.RowProblem;
import kr.maskportal.bulkaccount.control.UploadProblem;
import kr.maskportal.feed.control.FeedStore;
import kr.maskportal.feed.control.PageProblem;
import kr.maskportal.feed.control.RefreshRefusal;
import kr.maskportal.feed.control.SaleProblem;
import kr.maskportal.feed.control.StoreProblem;
import kr.maskportal.seller.control.PlacedBy;
import kr.maskportal.seller.control.SellerFileProblemReason;
import kr.maskportal.seller.control.UnplacedReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every word the staff pages show comes from the bundle, in Korean and in English: each key the staff views name,
 * and a key for each reason and role the pages put into words.
 */
class StaffMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/kr/maskportal/i18n");
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    private static final List<Path> STAFF_VIEWS = List.of(
            Path.of("src/main/webapp/WEB-INF/templates/staff.xhtml"),
            Path.of("src/main/webapp/login.xhtml"),
            Path.of("src/main/webapp/admin/sellers.xhtml"),
            Path.of("src/main/webapp/admin/feed.xhtml"),
            Path.of("src/main/webapp/admin/accounts.xhtml"),
            Path.of("src/main/webapp/admin/accounts-edit.xhtml"),
            Path.of("src/main/webapp/admin/accounts-import.xhtml"),
            Path.of("src/main/webapp/WEB-INF/includes/import-issues.xhtml"),
            Path.of("src/main/webapp/activate.xhtml"),
            Path.of("src/main/webapp/WEB-INF/errors/403.xhtml"),
            Path.of("src/main/webapp/WEB-INF/errors/400.xhtml"),
            Path.of("src/main/webapp/WEB-INF/errors/405.xhtml"),
            Path.of("src/main/webapp/WEB-INF/errors/413.xhtml"),
            Path.of("src/main/webapp/WEB-INF/errors/501.xhtml"),
            Path.of("src/main/webapp/pharmacist/reports.xhtml"),
            Path.of("src/main/webapp/pharmacist/tokens.xhtml"));

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void everyKeyTheStaffPagesUseIsThere(String language) throws IOException {
        Properties bundle = load(language);
        Set<String> missing = new TreeSet<>();
        for (String key : keysUsed()) {
            if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing, "missing in messages_" + language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void messagesShownWithParametersAreValidMessageFormats(String language) throws IOException {
        Properties bundle = load(language);
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("seller.unplacedReason.") || key.startsWith("seller.placedBy.")
                    || key.startsWith("seller.fileProblem.") || key.startsWith("signin.error.")
                    || key.startsWith("admin.sellers.") || key.startsWith("admin.accounts.")
                    || key.startsWith("admin.account.")) {
                String raw = bundle.getProperty(key);
                assertFalse(raw.replace("''", "").contains("'"), key + " has a single quote MessageFormat would eat");
                String shown = new MessageFormat(raw, Locale.forLanguageTag(language)).format(new Object[] {"X"});
                assertFalse(shown.contains("{") || shown.contains("}"), key + " shows a placeholder: " + shown);
            }
        }
    }

    /** The bulk import's and activation's messages, some of which take up to three values. */
    @ParameterizedTest
    @ValueSource(strings = {"ko", "en"})
    void importAndActivationMessagesAreValidMessageFormats(String language) throws IOException {
        Properties bundle = load(language);
        for (String key : bundle.stringPropertyNames()) {
            if (key.startsWith("admin.import.") || key.startsWith("activate.")) {
                String raw = bundle.getProperty(key);
                assertFalse(raw.replace("''", "").contains("'"), key + " has a single quote MessageFormat would eat");
                String shown = new MessageFormat(raw, Locale.forLanguageTag(language))
                        .format(new Object[] {"X", "Y", "Z"});
                assertFalse(shown.contains("{") || shown.contains("}"), key + " shows a placeholder: " + shown);
            }
        }
    }

    private static Set<String> keysUsed() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path view : STAFF_VIEWS) {
            Matcher m = LITERAL_KEY.matcher(Files.readString(view));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        List<String> computed = new ArrayList<>();
        Stream.of(UnplacedReason.values()).forEach(r -> computed.add(ReasonKeys.unplaced(r.name())));
        Stream.of(PlacedBy.values()).forEach(r -> computed.add(ReasonKeys.placedBy(r.name())));
        Stream.of(SellerFileProblemReason.values()).forEach(r -> computed.add(ReasonKeys.fileProblem(r.name())));
        Stream.of(Role.values()).forEach(r -> computed.add("account.role." + r.name()));
        computed.add(ReasonKeys.UNKNOWN);
        Stream.of(PageProblem.values(), SaleProblem.values(), StoreProblem.values()).flatMap(Stream::of)
                .forEach(r -> computed.add(ReasonKeys.feedProblem(r.name())));
        Stream.of(RefreshRefusal.values()).forEach(r -> computed.add(ReasonKeys.feedOutcome(r.name())));
        computed.add(ReasonKeys.feedOutcome(FeedStore.ACCEPTED));
        Stream.of(AccountChange.values()).forEach(c -> computed.add(c.messageKey()));
        computed.addAll(AccountProblemKeys.ALL);
        computed.addAll(List.of("signin.error.loginMissing", "signin.error.passwordMissing", "signin.error.refused",
                "signin.error.locked"));
        Stream.of(RowProblem.values()).forEach(p -> computed.add(new RowIssue.Reason(p, null).getMessageKey()));
        Stream.of(UploadProblem.values()).forEach(p -> computed.add(p.getMessageKey()));
        computed.addAll(List.of("activate.error.codeMissing", "activate.error.repeatDiffers", "activate.error.refused"));
        keys.addAll(computed);
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
