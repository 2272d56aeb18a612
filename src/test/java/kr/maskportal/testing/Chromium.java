package kr.maskportal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, for tests that look at pages as a resident's
 * browser does: with JavaScript on or off, at a chosen window size, without a profile of its own left behind.
 * Both executables are named outright so that Selenium Manager never tries to fetch a driver or a browser
 * (CI has no network but the package registries); {@code .ci/run} installs them when they are missing.
 * Start one per test class and reuse it: a start costs about a second.
 */
public final class Chromium implements AutoCloseable {

    /** Whether the pages' own scripts run; the portal's public pages must work either way. */
    public enum Scripts {
        ON, OFF
    }

    private static final String BROWSER = System.getProperty("portal.test.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("portal.test.chromedriver", "/usr/bin/chromedriver");
    /** Chrome's content-setting value that blocks a kind of content (here scripts) for every site. */
    private static final int BLOCK = 2;
    /**
     * Selenium warns at every start that it has no DevTools bindings for this Chromium's version; these tests
     * use none (the console is read through chromedriver's log), so the warning is noise. Held so it stays set.
     */
    private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    private final Path profile;
    private final Scripts scripts;

    private Chromium(Scripts scripts, Dimension window) throws IOException {
        this.scripts = scripts;
        this.profile = Files.createTempDirectory("portal-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                "--window-size=" + window.getWidth() + "," + window.getHeight());
        if (scripts == Scripts.OFF) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", BLOCK));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver started;
        try {
            started = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteProfile();
            throw e;
        }
        this.driver = started;
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** A desktop-sized window (1280 × 900). */
    public static Chromium start(Scripts scripts) {
        return start(scripts, new Dimension(1280, 900));
    }

    public static Chromium start(Scripts scripts, Dimension window) {
        try {
            return new Chromium(scripts, window);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Scripts scripts() {
        return scripts;
    }

    /** The driver itself, for what this helper does not wrap (finding elements, clicking, cookies). */
    public ChromeDriver driver() {
        return driver;
    }

    public void open(URI address) {
        driver.get(address.toString());
    }

    public void windowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /**
     * Whether a page's own script runs in this browser: proof that "JavaScript off" is really off, since Selenium
     * itself still reaches into pages either way. Leaves the browser on a blank page.
     */
    public boolean runsPageScripts() {
        String page = "<!DOCTYPE html><title>t</title><p id=\"p\">off</p>"
                + "<script>document.getElementById('p').textContent = 'on';</script>";
        driver.get("data:text/html;charset=utf-8," + URLEncoder.encode(page, StandardCharsets.UTF_8).replace("+", "%20"));
        boolean on = "on".equals(driver.findElement(By.id("p")).getText());
        driver.get("about:blank");
        return on;
    }

    /** The console's errors since the last call (the browser hands each entry out once): messages and failed loads. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private static Logger quiet(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
