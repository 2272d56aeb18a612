package kr.maskportal.seller.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.text.Collator;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kr.maskportal.testing.Await;
import kr.maskportal.testing.Chromium;
import kr.maskportal.testing.Chromium.Scripts;
import kr.maskportal.testing.FakeFeed;
import kr.maskportal.testing.PortalHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The district page in a real browser, headless Chromium, once with JavaScript on and once with it off: it renders,
 * its sort and filter links reorder and narrow the list by the code's own rules, English stays English from link to
 * link, no cookie is set, and the console stays clean. The real WAR on Payara Micro, fed by the replayed 2020 day.
 */
@ExtendWith(ArquillianExtension.class)
class DistrictPageBrowserIT {

    private static final String MAPO = "district/11440";
    private static final String GANGHWA = "district/28710";
    /** The order of {@code ShownStatus}: masks first, most first, then the honest non-answers. */
    private static final List<String> STATUS_ORDER = List.of("plenty", "some", "few", "likely_sold_out", "empty",
            "break", "unknown", "no_data");
    private static final Set<String> WITH_MASKS = Set.of("plenty", "some", "few");
    /** The directory's name order ({@code DirectorySnapshot}): Korean collation, then the seller code. */
    private static final Collator KOREAN = Collator.getInstance(Locale.KOREAN);
    private static final Map<String, String> TYPES = orderedTypes();
    private static final Pattern COUNT_HEADING = Pattern.compile("판매처 (\\d+)곳의 재고");
    private static final Pattern SHOWN_COUNT = Pattern.compile("판매처 (\\d+)곳 가운데 (\\d+)곳을 보여 줍니다\\.");
    private static final Pattern AS_OF = Pattern.compile("2020년 3월 11일 \\d{2}:\\d{2} 기준");
    private static final Pattern STATUS_CLASS = Pattern.compile("\\bstatus-(?!count\\b)([a-z_]+)");
    private static final Pattern AGE = Pattern.compile("· (?:(방금)|(\\d+)분 전|(\\d+)시간 전|(\\d+)일 전)$");

    /** Every row of the table at once: one round trip to the driver instead of several per row. */
    private static final String READ_ROWS = """
            return Array.from(document.querySelectorAll('table.sellers tbody tr')).map(tr => {
              const link = tr.querySelector('th a');
              const status = tr.querySelector('td.status');
              const age = status.querySelector('.age');
              return {
                code: link.getAttribute('href').replace(/^.*\\/seller\\//, ''),
                name: link.textContent,
                status: (status.className.match(/\\bstatus-(?!count\\b)([a-z_]+)/) || [null, null])[1],
                word: status.querySelector('.word').textContent,
                symbol: status.querySelector('.symbol').textContent,
                beforeTurn: status.querySelector('.before-turn') !== null,
                age: age === null ? null : age.textContent,
                type: status.nextElementSibling.textContent
              };
            });""";

