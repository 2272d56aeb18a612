package kr.maskportal.details.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The readable address {@code /pharmacist/details?seller=…} for {@code pharmacist/details.xhtml} (the security
 * constraint on {@code /pharmacist/*} has been applied to the address as requested before this runs).
 */
@WebFilter(urlPatterns = SellerDetailsPage.PATH)
public class DetailsPageUrl extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.getRequestDispatcher(SellerDetailsPage.PATH + ".xhtml").forward(request, response);
    }
}
