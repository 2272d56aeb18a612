package kr.maskportal.seller.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import kr.maskportal.testing.Await;
import kr.maskportal.testing.FakeFeed;
import kr.maskportal.testing.StaffBrowser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The real WAR on Payara Micro and MariaDB, fed by a feed these tests serve: what browsers and caches on the way get
 * from the residents' pages during a rush. Validators naming the exact bytes, 304 without a body for a page they
 * hold, a short time they may reuse it, a new tag as soon as the data changes, gzip when asked, HEAD, no cookie.
 */
@ExtendWith(ArquillianExtension.class)
class PublicPageCachingIT {

    private static final String MAPO = "district/11440";
    private static final String[] PAGES = {"", "province/11", MAPO, MAPO + "?sort=status", "seller/11806923",
        "en/" + MAPO};
    private static final Pattern STRONG_TAG = Pattern.compile("\"[A-Za-z0-9_-]+(-gz)?\"");
    /** A seller row of the district page: its code and the status class of its cell. */
    private static final Pattern ROW = Pattern.compile(
            "<th scope=\"row\"><a href=\"[^\"]*/seller/(\\d+)\">[^<]*</a></th>\\s*<td class=\"status status-(\\w+)\">");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Up before the deployment starts polling it. */
    private static final FakeFeed FEED = FakeFeed.startForTheClass();

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")));
    }


    @AfterAll
    static void stopFeed() {
        FEED.close();
    }

    @Test
    void everyPublicPageNamesItsVersionAndMayBeReusedBrieflyByAnyone() throws Exception {
        for (String path : PAGES) {
            HttpResponse<byte[]> page = request("GET", path);
            assertEquals(200, page.statusCode(), path);
            String tag = header(page, "ETag");
            assertTrue(STRONG_TAG.matcher(tag).matches(), "a strong tag on " + path + ": " + tag);
            Instant modified = httpDate(header(page, "Last-Modified"));
            assertFalse(modified.isAfter(Instant.now().plusSeconds(1)), "rendered in the past: " + modified);
            assertTrue(modified.isAfter(Instant.now().minus(Duration.ofHours(1))), "rendered by this deployment");
            assertEquals("public, max-age=30", header(page, "Cache-Control"), path);
            assertTrue(header(page, "Vary").contains("Accept-Encoding"), path);
            assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), "no session on " + path);
            assertEquals("nosniff", header(page, "X-Content-Type-Options"), path);
            assertTrue(header(page, "Content-Security-Policy").contains("frame-ancestors 'none'"), path);
        }
    }

    @Test
    void aBrowserHoldingThePageGetsA304WithoutBody() throws Exception {
        for (String path : PAGES) {
            HttpResponse<byte[]> revalidated = untilTheMinuteHolds(path, (tag, page) -> request("GET", path,
                    "If-None-Match", tag));
            assertEquals(0, revalidated.body().length, path);
            assertEquals("public, max-age=30", header(revalidated, "Cache-Control"), "a 304 repeats the caching headers");
            assertTrue(header(revalidated, "Vary").contains("Accept-Encoding"));
            assertTrue(header(revalidated, "Content-Security-Policy").contains("frame-ancestors 'none'"));
            assertTrue(revalidated.headers().firstValue("Set-Cookie").isEmpty());
        }
        untilTheMinuteHolds(MAPO, (tag, page) -> request("GET", MAPO, "If-Modified-Since", header(page, "Last-Modified")));
        untilTheMinuteHolds(MAPO, (tag, page) -> request("GET", MAPO, "If-None-Match", "\"other\", W/" + tag));

        HttpResponse<byte[]> other = request("GET", MAPO, "If-None-Match", "\"not-this-page\"");
        assertEquals(200, other.statusCode());
        assertTrue(other.body().length > 10_000, "the whole page");
    }

    @Test
    void gzipIsSentWhenAskedAsTheSameBytesUnderItsOwnTag() throws Exception {
        for (int attempt = 0; ; attempt++) {
            HttpResponse<byte[]> plain = request("GET", MAPO);
            HttpResponse<byte[]> gzipped = request("GET", MAPO, "Accept-Encoding", "gzip, deflate, br");
            String tag = header(plain, "ETag");
            if (!header(gzipped, "ETag").equals(tag.replaceAll("\"$", "-gz\"")) && attempt < 3) {
                continue; // the page was rendered again between the two requests
            }
            assertEquals("gzip", header(gzipped, "Content-Encoding"));
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
            assertEquals(tag.replaceAll("\"$", "-gz\""), header(gzipped, "ETag"));
            assertArrayEquals(plain.body(), gunzip(gzipped.body()), "the same page");
            assertTrue(gzipped.body().length * 5 < plain.body().length, "compressed: " + gzipped.body().length);
            assertEquals(header(plain, "Last-Modified"), header(gzipped, "Last-Modified"));
            assertEquals(header(plain, "Cache-Control"), header(gzipped, "Cache-Control"));
            assertEquals(200, request("GET", MAPO, "If-None-Match", header(gzipped, "ETag")).statusCode(),
                    "the gzipped copy's tag does not name the plain bytes");
            return;
        }
    }

    @Test
    void headGivesTheHeadersOfGetWithoutTheBody() throws Exception {
        HttpResponse<byte[]> revalidated = untilTheMinuteHolds(MAPO, (tag, page) -> {
            HttpResponse<byte[]> head = request("HEAD", MAPO);
            assertEquals(200, head.statusCode());
            assertEquals(0, head.body().length);
            assertTrue(header(head, "Content-Type").startsWith("text/html"));
            assertEquals("public, max-age=30", header(head, "Cache-Control"));
            if (header(head, "ETag").equals(tag)) {
                assertEquals(String.valueOf(page.body().length), header(head, "Content-Length"), "the length GET sends");
            }
            return request("HEAD", MAPO, "If-None-Match", tag);
        });
        assertEquals(0, revalidated.body().length);
    }

    @Test
    void whenTheFeedChangesTheOldTagGetsTheNewPage() throws Exception {
        String before = Await.until(Duration.ofSeconds(90), () -> body(request("GET", MAPO)),
                page -> sellerWithStock(page) != null);
        String seller = sellerWithStock(before);
        String oldTag = header(request("GET", MAPO), "ETag");
        FEED.tamperWithSales(json -> json.replaceAll(
                "(\"code\":\"" + seller + "\"[^}]*\"remain_stat\":)\"\\w+\"", "$1\"empty\""));
        try {
            HttpResponse<byte[]> changed = Await.until(Duration.ofSeconds(30),
                    () -> request("GET", MAPO, "If-None-Match", oldTag),
                    response -> response.statusCode() == 200 && "empty".equals(statusOf(seller, body(response))));
            assertNotEquals(oldTag, header(changed, "ETag"));
            assertEquals(304, request("GET", MAPO, "If-None-Match", header(changed, "ETag")).statusCode(),
                    "the new tag holds until the next change");
        } finally {
            FEED.tamperWithSales(json -> json);
        }
    }

    @Test
    void notFoundIsNeverKeptAndCarriesNoTag() throws Exception {
        for (String path : new String[] {"district/99999", "seller/99999999", "province/abc", "en/nowhere"}) {
            HttpResponse<byte[]> missing = request("GET", path);
            assertEquals(404, missing.statusCode(), path);
            assertEquals("no-cache", header(missing, "Cache-Control"), path);
            assertTrue(missing.headers().firstValue("ETag").isEmpty(), path);
        }
    }

    @Test
    void aSignedInAdministratorGetsTheSamePublicPagesAndStaysSignedIn() throws Exception {
        var administrator = new StaffBrowser(URI.create(base.toExternalForm()));
        administrator.signIn("admin", System.getenv("PORTAL_ADMIN_PASSWORD"));
        String session = administrator.sessionId().orElseThrow(() -> new AssertionError("not signed in"));
        for (String path : PAGES) {
            untilTheMinuteHolds(path, (tag, page) -> {
                HttpResponse<String> signedIn = administrator.get(path);
                assertEquals(200, signedIn.statusCode(), path);
                assertTrue(signedIn.headers().firstValue("Set-Cookie").isEmpty(), path);
                return request("GET", path, "If-None-Match", header(signedIn, "ETag"));
            });
        }
        assertEquals(session, administrator.sessionId().orElseThrow(), "the same session");
        assertEquals(200, administrator.get("admin/accounts").statusCode(), "still signed in after the public pages");
        HttpResponse<byte[]> anonymous = request("GET", "admin/accounts");
        assertEquals(302, anonymous.statusCode(), "staff pages still ask to sign in");
        assertTrue(header(anonymous, "Location").contains("/login.xhtml"));
    }

    /**
     * The 304 a conditional request made with the tag of a fresh GET gets; asked again when the page was rendered
     * anew in between (the minute turned, the feed brought news), and a failure when no try gets one.
     */
    private HttpResponse<byte[]> untilTheMinuteHolds(String path, Conditional conditional) throws Exception {
        String seen = "";
        for (int attempt = 0; attempt < 4; attempt++) {
            HttpResponse<byte[]> page = request("GET", path);
            String tag = header(page, "ETag");
            HttpResponse<byte[]> answer = conditional.ask(tag, page);
            if (answer.statusCode() == 304 && tag.equals(header(answer, "ETag"))
                    && header(page, "Last-Modified").equals(header(answer, "Last-Modified"))) {
                return answer;
            }
            seen += " " + answer.statusCode() + " " + answer.headers().firstValue("ETag").orElse("-") + " for " + tag;
        }
        throw new AssertionError("no 304 for " + path + " in four tries:" + seen);
    }

    private interface Conditional {
        HttpResponse<byte[]> ask(String tag, HttpResponse<byte[]> page) throws Exception;
    }

    private HttpResponse<byte[]> request(String method, String path, String... headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base.toExternalForm()).resolve(path))
                .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    private static Instant httpDate(String value) {
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    private static String body(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }

    /** A seller the page shows with masks (so that "sold out" is a change), or null. */
    private static String sellerWithStock(String page) {
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            if (row.group(2).matches("plenty|some|few")) {
                return row.group(1);
            }
        }
        return null;
    }

    private static String statusOf(String seller, String page) {
        Matcher row = ROW.matcher(page);
        while (row.find()) {
            if (row.group(1).equals(seller)) {
                return row.group(2);
            }
        }
        return null;
    }
}
