package kr.maskportal.admin.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Readable addresses for the administrators' pages: {@code /admin/sellers} is served by {@code admin/sellers.xhtml}, {@code /admin/feed} by {@code admin/feed.xhtml}.
 * The security constraint on {@code /admin/*} has been applied to the address as requested before this runs.
 */
@WebFilter(urlPatterns = {"/admin", "/admin/", "/admin/sellers", "/admin/feed"})
public class AdminUrls extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/admin/sellers") || path.equals("/admin/feed")) {
            request.getRequestDispatcher(path + ".xhtml").forward(request, response);
        } else {
            response.sendRedirect(request.getContextPath() + "/admin/sellers");
        }
    }
}
