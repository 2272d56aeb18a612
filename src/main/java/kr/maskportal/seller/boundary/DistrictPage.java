package kr.maskportal.seller.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.maskportal.seller.control.DirectoryDistrict;
import kr.maskportal.seller.control.DirectoryProvince;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;

/** A district: every seller in it with name, type and address. */
@Named
@RequestScoped
public class DistrictPage {

    @Inject
    SellerDirectory directory;

    private String code;
    private DirectoryDistrict district;
    private DirectoryProvince province;

    /** View action: an unknown code is a missing page, not an empty one. */
    public void load() {
        DirectorySnapshot snapshot = directory.current();
        district = snapshot.district(code).orElse(null);
        if (district == null) {
            NotFound.respond();
            return;
        }
        province = snapshot.province(district.getProvinceCode()).orElseThrow();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public DirectoryDistrict getDistrict() {
        return district;
    }

    public DirectoryProvince getProvince() {
        return province;
    }
}
