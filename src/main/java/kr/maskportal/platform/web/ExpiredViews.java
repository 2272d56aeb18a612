package kr.maskportal.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A post whose view state the server does not hold: never a server error, and nothing of it is done. Every post
 * reaching Faces carried the session's form token ({@link SafeMethods}), so it came from a page of this session,
 * one that is merely too old (Faces keeps the last 15 views of a session, and a busy pharmacist opens more): the
 * browser is sent back to the same page afresh (303), which says that nothing was done ({@link StaleForm}). Without
 * a session the post is refused with 403 and the "page expired" answer, as a post without the token is. Declared in
 * faces-config.xml.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEvent event = events.next();
                if (expired(event.getContext().getException())) {
                    events.remove();
                    refuse(FacesContext.getCurrentInstance());
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void refuse(FacesContext faces) {
            if (faces.getResponseComplete()) {
                return;
            }
            var external = faces.getExternalContext();
            var request = (HttpServletRequest) external.getRequest();
            var response = (HttpServletResponse) external.getResponse();
            HttpSession session = request.getSession(false);
            try {
                response.setHeader("Cache-Control", "no-store");
                if (session != null && FormToken.matches(session, request.getParameter(FormToken.FIELD))) {
                    StaleForm.note(session);
                    String query = request.getQueryString();
                    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                    response.setHeader("Location", request.getRequestURI() + (query == null ? "" : "?" + query));
                } else {
                    request.setAttribute(SafeMethods.REFUSED_FORM, Boolean.TRUE);
                    response.sendError(HttpServletResponse.SC_FORBIDDEN, "view state not held by the server");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
