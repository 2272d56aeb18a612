package kr.maskportal.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** How staff pages (administrators', officials') end a request other than by showing the page again. */
public final class StaffResponses {

    private StaffResponses() {
    }

    /**
     * After a change: a redirect to the page that shows it (post, redirect, get), so that reloading the page
     * never posts the change again.
     */
    public static void redirect(String pathAndQuery) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + pathAndQuery);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void error(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
