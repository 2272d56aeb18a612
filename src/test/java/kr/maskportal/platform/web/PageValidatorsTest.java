package kr.maskportal.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageValidatorsTest {

    private static final Instant RENDERED = Instant.parse("2020-03-11T03:04:05.678Z");
    private static final PageValidators PAGE = PageValidators.of(bytes("<h1>마포구</h1>"), RENDERED);

    @Test
    void theTagNamesTheBytesAndTheGzippedCopyHasItsOwn() {
        String plain = PAGE.etag(false);
        assertTrue(plain.matches("\"[A-Za-z0-9_-]{16}\""), plain);
        assertEquals(plain.substring(0, plain.length() - 1) + "-gz\"", PAGE.etag(true));
        assertEquals(plain, PageValidators.of(bytes("<h1>마포구</h1>"), RENDERED.plusSeconds(60)).etag(false),
                "the same bytes rendered again are the same representation");
        assertNotEquals(plain, PageValidators.of(bytes("<h1>마포구 </h1>"), RENDERED).etag(false));
    }

    @Test
    void lastModifiedIsTheRenderingInWholeSecondsAsAnHttpDate() {
        assertEquals(Instant.parse("2020-03-11T03:04:05Z"), PAGE.lastModified());
        assertEquals("Wed, 11 Mar 2020 03:04:05 GMT", PAGE.lastModifiedHeader());
        assertEquals("Mon, 02 Mar 2020 00:00:00 GMT",
                PageValidators.of(new byte[0], Instant.parse("2020-03-02T00:00:00Z")).lastModifiedHeader(),
                "two-digit day, as IMF-fixdate wants");
    }

    @Test
    void ifNoneMatchWithTheTagOfTheCopyAskedForIsNotModified() {
        assertTrue(PAGE.notModified(PAGE.etag(false), null, false));
        assertTrue(PAGE.notModified(PAGE.etag(true), null, true));
        assertFalse(PAGE.notModified(PAGE.etag(true), null, false), "the gzipped copy's tag does not name the plain bytes");
        assertFalse(PAGE.notModified(PAGE.etag(false), null, true));
        assertFalse(PAGE.notModified("\"an-older-version\"", null, false));
    }

    @Test
    void ifNoneMatchListsAreComparedWeaklyAndStarMatchesAnyVersion() {
        String tag = PAGE.etag(true);
        assertTrue(PAGE.notModified("\"old\", " + tag, null, true));
        assertTrue(PAGE.notModified("W/" + tag, null, true), "If-None-Match compares weakly");
        assertTrue(PAGE.notModified("\"a,b\",W/\"c\" ,\t" + tag, null, true), "a comma inside a tag is part of it");
        assertTrue(PAGE.notModified("*", null, false));
        assertFalse(PAGE.notModified("", null, false));
        assertFalse(PAGE.notModified(tag.replace("\"", ""), null, true), "an unquoted value is no entity tag");
    }

    @Test
    void ifNoneMatchDecidesEvenWhenIfModifiedSinceWouldSayNotModified() {
        assertFalse(PAGE.notModified("\"old\"", "Wed, 11 Mar 2020 03:04:05 GMT", false));
    }

    @ParameterizedTest(name = "If-Modified-Since: {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Wed, 11 Mar 2020 03:04:05 GMT  | true
            Wed, 11 Mar 2020 03:10:00 GMT  | true
            Wed, 11 Mar 2020 03:04:04 GMT  | false
            Wednesday, 11-Mar-20 03:04:05 GMT | true
            Wednesday, 11-Mar-20 03:04:04 GMT | false
            Wed Mar 11 03:04:05 2020       | true
            Sun Mar  1 03:04:05 2020       | false
            yesterday                      | false
            ''                             | false
            """)
    void ifModifiedSinceAloneComparesWholeSecondsInEveryHttpDateForm(String since, boolean notModified) {
        assertEquals(notModified, PAGE.notModified(null, since, false));
    }

    @Test
    void noConditionMeansTheWholePage() {
        assertFalse(PAGE.notModified(null, null, false));
        assertFalse(PAGE.notModified(null, null, true));
    }

    @Test
    void entityTagsAreReadWithTheirQuotesAndDatesInEachForm() {
        assertEquals(List.of("\"a\"", "\"b\"", "*"), PageValidators.entityTags(" \"a\", W/\"b\",*"));
        assertEquals(List.of(), PageValidators.entityTags("\"unterminated"));
        assertEquals(Instant.parse("2020-03-01T03:04:05Z"), PageValidators.parseHttpDate("Sun Mar  1 03:04:05 2020"));
        assertEquals(Instant.parse("2020-03-01T03:04:05Z"), PageValidators.parseHttpDate("Sunday, 01-Mar-20 03:04:05 GMT"));
        assertNull(PageValidators.parseHttpDate("Wed, 32 Mar 2020 03:04:05 GMT"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
