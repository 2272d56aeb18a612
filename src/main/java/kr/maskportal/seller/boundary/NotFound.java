package kr.maskportal.seller.boundary;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers 404 from a view action when the code in the address names no place. */
final class NotFound {

    private NotFound() {
    }

    static void respond() {
        var faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
