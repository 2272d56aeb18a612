package kr.maskportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRuleOptions;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import kr.maskportal.account.control.Pbkdf2Hashes;
import kr.maskportal.testing.Await;
import kr.maskportal.testing.Chromium;
import kr.maskportal.testing.Chromium.Scripts;
import kr.maskportal.testing.FakeFeed;
import kr.maskportal.testing.PortalHttp;
import kr.maskportal.testing.TestAccounts;
import kr.maskportal.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the portal in a real browser (Debian's headless Chromium), checked by axe-core against WCAG 2.0,
 * 2.1 and 2.2 A and AA, and by hand for what axe leaves to judgement: the page's language, exactly one {@code h1},
 * a skip link whose target is the main content, one {@code main} landmark, and an error summary whose every link
 * leads to a field. Residents' pages in Korean and in English, staff pages signed in as the role that uses them
 * (through the sign-in form, as a person would), forms submitted with wrong values, and the error pages.
 * <p>
 * The real WAR on Payara Micro and MariaDB, fed by the replayed 2020 day so that status pages show every status.
 * One browser for the whole list; one report of every problem on every page at the end.
 */
@ExtendWith(ArquillianExtension.class)
class AccessibilityIT {

    private static final String RUN = "-it" + UUID.randomUUID().toString().substring(0, 8);
    private static final String PHARMACIST = "pharmacist" + RUN;
    private static final String ADMINISTRATOR = "admin" + RUN;
    private static final String OFFICIAL = "official" + RUN;
    /** The official's second district, small: where the notice goes and whose day report is checked. */
    private static final String NOTICE_DISTRICT = "47940";
    private static final String PASSWORD = "correct-horse-battery-staple";
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /**
     * The issue names landmarks, one h1 and a skip link outright; axe files its rules for them under "best practice",
     * not under a WCAG level, so they are switched on by name beside the WCAG rules.
     */
    private static final List<String> NAMED_IN_THE_ISSUE = List.of("landmark-one-main", "landmark-unique",
            "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main",
            "landmark-banner-is-top-level", "landmark-contentinfo-is-top-level", "landmark-main-is-top-level",
            "landmark-complementary-is-top-level", "region", "page-has-heading-one", "skip-link", "heading-order",
            "empty-heading");

    /** Who is signed in to see a page. */
    private enum Who {
        NOBODY, PHARMACIST, ADMINISTRATOR, OFFICIAL
    }

    /**
     * Every page, one line each: {@code resident} checks a page in Korean and again under {@code /en} in English,
     * {@code korean} in Korean only (the staff pages), after a step such as sending a form. {@code {seller}} and
     * {@code {account}} stand for a seller and an account of this run. Signing in happens as the list goes.
     */
    private static final List<Page> PAGES = pages(
            resident("home", "", "ul.place-list a"),
            resident("province", "province/11", "ul.place-list a"),
            resident("district", "district/11440", "table.sellers tbody tr"),
            resident("district by status", "district/11440?sort=status", "table.sellers tbody tr"),
            resident("district filtered", "district/11440?type=PHARMACY&likely=1", "p.shown-count"),
            resident("seller", "seller/{seller}", "main dl"),
            resident("search", "search?q=서교동", "table.sellers tbody tr"),
            resident("search refused", "search?q=x", "p.search-problem"),
            resident("not found", "district/99999", "main a[href$='/']"),
            resident("easy home", "easy", "ul.choices a[href*='/easy/province/']"),
            resident("easy province", "easy/province/11", "ul.choices a[href*='/easy/district/']"),
            resident("easy district", "easy/district/11440", "ol.sellers a.seller"),
            resident("easy district, a later page", "easy/district/11680?page=2", "nav.pages"),
            resident("easy seller", "easy/seller/{seller}", "dl.seller-facts"),

            korean("sign-in", Who.NOBODY, "login.xhtml", Step.NONE, "form#signin"),
            korean("sign-in refused", Who.NOBODY, "login.xhtml",
                    driver -> signIn(driver, "nobody" + RUN, "not-the-password"), ".error-summary a"),
            korean("form expired", Who.NOBODY, "login.xhtml", AccessibilityIT::postAfterTheSessionEnded,
                    "main a[href$='/login.xhtml']"),
            korean("activation", Who.NOBODY, "activate.xhtml", Step.NONE, "form#activate"),
            korean("activation refused", Who.NOBODY, "activate.xhtml",
                    driver -> click(driver, "activate:submit"), ".error-summary a"),
            korean("signed in", Who.PHARMACIST, "login.xhtml", Step.NONE, "dl.account-facts"),
            korean("pharmacist's reports", Who.PHARMACIST, "pharmacist", Step.NONE, "section.report-seller form"),
            korean("pharmacist's report refused", Who.PHARMACIST, "pharmacist",
                    driver -> click(driver, "queue-{seller}:submit"), ".error-summary a"),
            korean("pharmacist's report stored", Who.PHARMACIST, "pharmacist",
                    driver -> click(driver, "quick-{seller}:soldOut"), "#confirmation"),
            korean("seller details", Who.PHARMACIST, "pharmacist/details?seller={seller}", Step.NONE, "form#details"),
            korean("seller details refused", Who.PHARMACIST, "pharmacist/details?seller={seller}",
                    driver -> {
                        driver.findElement(By.id("details:phone")).sendKeys("02-12");
                        click(driver, "details:save");
                    }, ".error-summary a"),
            korean("point-of-sale tokens", Who.PHARMACIST, "pharmacist/tokens", Step.NONE, "form#create"),
            korean("point-of-sale token refused", Who.PHARMACIST, "pharmacist/tokens",
                    driver -> click(driver, "create:submit"), ".error-summary a"),
            korean("point-of-sale token issued", Who.PHARMACIST, "pharmacist/tokens",
                    driver -> {
                        driver.findElement(By.id("create:name")).sendKeys("계산대 1");
                        click(driver, "create:submit");
                    }, "#issued-token"),
            korean("official's now", Who.OFFICIAL, "official?district=11440", Step.NONE, "canvas#status-chart_canvas"),
            korean("forbidden", Who.PHARMACIST, "admin/sellers", Step.NONE, "main a[href$='/login.xhtml']"),
            korean("seller checks", Who.ADMINISTRATOR, "admin/sellers", Step.NONE, "#unplaced-count"),
            korean("feed checks", Who.ADMINISTRATOR, "admin/feed", Step.NONE, "main h2"),
            korean("onboarding", Who.ADMINISTRATOR, "admin/onboarding", Step.NONE, "#country-total"),
            korean("onboarding of a district", Who.ADMINISTRATOR, "admin/onboarding?district=11440", Step.NONE,
                    "#district-counts"),
            korean("accounts", Who.ADMINISTRATOR, "admin/accounts", Step.NONE, "form#create"),
            korean("account created", Who.ADMINISTRATOR, "admin/accounts?created=" + PHARMACIST, Step.NONE, "#confirmation a"),
            korean("account refused", Who.ADMINISTRATOR, "admin/accounts",
                    driver -> click(driver, "create:submit"), ".error-summary a"),
            korean("account", Who.ADMINISTRATOR, "admin/accounts/{account}", Step.NONE, "form#reset"),
            korean("account import", Who.ADMINISTRATOR, "admin/accounts/import", Step.NONE, "form#upload"),
            korean("account import refused", Who.ADMINISTRATOR, "admin/accounts/import",
                    driver -> click(driver, "upload:submit"), ".error-summary a"),
            korean("account password refused", Who.ADMINISTRATOR, "admin/accounts/{account}",
                    driver -> click(driver, "reset:submit"), ".error-summary a"),
            korean("feed lag report", Who.OFFICIAL, "official/lag", Step.NONE, "#summary"),
            korean("feed lag report refused", Who.OFFICIAL, "official/lag?from=2020-03-10&to=2020-03-01", Step.NONE,
                    ".error-summary a"),
            korean("official's day report", Who.OFFICIAL, "official/day?district=" + NOTICE_DISTRICT, Step.NONE, "#report-hourly table canvas, #report-soldout table"),
            korean("official's day report refused", Who.OFFICIAL, "official/day?date=2020-02-30", Step.NONE,
                    ".error-summary a"),
            korean("district notices", Who.OFFICIAL, "official/notices", Step.NONE, "form#notice"),
            korean("district notice refused", Who.OFFICIAL, "official/notices",
                    driver -> click(driver, "notice:submit"), ".error-summary a"),
            korean("district notice posted", Who.OFFICIAL, "official/notices",
                    driver -> {
                        new Select(driver.findElement(By.id("notice:district"))).selectByValue(NOTICE_DISTRICT);
                        driver.findElement(By.id("notice:text")).sendKeys("내일 입고 14시로 지연");
                        click(driver, "notice:submit");
                    }, "#confirmation"),
            // the notice just posted, as residents see it
            resident("district with a notice", "district/" + NOTICE_DISTRICT, "section.district-notices"),
            resident("easy district with a notice", "easy/district/" + NOTICE_DISTRICT, "section.district-notices"));

    /** Up before the deployment starts polling it. */
    private static final FakeFeed FEED = FakeFeed.startForTheClass();
    private static Chromium browser;
    private static String seller;
    private static long pharmacistId;

    @ArquillianResource
    URL base;

    private Who signedIn = Who.NOBODY;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }


    /**
     * A pharmacist bound to two pharmacies of 마포구 (two, so that ids repeated from one seller's forms to the
     * next would show; the first is also the seller page checked), an administrator, and an official of 마포구 and
     * 울릉군 (a district of 9 sellers, so that axe checks the notice on a short page), who posts the notice the last
     * district pages are checked with.
     */
    @BeforeAll
    static void storeAccountsOfThisRun() throws SQLException {
        String hash = Pbkdf2Hashes.hash(PASSWORD);
        try (Connection db = TestDatabase.connect()) {
            List<String> sellers = new ArrayList<>();
            try (var rs = db.createStatement().executeQuery("SELECT code FROM seller WHERE district_code = '11440' "
                    + "AND seller_type = '01' AND vanished_at IS NULL ORDER BY code LIMIT 2")) {
                while (rs.next()) {
                    sellers.add(rs.getString(1));
                }
            }
            assertEquals(2, sellers.size(), "마포구 has pharmacies");
            seller = sellers.get(0);
            pharmacistId = TestAccounts.insert(db, PHARMACIST, "PHARMACIST", hash);
            try (var bind = db.prepareStatement("INSERT INTO account_seller VALUES (?, ?)")) {
                for (String code : sellers) {
                    bind.setLong(1, pharmacistId);
                    bind.setString(2, code);
                    bind.executeUpdate();
                }
            }
            TestAccounts.insert(db, ADMINISTRATOR, "ADMINISTRATOR", hash);
            long officialId = TestAccounts.insert(db, OFFICIAL, "OFFICIAL", hash);
            try (var bind = db.prepareStatement("INSERT INTO account_district VALUES (?, ?)")) {
                for (String district : List.of("11440", NOTICE_DISTRICT)) {
                    bind.setLong(1, officialId);
                    bind.setString(2, district);
                    bind.executeUpdate();
                }
            }
        }
    }

    @AfterAll
    static void closeAndCleanUp() throws SQLException {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            FEED.close();
            // the report of the run first; its tokens and bindings go with its accounts (ON DELETE CASCADE)
            try (Connection db = TestDatabase.connect(); var reports = db.prepareStatement(
                    "DELETE FROM report WHERE account_id IN (SELECT id FROM account WHERE login LIKE ?)");
                    var notices = db.prepareStatement(
                    "DELETE FROM district_notice WHERE account_id IN (SELECT id FROM account WHERE login LIKE ?)");
                    var accounts = db.prepareStatement("DELETE FROM account WHERE login LIKE ?")) {
                reports.setString(1, "%" + RUN);
                reports.executeUpdate();
                notices.setString(1, "%" + RUN);
                notices.executeUpdate();
                accounts.setString(1, "%" + RUN);
                accounts.executeUpdate();
            }
        }
    }

    @Test
    void everyPageMeetsWcag22AaInARealBrowser() throws Exception {
        long started = System.nanoTime();
        waitForTheDayToGetGoing();
        browser = Chromium.start(Scripts.ON);
        WebDriver driver = browser.driver();
        assertAxeFindsAViolationWhereThereIsOne(driver);
        List<String> report = new ArrayList<>();
        int violations = 0;
        for (Page page : PAGES) {
            long pageStarted = System.nanoTime();
            List<String> problems = new ArrayList<>();
            String path = page.path().replace("{seller}", seller).replace("{account}", Long.toString(pharmacistId));
            try {
                signInAs(driver, page.who());
                driver.get(address(path).toString());
                page.step().on(driver);
                if (!arrived(driver, page.shows())) {
                    problems.add("not the page meant: nothing matches " + page.shows() + " at " + driver.getCurrentUrl()
                            + " (" + driver.getTitle() + ")");
                } else {
                    problems.addAll(structure(driver, page.lang()));
                    Results axe = axe(driver);
                    for (Rule rule : axe.getViolations()) {
                        violations++;
                        problems.add(rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp());
                        for (CheckedNode node : rule.getNodes()) {
                            problems.add("    " + node.getTarget() + "  " + firstLine(node.getFailureSummary()));
                        }
                    }
                    // what axe could not decide (a colour over an image, say) is for a person to look at, not a failure
                    for (Rule rule : axe.getIncomplete()) {
                        CheckedNode first = rule.getNodes().get(0);
                        System.out.printf("AccessibilityIT: to review by eye on /%s: %s on %d elements, as %s: %s%n", path,
                                rule.getId(), rule.getNodes().size(), first.getTarget(), firstLine(first.getFailureSummary()));
                    }
                }
            } catch (RuntimeException e) {
                problems.add("could not be checked: " + e);
            }
            if (!problems.isEmpty()) {
                report.add("/" + path + " (" + page.name() + ", " + page.lang() + ", " + page.who() + ")");
                problems.forEach(p -> report.add("  " + p));
            }
            System.out.printf("AccessibilityIT: /%s (%s) in %d ms%n", path, page.name(),
                    Duration.ofNanos(System.nanoTime() - pageStarted).toMillis());
        }
        System.out.printf("AccessibilityIT: %d pages checked in %d s%n", PAGES.size(),
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
        if (!report.isEmpty()) {
            fail(violations + " axe violations and other problems on " + PAGES.size() + " pages:\n"
                    + String.join("\n", report));
        }
    }

    /**
     * Whether the page that shows this element is there and fully loaded, stylesheets and all: a click that sends a
     * form returns before the answer has arrived, and colours judged before the stylesheet would mean nothing.
     */
    private static boolean arrived(WebDriver driver, String shows) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector(shows)).isEmpty()
                    && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static Results axe(WebDriver driver) {
        AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
        tags.setType("tag");
        tags.setValues(WCAG_AA);
        Map<String, AxeRuleOptions> named = new LinkedHashMap<>();
        for (String rule : NAMED_IN_THE_ISSUE) {
            AxeRuleOptions on = new AxeRuleOptions();
            on.setEnabled(true);
            named.put(rule, on);
        }
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(tags);
        options.setRules(named);
        // every node that passed, on a district page of 200 rows, is a lot to carry back for nothing
        options.setResultTypes(List.of("violations", "incomplete"));
        Results results = new AxeBuilder().withOptions(options).analyze(driver);
        assertFalse(results.isErrored(), () -> "axe ran on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        return results;
    }

    /** That a clean report means something: the same checks on a page made to fail them. */
    private static void assertAxeFindsAViolationWhereThereIsOne(WebDriver driver) {
        String page = "<!DOCTYPE html><title>t</title><main><h1>Broken on purpose</h1>"
                + "<p style=\"color: #bbb\">Pale grey words on white</p>"
                + "<div class=\"error-summary\"><a href=\"#nowhere\">A summary link to nothing</a></div>"
                + "<p><input type=\"text\"></p></main>";
        driver.get("data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
        List<String> rules = axe(driver).getViolations().stream().map(Rule::getId).toList();
        assertTrue(rules.containsAll(List.of("color-contrast", "html-has-lang", "label")), "axe finds what is wrong: " + rules);
        List<String> problems = structure(driver, "ko");
        assertEquals(3, problems.size(), "no lang, no skip link, a summary link to nowhere: " + problems);
    }

    /**
     * What axe cannot judge alone: the language, one h1, the skip link, one main landmark, and an error summary
     * whose links each lead to a field that is there.
     */
    @SuppressWarnings("unchecked")
    private static List<String> structure(WebDriver driver, String lang) {
        Map<String, Object> facts = (Map<String, Object>) ((ChromeDriver) driver).executeScript("""
                const first = document.querySelector('body a[href]');
                const skipTarget = first && first.getAttribute('href').startsWith('#')
                    ? document.getElementById(first.getAttribute('href').substring(1)) : null;
                const main = document.querySelectorAll('main, [role=main]');
                return {
                  lang: document.documentElement.getAttribute('lang'),
                  h1: document.querySelectorAll('h1').length,
                  skip: first ? first.getAttribute('href') : null,
                  skipToMain: skipTarget !== null && main.length === 1 && main[0].contains(skipTarget),
                  main: main.length,
                  duplicateIds: Array.from(document.querySelectorAll('[id]')).map(e => e.id)
                    .filter((id, i, ids) => ids.indexOf(id) !== i),
                  invalidNotInSummary: Array.from(document.querySelectorAll('[aria-invalid=true]'))
                    .filter(field => !Array.from(document.querySelectorAll('.error-summary a'))
                      .some(a => a.getAttribute('href') === '#' + field.id))
                    .map(field => field.id || field.outerHTML),
                  summaryLinks: Array.from(document.querySelectorAll('.error-summary a')).map(a => {
                    const href = a.getAttribute('href') || '';
                    const target = href.startsWith('#') ? document.getElementById(href.substring(1)) : null;
                    return href + (target === null ? ' leads nowhere'
                        : target.matches('input, select, textarea') ? '' : ' leads to a ' + target.tagName);
                  })
                };""");
        List<String> problems = new ArrayList<>();
        if (!lang.equals(facts.get("lang"))) {
            problems.add("html[lang] is " + facts.get("lang") + ", not " + lang);
        }
        if (((Number) facts.get("h1")).intValue() != 1) {
            problems.add(facts.get("h1") + " h1 elements, not one");
        }
        if (((Number) facts.get("main")).intValue() != 1) {
            problems.add(facts.get("main") + " main landmarks, not one");
        }
        if (!Boolean.TRUE.equals(facts.get("skipToMain"))) {
            problems.add("the first link (" + facts.get("skip") + ") is no skip link to the main content");
        }
        ((List<String>) facts.get("duplicateIds")).forEach(id -> problems.add("id used more than once: " + id));
        ((List<String>) facts.get("invalidNotInSummary"))
                .forEach(id -> problems.add("a field marked invalid that the error summary does not link to: " + id));
        List<String> links = (List<String>) facts.get("summaryLinks");
        links.stream().filter(l -> !l.startsWith("#") || l.contains(" ")).forEach(l -> problems.add("error summary link " + l));
        return problems;
    }

    /** Signs out whoever is signed in (by forgetting the session) and signs in as who, through the form. */
    private void signInAs(WebDriver driver, Who who) {
        if (who == signedIn) {
            return;
        }
        driver.manage().deleteAllCookies();
        signedIn = Who.NOBODY;
        if (who != Who.NOBODY) {
            driver.get(address("login.xhtml").toString());
            signIn(driver, switch (who) {
                case PHARMACIST -> PHARMACIST;
                case OFFICIAL -> OFFICIAL;
                default -> ADMINISTRATOR;
            }, PASSWORD);
            assertTrue(arrived(driver, "form#signout"), "signed in as " + who + ": " + driver.getTitle());
            signedIn = who;
        }
    }

    private static void signIn(WebDriver driver, String login, String password) {
        driver.findElement(By.id("signin:login")).sendKeys(login);
        driver.findElement(By.id("signin:password")).sendKeys(password);
        click(driver, "signin:submit");
    }

    /** The sign-in form sent after its session is gone: the view state it carries is no longer held. */
    private static void postAfterTheSessionEnded(WebDriver driver) {
        driver.findElement(By.id("signin:login")).sendKeys("someone");
        driver.manage().deleteAllCookies();
        click(driver, "signin:submit");
    }

    private static void click(WebDriver driver, String id) {
        driver.findElement(By.id(id.replace("{seller}", seller))).click();
    }

    private void waitForTheDayToGetGoing() throws Exception {
        Await.until(Duration.ofSeconds(90), () -> PortalHttp.get(address("district/11440")).body(),
                page -> Stream.of("plenty", "some", "few", "empty").allMatch(s -> page.contains("status status-" + s)));
    }

    private URI address(String path) {
        return URI.create(base.toExternalForm()).resolve(path);
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().skip(1).findFirst().orElse(text).strip();
    }

    /** Something done on a page after opening it: filling a form, sending it. */
    @FunctionalInterface
    private interface Step {
        Step NONE = driver -> { };

        void on(WebDriver driver);
    }

    /** One page to check: what it is, who sees it, its address, its language, and an element that proves it is that page. */
    private record Page(String name, Who who, String path, String lang, Step step, String shows) {
    }

    private static List<Page> resident(String name, String path, String shows) {
        return List.of(new Page(name, Who.NOBODY, path, "ko", Step.NONE, shows),
                new Page(name, Who.NOBODY, "en/" + path, "en", Step.NONE, shows));
    }

    private static List<Page> korean(String name, Who who, String path, Step step, String shows) {
        return List.of(new Page(name, who, path, "ko", step, shows));
    }

    @SafeVarargs
    private static List<Page> pages(List<Page>... lines) {
        return Stream.of(lines).flatMap(List::stream).toList();
    }
}