    /** Up before the deployment starts polling it. */
    private static final FakeFeed FEED = FakeFeed.startForTheClass();
    private static final Map<Scripts, Chromium> BROWSERS = new EnumMap<>(Scripts.class);
    private static boolean dayUnderWay;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }


    @AfterAll
    static void stopBrowsersAndFeed() {
        try {
            BROWSERS.values().forEach(Chromium::close);
        } finally {
            FEED.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Scripts.class)
    void theDistrictRendersWithItsCountsItsAsOfTimeAndEverySeller(Scripts scripts) throws Exception {
        Chromium browser = browser(scripts);
        assertEquals(scripts == Scripts.ON, browser.runsPageScripts(), "the browser's scripts are really " + scripts);
        WebDriver driver = open(browser, MAPO);

        assertEquals("ko", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.getTitle().contains("마포구"), driver.getTitle());
        assertEquals("서울특별시 마포구", driver.findElement(By.tagName("h1")).getText());
        List<Row> rows = rows(driver);
        Map<String, Integer> counts = counts(driver);
        assertEquals(STATUS_ORDER, List.copyOf(counts.keySet()), "every status is counted, in order");
        assertEquals(rows.size(), counts.values().stream().mapToInt(Integer::intValue).sum(),
                "the counts at the top add up to the rows: " + counts);
        assertTrue(rows.size() > 100, "마포구 had well over a hundred sellers in 2020: " + rows.size());
        assertEquals(rows.size(), number(COUNT_HEADING, driver.findElement(By.id("status-counts-heading")).getText()));
        for (String status : STATUS_ORDER) {
            assertEquals(counts.get(status), (int) rows.stream().filter(r -> r.status().equals(status)).count(),
                    "the count of " + status + " is the number of its rows");
        }
        for (Row row : rows) {
            assertFalse(row.word().isBlank() || row.symbol().isBlank(), "a word and a symbol, never colour alone: " + row);
        }

        WebElement asOf = driver.findElement(By.cssSelector("p.as-of time"));
        assertTrue(AS_OF.matcher(asOf.getText()).matches(), asOf.getText());
        OffsetDateTime at = OffsetDateTime.parse(asOf.getAttribute("datetime"));
        assertTrue(!at.toInstant().isBefore(FakeFeed.DAY_START.minusSeconds(60))
                && !at.toInstant().isAfter(FEED.now().plusSeconds(60)), "the as-of time is the portal's now: " + at);

        assertEquals("이 지역의 판매처 (이름순)", driver.findElement(By.cssSelector("table.sellers caption")).getText());
        assertCurrent(driver, "이름순");
        assertInNameOrder(rows);
        assertNothingLeftBehind(browser);
    }

    @ParameterizedTest
    @EnumSource(Scripts.class)
    void theSortLinksOrderTheRowsByStatusByFreshnessAndBackByName(Scripts scripts) throws Exception {
        Chromium browser = browser(scripts);
        WebDriver driver = open(browser, MAPO);
        Set<String> everyone = codes(rows(driver));

        choose(driver, "재고 많은 순");
        assertTrue(driver.getCurrentUrl().endsWith("/district/11440?sort=status"), driver.getCurrentUrl());
        assertCurrent(driver, "재고 많은 순");
        assertEquals("이 지역의 판매처 (재고 많은 순, 같으면 이름순)", caption(driver));
        List<Row> byStatus = rows(driver);
        assertEquals(everyone, codes(byStatus), "sorting hides nobody");
        for (int i = 1; i < byStatus.size(); i++) {
            Row before = byStatus.get(i - 1);
            Row after = byStatus.get(i);
            int order = Integer.compare(rank(before), rank(after));
            assertTrue(order < 0 || order == 0 && byName(before, after) < 0,
                    "rows " + i + " and " + (i + 1) + " by status, then name: " + before + " / " + after);
        }
        assertTrue(byStatus.stream().map(Row::status).distinct().count() >= 3, "the order is put to the test");

        choose(driver, "최근 정보 순");
        assertTrue(driver.getCurrentUrl().endsWith("/district/11440?sort=freshness"), driver.getCurrentUrl());
        assertCurrent(driver, "최근 정보 순");
        assertEquals("이 지역의 판매처 (최근 정보 순, 같으면 이름순)", caption(driver));
        List<Row> byFreshness = rows(driver);
        assertEquals(everyone, codes(byFreshness));
        List<Row> aged = byFreshness.stream().takeWhile(r -> r.age() != null).toList();
        List<Row> ageless = byFreshness.subList(aged.size(), byFreshness.size());
        assertTrue(ageless.stream().allMatch(r -> r.age() == null), "sellers without an age come last");
        assertTrue(aged.size() > 10, "the replayed day has told the ages of many sellers: " + aged.size());
        for (int i = 1; i < aged.size(); i++) {
            assertTrue(minutesOld(aged.get(i - 1)) <= minutesOld(aged.get(i)),
                    "newest first, row " + (i + 1) + ": " + aged.get(i - 1) + " / " + aged.get(i));
        }
        assertInNameOrder(ageless);

        choose(driver, "이름순");
        assertTrue(driver.getCurrentUrl().endsWith("/district/11440"), "the default needs no query: " + driver.getCurrentUrl());
        assertCurrent(driver, "이름순");
        assertInNameOrder(rows(driver));
        assertNothingLeftBehind(browser);
    }

    /**
     * 마포구 lists pharmacies only (Seoul's post offices and marts did not sell masks), so the filter is also put
     * to the test in 강화군, which has all three kinds.
     */
    @ParameterizedTest
    @EnumSource(Scripts.class)
    void theTypeFilterShowsOnlyThatTypeSaysHowManyAndKeepsTheSort(Scripts scripts) throws Exception {
        Chromium browser = browser(scripts);
        Map<String, Integer> mapo = rowsPerType(browser, MAPO);
        int sellers = mapo.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(Map.of("약국", sellers, "우체국", 0, "농협 하나로마트", 0), mapo);
        Map<String, Integer> ganghwa = rowsPerType(browser, GANGHWA);
        assertTrue(ganghwa.values().stream().allMatch(rows -> rows > 0), "강화군 has every kind of seller: " + ganghwa);
        assertNothingLeftBehind(browser);
    }

    /** Clicks each type in turn on the district's page sorted by status; the rows of each type, all checked. */
    private Map<String, Integer> rowsPerType(Chromium browser, String district) {
        WebDriver driver = open(browser, district + "?sort=status");
        List<Row> all = rows(driver);
        Map<String, Integer> perType = new LinkedHashMap<>();
        for (var type : TYPES.entrySet()) {
            choose(driver, type.getValue());
            assertTrue(driver.getCurrentUrl().endsWith(district + "?sort=status&type=" + type.getKey()),
                    driver.getCurrentUrl());
            assertCurrent(driver, type.getValue());
            assertCurrent(driver, "재고 많은 순");
            List<Row> shown = rows(driver);
            assertTrue(shown.stream().allMatch(r -> r.type().equals(type.getValue())), "only " + type.getValue());
            assertEquals(all.stream().filter(r -> r.type().equals(type.getValue())).map(Row::code)
                    .collect(Collectors.toSet()), codes(shown), "every " + type.getValue() + " and nobody else");
            Matcher count = SHOWN_COUNT.matcher(driver.findElement(By.cssSelector("p.shown-count")).getText());
            assertTrue(count.matches(), "the shown count");
            assertEquals(all.size(), Integer.parseInt(count.group(1)));
            assertEquals(shown.size(), Integer.parseInt(count.group(2)));
            assertEquals(shown.isEmpty(), !driver.findElements(By.xpath("//p[@class='notice' and contains(., '조건을 바꿔')]"))
                    .isEmpty(), "an empty list says so");
            for (int i = 1; i < shown.size(); i++) {
                assertTrue(rank(shown.get(i - 1)) <= rank(shown.get(i)), "still most masks first");
            }
            perType.put(type.getValue(), shown.size());
        }
        assertEquals(all.size(), perType.values().stream().mapToInt(Integer::intValue).sum(), "the types are every seller");

        choose(driver, "모두");
        assertTrue(driver.getCurrentUrl().endsWith(district + "?sort=status"), driver.getCurrentUrl());
        assertEquals(codes(all), codes(rows(driver)));
        assertTrue(driver.findElements(By.cssSelector("p.shown-count")).isEmpty(), "no count when nothing is filtered");
        return perType;
    }

    @ParameterizedTest
    @EnumSource(Scripts.class)
    void onlyWhereMasksAreLikelyShowsSellersWithMasksToSpare(Scripts scripts) throws Exception {
        Chromium browser = browser(scripts);
        WebDriver driver = browser.driver();
        // the feed is polled every 2 s: read both lists until no poll fell between them. A cached page is also
        // rendered again when the minute turns (ages count minutes), so a status that aged mid-minute (a queue
        // report running out, say) may differ between two pages rendered in that minute until the next one
        List<Row> likely = Await.until(Duration.ofSeconds(75), () -> {
            open(browser, MAPO);
            Set<String> expected = rows(driver).stream().filter(r -> WITH_MASKS.contains(r.status()) && !r.beforeTurn())
                    .map(Row::code).collect(Collectors.toSet());
            choose(driver, "마스크가 있고 차례가 오기 전에 다 팔리지 않을 것 같은 곳만");
            return new Filtered(expected, rows(driver));
        }, Filtered::agrees).shown();
        assertTrue(driver.getCurrentUrl().endsWith("/district/11440?likely=1"), driver.getCurrentUrl());
        assertCurrent(driver, "마스크가 있고 차례가 오기 전에 다 팔리지 않을 것 같은 곳만");
        assertFalse(likely.isEmpty(), "the replayed day has sellers with masks");
        for (Row row : likely) {
            assertTrue(WITH_MASKS.contains(row.status()) && !row.beforeTurn(), "masks to spare: " + row);
        }
        Map<String, Integer> counts = counts(driver);
        assertTrue(likely.size() < counts.values().stream().mapToInt(Integer::intValue).sum(), "somebody is left out");
        assertTrue(likely.size() <= counts.get("plenty") + counts.get("some") + counts.get("few"));
        Matcher count = SHOWN_COUNT.matcher(driver.findElement(By.cssSelector("p.shown-count")).getText());
        assertTrue(count.matches());
        assertEquals(likely.size(), Integer.parseInt(count.group(2)));
        assertInNameOrder(likely);

        choose(driver, "모두 보기");
        assertTrue(driver.getCurrentUrl().endsWith("/district/11440"), driver.getCurrentUrl());
        assertNothingLeftBehind(browser);
    }

    @ParameterizedTest
    @EnumSource(Scripts.class)
    void englishChosenOnceStaysEnglishFromLinkToLinkAndBack(Scripts scripts) throws Exception {
        Chromium browser = browser(scripts);
        WebDriver driver = open(browser, MAPO + "?sort=freshness");
        String context = URI.create(base.toExternalForm()).getPath().replaceAll("/$", "");

        driver.findElement(By.cssSelector("a.language-switch")).click();
        assertEquals(context + "/en/district/11440", URI.create(driver.getCurrentUrl()).getPath());
        assertTrue(driver.getCurrentUrl().endsWith("?sort=freshness"), "the same page: " + driver.getCurrentUrl());
        assertEnglishThroughout(driver, context);
        assertEquals("Sellers in this district (newest information first, then by name)", caption(driver));

        for (String link : new String[] {"Most masks first", "Post office", "Only sellers with masks that will likely last until your turn",
                "Show all", "All", "By name"}) {
            choose(driver, link);
            assertEnglishThroughout(driver, context);
            assertCurrent(driver, link);
        }
        assertTrue(driver.getCurrentUrl().endsWith("/en/district/11440"), driver.getCurrentUrl());

        driver.findElement(By.cssSelector("table.sellers tbody tr th a")).click();
        assertTrue(URI.create(driver.getCurrentUrl()).getPath().startsWith(context + "/en/seller/"), driver.getCurrentUrl());
        assertEnglishThroughout(driver, context);
        driver.findElement(By.cssSelector("nav.breadcrumb a[href$='/district/11440']")).click();
        assertEquals(context + "/en/district/11440", URI.create(driver.getCurrentUrl()).getPath());
        assertEnglishThroughout(driver, context);

        driver.findElement(By.cssSelector("a.language-switch")).click();
        assertEquals(context + "/district/11440", URI.create(driver.getCurrentUrl()).getPath());
        assertEquals("ko", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("이 지역의 판매처 (이름순)", caption(driver));
        assertNothingLeftBehind(browser);
    }

    private static Map<String, String> orderedTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("PHARMACY", "약국");
        types.put("POST_OFFICE", "우체국");
        types.put("NONGHYUP_MART", "농협 하나로마트");
        return types;
    }

    /** The browser for these scripts, started once per class; the first one waits for the replayed day to get going. */
    private Chromium browser(Scripts scripts) throws Exception {
        if (!dayUnderWay) {
            Await.until(Duration.ofSeconds(90), () -> PortalHttp.get(address(MAPO)).body(),
                    page -> statusesInUse(page) >= 4 && page.contains("status-count status-plenty\"><span class=\"symbol\""));
            dayUnderWay = true;
        }
        return BROWSERS.computeIfAbsent(scripts, Chromium::start);
    }

    /** How many statuses have at least one seller, from the counts at the top of the page as the server sent it. */
    private static long statusesInUse(String page) {
        Matcher m = Pattern.compile("<span class=\"count\">(\\d+)</span></li>").matcher(page);
        long inUse = 0;
        while (m.find()) {
            inUse += Integer.parseInt(m.group(1)) > 0 ? 1 : 0;
        }
        return inUse;
    }

    private WebDriver open(Chromium browser, String path) {
        browser.open(address(path));
        return browser.driver();
    }

    private URI address(String path) {
        return URI.create(base.toExternalForm()).resolve(path);
    }

    /** Clicks one of the sort and filter links by its words, as a resident does. */
    private static void choose(WebDriver driver, String words) {
        driver.findElement(By.cssSelector("nav.listing-choices")).findElement(By.linkText(words)).click();
    }

    private static void assertCurrent(WebDriver driver, String words) {
        WebElement link = driver.findElement(By.cssSelector("nav.listing-choices")).findElement(By.linkText(words));
        assertEquals("true", link.getAttribute("aria-current"), "the current choice is marked: " + words);
    }

    private static String caption(WebDriver driver) {
        return driver.findElement(By.cssSelector("table.sellers caption")).getText();
    }

    /** An English page whose every link but the way back to Korean keeps the resident in English. */
    private static void assertEnglishThroughout(WebDriver driver, String context) {
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"), driver.getCurrentUrl());
        assertTrue(URI.create(driver.getCurrentUrl()).getPath().startsWith(context + "/en/"), driver.getCurrentUrl());
        @SuppressWarnings("unchecked")
        List<List<String>> links = (List<List<String>>) ((ChromeDriver) driver).executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(a => [a.href, a.className]);");
        assertTrue(links.size() >= 4, "links to check on " + driver.getCurrentUrl());
        for (List<String> link : links) {
            String href = link.get(0);
            String path = URI.create(href).getPath();
            if (link.get(1).equals("language-switch")) {
                assertFalse(path.startsWith(context + "/en"), "the switch leads back to Korean: " + href);
            } else if (!href.endsWith("#main")) {
                assertTrue(path.startsWith(context + "/en/") || path.equals(context + "/en"), "stays English: " + href);
            }
        }
    }

    /** No cookie ever (the public pages hold no session) and, where scripts run, nothing in the console. */
    private static void assertNothingLeftBehind(Chromium browser) {
        assertEquals(Set.of(), browser.driver().manage().getCookies(), "no cookie is set");
        if (browser.scripts() == Scripts.ON) {
            assertEquals(List.of(), browser.consoleErrors(), "the console has no errors");
        }
    }

    private static Map<String, Integer> counts(WebDriver driver) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (WebElement item : driver.findElements(By.cssSelector("section.status-counts li"))) {
            Matcher status = STATUS_CLASS.matcher(item.getAttribute("class"));
            assertTrue(status.find(), item.getAttribute("class"));
            counts.put(status.group(1), Integer.parseInt(item.findElement(By.cssSelector(".count")).getText()));
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static List<Row> rows(WebDriver driver) {
        List<Map<String, Object>> read = (List<Map<String, Object>>) ((ChromeDriver) driver).executeScript(READ_ROWS);
        List<Row> rows = new ArrayList<>(read.size());
        for (Map<String, Object> r : read) {
            rows.add(new Row((String) r.get("code"), (String) r.get("name"), (String) r.get("status"),
                    (String) r.get("word"), (String) r.get("symbol"), (Boolean) r.get("beforeTurn"),
                    r.get("age") == null ? null : ((String) r.get("age")).strip(), (String) r.get("type")));
        }
        return rows;
    }

    private static Set<String> codes(List<Row> rows) {
        return rows.stream().map(Row::code).collect(Collectors.toSet());
    }

    private static int rank(Row row) {
        int rank = STATUS_ORDER.indexOf(row.status());
        assertTrue(rank >= 0, "a known status: " + row);
        return rank;
    }

    private static int byName(Row a, Row b) {
        int order = KOREAN.compare(a.name(), b.name());
        return order != 0 ? order : a.code().compareTo(b.code());
    }

    private static void assertInNameOrder(List<Row> rows) {
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(byName(rows.get(i - 1), rows.get(i)) < 0,
                    "by name, row " + (i + 1) + ": " + rows.get(i - 1) + " / " + rows.get(i));
        }
    }

    /** The age the row shows, in whole minutes: rounded down as the page rounds it, so its order is the real one's. */
    private static long minutesOld(Row row) {
        Matcher age = AGE.matcher(row.age());
        assertTrue(age.find(), "an age as residents read it: " + row.age());
        if (age.group(1) != null) {
            return 0;
        }
        if (age.group(2) != null) {
            return Long.parseLong(age.group(2));
        }
        return age.group(3) != null ? Long.parseLong(age.group(3)) * 60 : Long.parseLong(age.group(4)) * 1440;
    }

    private static int number(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.matches(), text);
        return Integer.parseInt(m.group(1));
    }

    /** The sellers a filter should keep, by the unfiltered page, and the rows it showed. */
    private record Filtered(Set<String> expected, List<Row> shown) {

        boolean agrees() {
            return expected.equals(codes(shown));
        }

        @Override
        public String toString() {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(codes(shown));
            List<Row> extra = shown.stream().filter(r -> !expected.contains(r.code())).toList();
            return "missing " + missing + ", not expected " + extra;
        }
    }

    /** One row of the sellers' table as the browser shows it. */
    private record Row(String code, String name, String status, String word, String symbol, boolean beforeTurn,
            String age, String type) {
    }
}
