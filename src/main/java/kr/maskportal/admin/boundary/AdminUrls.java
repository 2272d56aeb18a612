package kr.maskportal.admin.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readable addresses for the administrators' pages: {@code /admin/sellers} is served by {@code admin/sellers.xhtml},
 * {@code /admin/feed} by {@code admin/feed.xhtml}, {@code /admin/accounts} by {@code admin/accounts.xhtml} and
 * {@code /admin/accounts/{id}} by {@code admin/accounts-edit.xhtml?id={id}}, {@code /admin/accounts/import} by
 * {@code admin/accounts-import.xhtml} and {@code /admin/onboarding} by {@code admin/onboarding.xhtml}. The security
 * constraint on {@code /admin/*} has been applied to the address as requested before this runs.
 */
@WebFilter(urlPatterns = {"/admin", "/admin/", "/admin/sellers", "/admin/feed", "/admin/accounts",
        "/admin/accounts/*", OnboardingPage.PATH})
public class AdminUrls extends HttpFilter {

    static final String START = "/admin/sellers";
    static final String IMPORT = "/admin/accounts/import";
    private static final Pattern ACCOUNT = Pattern.compile("/admin/accounts/([0-9]{1,18})");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/admin") || path.equals("/admin/")) {
            response.sendRedirect(request.getContextPath() + START);
            return;
        }
        Optional<String> view = viewFor(path);
        if (view.isPresent()) {
            request.getRequestDispatcher(view.get()).forward(request, response);
        } else if (path.equals(AccountsPage.PATH + "/")) {
            response.sendRedirect(request.getContextPath() + AccountsPage.PATH);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The view that serves a readable address, with the query it adds; empty for an address that has none. */
    static Optional<String> viewFor(String path) {
        if (path.equals("/admin/sellers") || path.equals("/admin/feed") || path.equals(AccountsPage.PATH)
                || path.equals(OnboardingPage.PATH)) {
            return Optional.of(path + ".xhtml");
        }
        if (path.equals(IMPORT)) {
            return Optional.of("/admin/accounts-import.xhtml");
        }
        Matcher account = ACCOUNT.matcher(path);
        if (account.matches()) {
            return Optional.of("/admin/accounts-edit.xhtml?id=" + Long.parseLong(account.group(1)));
        }
        return Optional.empty();
    }
}
