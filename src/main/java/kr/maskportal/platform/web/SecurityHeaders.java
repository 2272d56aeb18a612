package kr.maskportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Safe defaults on every response: no framing, no MIME sniffing, no referrer leaking addresses, and a content
 * policy that allows this origin's own resources only. PrimeFaces pages need inline scripts and styles, so
 * those stay allowed; public pages carry none. Declared in web.xml as the first filter, so that it also covers
 * pages served from the public page cache, and for error dispatches, so that error pages have them too. What
 * Jakarta Authentication answers before any filter runs (the redirect to sign-in) gets them from
 * {@code account.boundary.StaffAuthenticationScope}, which calls {@link #apply}.
 */
public class SecurityHeaders extends HttpFilter {

    static final String CONTENT_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; frame-ancestors 'none'; form-action 'self'; "
            + "base-uri 'self'; object-src 'none'";
    /** A year, the usual HSTS preload minimum; not includeSubDomains: the portal does not own its parent domain. */
    static final String STRICT_TRANSPORT = "max-age=31536000";
    /** Instead of Payara's product name: the server's make and version are nobody's business. */
    static final String SERVER = "portal";

    private boolean behindTls;

    @Override
    public void init() {
        behindTls = Tls.configured();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(response, behindTls);
        chain.doFilter(request, new KeepingHeaders(response, behindTls));
    }

    /** A reset (as before a CSV download) clears every header: they are set again at once. */
    private static final class KeepingHeaders extends HttpServletResponseWrapper {

        private final boolean behindTls;

        KeepingHeaders(HttpServletResponse response, boolean behindTls) {
            super(response);
            this.behindTls = behindTls;
        }

        @Override
        public void reset() {
            super.reset();
            apply(this, behindTls);
        }
    }

    public static void apply(HttpServletResponse response, boolean behindTls) {
        response.setHeader("Content-Security-Policy", CONTENT_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
        response.setHeader("Server", SERVER);
        if (behindTls) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT);
        }
    }
}
