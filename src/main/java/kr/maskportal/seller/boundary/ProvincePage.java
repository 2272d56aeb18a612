package kr.maskportal.seller.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.maskportal.seller.control.DirectoryProvince;
import kr.maskportal.seller.control.SellerDirectory;

/** A province: its districts with their numbers of sellers. */
@Named
@RequestScoped
public class ProvincePage {

    @Inject
    SellerDirectory directory;

    private String code;
    private DirectoryProvince province;

    /** View action: an unknown code is a missing page, not an empty one. */
    public void load() {
        province = directory.current().province(code).orElse(null);
        if (province == null) {
            NotFound.respond();
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public DirectoryProvince getProvince() {
        return province;
    }
}
