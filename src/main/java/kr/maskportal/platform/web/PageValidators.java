package kr.maskportal.platform.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * What lets a browser or a shared cache ask "has this page changed?" instead of fetching it again (RFC 9110
 * section 13): a strong entity tag naming the page's exact bytes, and when that version was rendered. The gzipped
 * copy is other bytes, so its tag is the same with {@code -gz}. Worked out once per rendered page, so answering a
 * request costs a string comparison.
 */
public final class PageValidators {

    /** IMF-fixdate, the one form an HTTP date is sent in. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    /** The obsolete RFC 850 form, which recipients must still read; its two-digit years taken as 1970 to 2069. */
    private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder()
            .appendPattern("EEEE, dd-MMM-")
            .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
            .appendPattern(" HH:mm:ss 'GMT'")
            .toFormatter(Locale.US);
    /** C's asctime() form, the other obsolete one. */
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US);

    private final String plainTag;
    private final String gzipTag;
    private final Instant lastModified;
    private final String lastModifiedHeader;

    private PageValidators(String hash, Instant lastModified) {
        this.plainTag = '"' + hash + '"';
        this.gzipTag = '"' + hash + "-gz\"";
        this.lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
        this.lastModifiedHeader = HTTP_DATE.format(this.lastModified);
    }

    /** For a page rendered at {@code renderedAt}: 96 bits of the bytes' SHA-256 tell any two versions apart. */
    public static PageValidators of(byte[] page, Instant renderedAt) {
        byte[] digest = sha256(page);
        return new PageValidators(Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12)),
                renderedAt);
    }

    /** The ETag header of the copy sent: the plain bytes or the gzipped ones. */
    public String etag(boolean gzipped) {
        return gzipped ? gzipTag : plainTag;
    }

    public Instant lastModified() {
        return lastModified;
    }

    /** The Last-Modified header: when this version was rendered, in whole seconds. */
    public String lastModifiedHeader() {
        return lastModifiedHeader;
    }

    /**
     * Whether a GET or HEAD with these headers is answered 304: If-None-Match decides when present (weak comparison,
     * as RFC 9110 prescribes for it); otherwise If-Modified-Since, when it is one valid date not before this version.
     */
    public boolean notModified(String ifNoneMatch, String ifModifiedSince, boolean gzipped) {
        if (ifNoneMatch != null) {
            return matchesAny(ifNoneMatch, etag(gzipped));
        }
        if (ifModifiedSince == null) {
            return false;
        }
        Instant since = parseHttpDate(ifModifiedSince);
        return since != null && !lastModified.isAfter(since);
    }

    /** The entity tags of an If-None-Match value ({@code *}, or {@code "a", W/"b"}) with their quotes, weakness dropped. */
    static List<String> entityTags(String ifNoneMatch) {
        var tags = new ArrayList<String>();
        int i = 0;
        int length = ifNoneMatch.length();
        while (i < length) {
            char c = ifNoneMatch.charAt(i);
            if (c == ' ' || c == '\t' || c == ',') {
                i++;
            } else if (c == '*') {
                tags.add("*");
                i++;
            } else {
                if (ifNoneMatch.startsWith("W/", i)) {
                    i += 2;
                }
                if (i >= length || ifNoneMatch.charAt(i) != '"') {
                    return List.of(); // not a list of entity tags: nothing matches
                }
                int end = ifNoneMatch.indexOf('"', i + 1);
                if (end < 0) {
                    return List.of();
                }
                tags.add(ifNoneMatch.substring(i, end + 1));
                i = end + 1;
            }
        }
        return tags;
    }

    private static boolean matchesAny(String ifNoneMatch, String tag) {
        if (ifNoneMatch.equals(tag)) {
            return true; // what a browser sends back: the one tag it was given
        }
        for (String candidate : entityTags(ifNoneMatch)) {
            if (candidate.equals("*") || candidate.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** An HTTP date in any of its three forms, or null when the value is none of them (then it is ignored). */
    static Instant parseHttpDate(String value) {
        String trimmed = value.trim();
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(trimmed));
        } catch (DateTimeParseException notImf) {
            for (DateTimeFormatter obsolete : new DateTimeFormatter[] {RFC_850, ASCTIME}) {
                try {
                    return LocalDateTime.parse(trimmed, obsolete).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException next) {
                    // try the next form
                }
            }
            return null;
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
