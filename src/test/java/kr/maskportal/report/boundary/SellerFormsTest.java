package kr.maskportal.report.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import kr.maskportal.report.entity.ReportKind;
import org.junit.jupiter.api.Test;

/** The field an error links to is the field the page renders: the ids in Java and in the view agree. */
class SellerFormsTest {

    private static final Path VIEW = Path.of("src/main/webapp/pharmacist/reports.xhtml");

    @Test
    void eachKindIsTypedIntoItsOwnSellersForm() {
        var forms = new SellerForms("11806923");
        assertEquals("queue-11806923:number", forms.field(ReportKind.QUEUE));
        assertEquals("remaining-11806923:number", forms.field(ReportKind.REMAINING));
        assertEquals("restocked-11806923:number", forms.field(ReportKind.RESTOCKED));
        assertEquals("notice-11806923:notice", forms.field(ReportKind.NOTICE));
        for (ReportKind kind : new ReportKind[] {ReportKind.SOLD_OUT, ReportKind.CLOSED, ReportKind.REOPENED}) {
            assertEquals("quick-11806923:seller", forms.field(kind));
        }
    }

    @Test
    void theViewNamesItsFormsAndFieldsAsTheErrorsDo() throws IOException {
        String view = Files.readString(VIEW);
        for (String form : new String[] {"quick", "queue", "remaining", "restocked", "notice", "undo"}) {
            String property = "s.forms." + form;
            assertTrue(view.contains("<h:form id=\"#{" + property + "}\""), "form " + form);
        }
        for (String form : new String[] {"queue", "remaining", "restocked"}) {
            assertTrue(Pattern.compile("hasError\\(s\\.forms\\." + form + " \\+= ':number'\\)").matcher(view).find(), form);
        }
        assertTrue(view.contains("hasError(s.forms.notice += ':notice')"));
        assertTrue(view.contains("<p:inputText id=\"" + SellerForms.NUMBER_FIELD + "\""));
        assertTrue(view.contains("<p:inputText id=\"" + SellerForms.NOTICE_FIELD + "\""));
        assertTrue(view.contains("<h:inputHidden id=\"" + SellerForms.SELLER_FIELD + "\""));
    }
}
