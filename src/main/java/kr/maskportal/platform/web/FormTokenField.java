package kr.maskportal.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Writes the session's {@link FormToken} into every Faces form, beside its view state: Faces asks the view handler
 * to write the state once per form, so no page and no form can forget it. Declared in faces-config.xml.
 */
public class FormTokenField extends ViewHandlerWrapper {

    public FormTokenField(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void writeState(FacesContext context) throws IOException {
        super.writeState(context);
        if (context.getViewRoot() != null && context.getViewRoot().isTransient()) {
            return; // a stateless view posts nothing that changes anything, and must not start a session
        }
        HttpSession session = (HttpSession) context.getExternalContext().getSession(true);
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", null);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", FormToken.FIELD, null);
        writer.writeAttribute("value", FormToken.of(session), null);
        writer.writeAttribute("autocomplete", "off", null);
        writer.endElement("input");
    }
}
