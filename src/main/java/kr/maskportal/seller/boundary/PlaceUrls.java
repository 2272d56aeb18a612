package kr.maskportal.seller.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Readable addresses for the place pages: {@code /province/11} and {@code /district/11440} are served by the
 * Faces views {@code province.xhtml} and {@code district.xhtml}, which receive the code as a request parameter.
 */
@WebFilter(urlPatterns = {"/province/*", "/district/*"})
public class PlaceUrls extends HttpFilter {

    private static final Pattern PROVINCE = Pattern.compile("/province/(\\d{2})");
    private static final Pattern DISTRICT = Pattern.compile("/district/(\\d{5})");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        var province = PROVINCE.matcher(path);
        var district = DISTRICT.matcher(path);
        if (province.matches()) {
            request.getRequestDispatcher("/province.xhtml?code=" + province.group(1)).forward(request, response);
        } else if (district.matches()) {
            request.getRequestDispatcher("/district.xhtml?code=" + district.group(1)).forward(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
