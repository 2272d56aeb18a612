package kr.maskportal.seller.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import kr.maskportal.platform.i18n.PageLanguage;

/**
 * The links between the two versions of the residents' pages, in each layout's header: from an ordinary page to
 * its easy page and back, same place, same language ({@link EasyAddress}).
 */
@Named
@RequestScoped
public class PageVersions {

    @Inject
    HttpServletRequest request;

    @Inject
    PageLanguage language;

    public String getEasyHref() {
        return language.getBase() + EasyAddress.easyOf(address());
    }

    public String getOrdinaryHref() {
        return language.getBase() + EasyAddress.ordinaryOf(address());
    }

    private String address() {
        return request.getAttribute(PageLanguage.PAGE_ADDRESS) instanceof String address ? address : null;
    }
}
