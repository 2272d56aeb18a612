package kr.maskportal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import kr.maskportal.testing.Await;
import kr.maskportal.testing.PortalHttp;
import kr.maskportal.testing.StaffBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's first command in miniature: the WAR on Payara Micro with no database configured at all starts on
 * the embedded default, loads the national seller list, serves the home page, shows stock from the feed replay it
 * serves itself, with the forecasts learned from the replayed week it writes before the demo day (once), and keeps
 * its data when started again: the feed's, and a pharmacist's seller details saved on H2 through the form (the
 * administrators' onboarding view counts on H2 too).
 */
class EmbeddedDefaultIT {

    /** "보통 9시 30분쯤 입고, 10시 23분쯤 다 팔림": what residents see of a seller's learned pattern. */
    private static final java.util.regex.Pattern USUAL_TIMES =
            java.util.regex.Pattern.compile("보통 \\d+시 \\d+분쯤 입고, \\d+시 \\d+분쯤 다 팔림");

    private Process portal;
    private URI portalBase;

    private URI portalUri(String path) {
        return portalBase.resolve(path);
    }

    @Test
    void startsWithoutMySqlServesTheHomePageAndKeepsItsDataAcrossARestart() throws Exception {
        Path home = Files.createTempDirectory("portal-home");

        String firstLog = startAndAwaitHomePage(home);
        assertTrue(firstLog.contains("25439 sellers loaded"), "first start loads the national list");
        Await.until(Duration.ofMinutes(2), () -> PortalHttp.get(portalUri("health/ready")).body(),
                health -> health.contains("\"sellersWithFeedData\":\"25439\""));
        String mapo = PortalHttp.get(portalUri("district/11440")).body();
        assertTrue(java.util.regex.Pattern.compile("class=\"status status-(plenty|some|few|empty|break)\"").matcher(mapo).find(),
                "the district page shows stock from the demo's own feed replay");
        assertTrue(firstLog.matches("(?s).*demo history: wrote \\d+ feed_history rows and \\d+ sold-out reports.*"),
                "the first start writes the replayed week before the demo day");
        // learned in the background right after start-up, from that week
        String usual = Await.until(Duration.ofMinutes(1), () -> PortalHttp.get(portalUri("district/11440")).body(),
                page -> USUAL_TIMES.matcher(page).find());
        assertTrue(USUAL_TIMES.matcher(usual).find(), "마포구's sellers show when their masks usually come and go");
        var pharmacist = new StaffBrowser(portalBase);
        assertEquals(302, pharmacist.signIn("demo-pharmacist1", "demo-pharmacist1-2020").statusCode());
        HttpResponse<String> saved = pharmacist.submit(pharmacist.get("pharmacist/details?seller=11806923"), "details",
                "save", Map.of("seller", "11806923", "phone", "02-336-1234", "WED-state", "OPEN", "WED-opens", "09:00",
                        "WED-closes", "21:00", "description", "번호표 배부"));
        assertEquals(302, saved.statusCode(), saved.body());
        assertTrue(PortalHttp.get(portalUri("seller/11806923")).body().contains("href=\"tel:023361234\""));
        var admin = new StaffBrowser(portalBase);
        assertEquals(302, admin.signIn("demo-admin", "demo-admin-2020").statusCode());
        assertTrue(admin.get("admin/onboarding?district=11440").body().contains("id=\"district-counts\""));
        stop();

        String secondLog = startAndAwaitHomePage(home);
        assertTrue(secondLog.contains("sellers already loaded: 25439"), "a restart keeps what the first loaded");
        assertTrue(secondLog.contains("stock board restored from history: 25439 sellers"),
                "a restart remembers the feed's last word on every seller");
        assertTrue(secondLog.contains("demo history: the feed history before 2020-03-11 is there already"),
                "the week is written once");
        String seller = PortalHttp.get(portalUri("seller/11806923")).body();
        assertTrue(seller.contains("href=\"tel:023361234\"") && seller.contains("번호표 배부"),
                "and the details a pharmacist saved");
    }

    private String startAndAwaitHomePage(Path home) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("portal", ".log");
        // the demo's feed replay is served by the portal itself, on whatever port it was given here
        var command = new ProcessBuilder(javaLauncher(), "-Xmx1g", "-Duser.home=" + home,
                "-Dportal.feed.url=http://127.0.0.1:" + port + "/replay",
                "-jar", System.getProperty("payara.microJar"),
                "--deploy", System.getProperty("portal.war"), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--sslport", Integer.toString(freePort()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        command.environment().keySet().removeIf(name -> name.startsWith("PORTAL_"));
        portal = command.start();

        portalBase = URI.create("http://127.0.0.1:" + port + "/");
        URI homePage = portalBase;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline) && portal.isAlive()) {
            try {
                HttpResponse<String> response = PortalHttp.get(homePage);
                if (response.statusCode() == 200 && response.body().contains("/province/11\"")) {
                    assertTrue(response.body().contains("서울특별시"));
                    assertTrue(response.headers().firstValue("Set-Cookie").isEmpty());
                    return Files.readString(log);
                }
            } catch (IOException notYetListening) {
                // Payara Micro is still booting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the home page never came up; log:\n" + Files.readString(log));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (portal != null && portal.isAlive()) {
            portal.destroy();
            if (!portal.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                portal.destroyForcibly().waitFor();
            }
        }
        assertEquals(false, portal != null && portal.isAlive());
    }

    private static String javaLauncher() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
