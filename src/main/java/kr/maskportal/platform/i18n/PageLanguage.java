package kr.maskportal.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of the resident page being rendered, for the layout ({@code lang}, the view's locale, the link to
 * the other language) and for every link on the page ({@code #{language.base}/district/11440}), so that a resident
 * who chose English stays in English.
 */
@Named("language")
@RequestScoped
public class PageLanguage {

    /** The request attribute naming the page's address without language prefix, with its normalised query. */
    public static final String PAGE_ADDRESS = PageLanguage.class.getName() + ".address";

    @Inject
    HttpServletRequest request;

    private Language current() {
        return request.getAttribute(Language.ATTRIBUTE) instanceof Language language ? language : Language.KO;
    }

    public String getCode() {
        return current().code();
    }

    public Locale getLocale() {
        return current().locale();
    }

    /** What every link on the page starts with: the context path and the language's prefix. */
    public String getBase() {
        return request.getContextPath() + current().prefix();
    }

    public String getOtherCode() {
        return current().other().code();
    }

    /** The same page in the other language. */
    public String getOtherHref() {
        Object address = request.getAttribute(PAGE_ADDRESS);
        return request.getContextPath() + current().other().prefix() + (address == null ? "/" : address);
    }
}
