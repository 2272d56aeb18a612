package kr.maskportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.Set;

/**
 * Which requests may change anything, checked before any page runs. Pages take GET, HEAD and POST only (405
 * otherwise); a GET or HEAD never changes anything, so one that carries a Faces view state or other postback field
 * (which Faces would otherwise run as a form post) is refused with 405; a POST must carry the session's
 * {@link FormToken}, or it is refused with 403 and the "page expired" answer and nothing of it runs. The APIs under
 * {@code /api/} take no cookies (a bearer token, or nobody) and answer their own methods in JSON, so they are
 * left to themselves. Declared in web.xml after the security headers.
 */
public class SafeMethods extends HttpFilter {

    /** Set on a refused post, so that the 403 page says "expired" rather than "not your role". */
    public static final String REFUSED_FORM = "kr.maskportal.refusedForm";
    static final String ALLOWED = "GET, HEAD, POST";
    private static final Set<String> PAGE_METHODS = Set.of("GET", "HEAD", "POST");
    private static final String API = "/api/";
    private static final String FACES_FIELDS = "jakarta.faces.";
    /** web.xml's page for 405. */
    private static final String METHOD_PAGE = "/WEB-INF/errors/405.xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(API)) {
            chain.doFilter(request, response);
            return;
        }
        String method = request.getMethod();
        if (!PAGE_METHODS.contains(method)) {
            // shown as a GET: Faces renders no page for a method it does not know (PATCH, or any made-up one)
            response.setHeader("Allow", ALLOWED);
            response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            request.getRequestDispatcher(METHOD_PAGE).forward(new HttpServletRequestWrapper(request) {
                @Override
                public String getMethod() {
                    return "GET";
                }
            }, response);
            return;
        }
        if (!"POST".equals(method)) {
            if (carriesFacesFields(request)) {
                response.setHeader("Allow", "POST");
                response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "a form is sent by POST only");
                return;
            }
        } else if (!FormToken.matches(request.getSession(false), request.getParameter(FormToken.FIELD))) {
            request.setAttribute(REFUSED_FORM, Boolean.TRUE);
            response.setHeader("Cache-Control", "no-store");
            // a message, so that Faces renders the error page as a page and not as the post it refuses
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "form token missing or not this session's");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether a GET names a view state or a Faces postback field. Only a request with a query string can, so the
     * residents' plain pages pay nothing for the look; the names are compared decoded (an encoded dot is a dot).
     */
    static boolean carriesFacesFields(HttpServletRequest request) {
        if (request.getQueryString() == null) {
            return false;
        }
        Enumeration<String> names = request.getParameterNames();
        while (names.hasMoreElements()) {
            if (names.nextElement().startsWith(FACES_FIELDS)) {
                return true;
            }
        }
        return false;
    }
}
