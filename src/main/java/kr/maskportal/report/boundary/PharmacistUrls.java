package kr.maskportal.report.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The readable address of the pharmacists' page: {@code /pharmacist} is served by {@code pharmacist/reports.xhtml}
 * (with its query, which names what a post just did), and {@code /pharmacist/} leads there. A servlet rather than
 * a filter because {@code pharmacist/} is a directory of the WAR: without an exact mapping the container answers
 * {@code /pharmacist} with a redirect to the directory before any filter runs. The security constraint on
 * {@code /pharmacist} and {@code /pharmacist/*} has been applied to the address as requested before this runs.
 */
@WebServlet(urlPatterns = {"/pharmacist", "/pharmacist/"})
public class PharmacistUrls extends HttpServlet {

    static final String VIEW = "/pharmacist/reports.xhtml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        String path = request.getServletPath();
        if (path.equals(PharmacistPage.PATH)) {
            request.getRequestDispatcher(VIEW).forward(request, response);
        } else {
            String query = request.getQueryString();
            response.sendRedirect(request.getContextPath() + PharmacistPage.PATH + (query == null ? "" : "?" + query));
        }
    }
}
