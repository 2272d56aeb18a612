package kr.maskportal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

/**
 * The line a staff page shows once after a form was sent from a page too old for the server to hold
 * ({@link ExpiredViews}): nothing of it was done, do it again here. Kept in the session until the next staff page
 * shows it, so that a pharmacist who tapped "sold out" on a stale page is never left believing it was saved.
 */
@Named
@RequestScoped
public class StaleForm {

    static final String ATTRIBUTE = "kr.maskportal.staleForm";

    private Boolean shown;

    static void note(HttpSession session) {
        session.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    /** True once, on the page rendered after the stale post. */
    public boolean isShown() {
        if (shown == null) {
            Object session = FacesContext.getCurrentInstance().getExternalContext().getSession(false);
            shown = session instanceof HttpSession s && s.getAttribute(ATTRIBUTE) != null;
            if (shown) {
                ((HttpSession) session).removeAttribute(ATTRIBUTE);
            }
        }
        return shown;
    }
}
