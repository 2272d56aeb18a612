package kr.maskportal.official.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Readable addresses for the officials' pages: {@code /official} (what is happening now), {@code /official/day},
 * {@code /official/lag} and {@code /official/notices}, each served by the view of the same name under
 * {@code official/}, with its query. A servlet rather than a filter because {@code official/} is a directory of
 * the WAR (see {@code PharmacistUrls}). The security constraint on {@code /official} and {@code /official/*} has
 * been applied to the address as requested before this runs.
 */
@WebServlet(urlPatterns = {"/official", "/official/", "/official/day", "/official/lag", "/official/notices"})
public class OfficialUrls extends HttpServlet {

    public static final String NOW = "/official";
    public static final String DAY = "/official/day";
    public static final String LAG = "/official/lag";
    public static final String NOTICES = "/official/notices";

    private static final Map<String, String> VIEWS = Map.of(
            NOW, "/official/now.xhtml",
            DAY, "/official/day.xhtml",
            LAG, "/official/lag.xhtml",
            NOTICES, "/official/notices.xhtml");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String view = VIEWS.get(request.getServletPath());
        if (view != null) {
            request.getRequestDispatcher(view).forward(request, response);
        } else {
            String query = request.getQueryString();
            response.sendRedirect(request.getContextPath() + NOW + (query == null ? "" : "?" + query));
        }
    }
}
