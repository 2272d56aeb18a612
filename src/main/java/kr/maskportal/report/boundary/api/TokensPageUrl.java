package kr.maskportal.report.boundary.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The readable address {@code /pharmacist/tokens} for {@code pharmacist/tokens.xhtml} (the security constraint on
 * {@code /pharmacist/*} has been applied to the address as requested before this runs). The page can show a
 * token's secret, so neither it nor its form's answers are ever kept by a browser or proxy cache.
 */
@WebFilter(urlPatterns = {TokensPageUrl.PATH, TokensPageUrl.PATH + ".xhtml"})
public class TokensPageUrl extends HttpFilter {

    static final String PATH = "/pharmacist/tokens";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Cache-Control", "no-store");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(PATH)) {
            request.getRequestDispatcher(PATH + ".xhtml").forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }
}
