package kr.maskportal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * A response body kept in memory and sent as it is to everyone who asks: the bytes, a gzipped copy made once for the
 * clients that take one, and the validators that let a browser or a shared cache ask "has it changed?" instead of
 * fetching it again. The residents' public pages ({@code PublicPages}) and the corrected feed are served this way.
 */
public record CachedBody(String contentType, byte[] bytes, byte[] gzipped, PageValidators validators) {

    /**
     * A body made at {@code madeAt}; when its bytes are those of the body it replaces, that body itself, so its ETag
     * and Last-Modified still hold (browsers keep getting 304) and nothing is compressed again.
     */
    public static CachedBody of(String contentType, byte[] bytes, Instant madeAt, CachedBody previous) {
        if (previous != null && Arrays.equals(previous.bytes(), bytes)
                && Objects.equals(previous.contentType(), contentType)) {
            return previous;
        }
        var compressed = new ByteArrayOutputStream(Math.max(64, bytes.length / 4));
        try (var gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return new CachedBody(contentType, bytes, compressed.toByteArray(), PageValidators.of(bytes, madeAt));
    }

    /** What the copies take in memory, for caches that bound themselves by size. */
    public long size() {
        return (long) bytes.length + gzipped.length;
    }

    /**
     * Sends the body, or 304 when the client (or a cache on the way) already holds these exact bytes. The headers are
     * those of the copy chosen (plain or gzipped) and the same on a 304, as RFC 9110 asks. A HEAD gets the headers of
     * the GET.
     */
    public void send(HttpServletRequest request, HttpServletResponse response, String cacheControl)
            throws IOException {
        boolean gzip = AcceptEncoding.acceptsGzip(request.getHeader("Accept-Encoding"));
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("Cache-Control", cacheControl);
        response.setHeader("ETag", validators.etag(gzip));
        response.setHeader("Last-Modified", validators.lastModifiedHeader());
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if ((head || "GET".equals(method)) && validators.notModified(request.getHeader("If-None-Match"),
                request.getHeader("If-Modified-Since"), gzip)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = gzip ? gzipped : bytes;
        response.setContentType(contentType);
        if (gzip) {
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!head) {
            response.getOutputStream().write(body);
        }
    }
}
