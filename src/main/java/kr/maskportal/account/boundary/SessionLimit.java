package kr.maskportal.account.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import kr.maskportal.account.control.SessionLifetime;
import kr.maskportal.openapi.boundary.FeedPaths;
import kr.maskportal.seller.boundary.PublicPages;

/**
 * Ends a staff session that has lasted longer than {@link SessionLifetime} allows since sign-in, however busy it was:
 * the caller is signed out and a staff page sends them to sign in again, with a line saying why. A public page is
 * served on as anonymous (a resident's view needs no session). Requests without a session (every public page a
 * resident opens) cost one lookup. Declared in web.xml after the security headers, before anything reads the session.
 */
public class SessionLimit extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(SessionLimit.class.getName());
    /** The sign-in page's parameter that makes it say the session reached its limit. */
    static final String ENDED = "sessionEnded";

    @Inject
    SessionLifetime lifetime;

    /** Real time: the portal's clock may replay 2020 at ten times the speed. */
    private final Clock clock = Clock.systemUTC();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SessionLifetime.SIGNED_IN_AT) instanceof Long signedInAt
                && lifetime.expired(Instant.ofEpochMilli(signedInAt), clock.instant())) {
            String caller = request.getUserPrincipal() == null ? "?" : request.getUserPrincipal().getName();
            request.logout();
            session.invalidate();
            LOG.info(() -> "signed out at the session's absolute limit of " + lifetime.limit() + ": " + caller);
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (!PublicPages.isPublicPage(path) && !FeedPaths.serves(path)) {
                response.setHeader("Cache-Control", "no-store");
                // 303: a form posted at the limit is not posted again to the sign-in page
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + LoginPage.PATH + "?" + ENDED + "=true");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
