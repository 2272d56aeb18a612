package kr.maskportal.seller.control;

import java.util.List;

/** A district with its sellers sorted by name, as held by the {@link SellerDirectory}. */
public final class DirectoryDistrict {

    private final String code;
    private final String name;
    private final String nameEn;
    private final String provinceCode;
    private final List<DirectorySeller> sellers;

    DirectoryDistrict(String code, String name, String nameEn, String provinceCode, List<DirectorySeller> sellers) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.provinceCode = provinceCode;
        this.sellers = List.copyOf(sellers);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public List<DirectorySeller> getSellers() {
        return sellers;
    }

    public int getSellerCount() {
        return sellers.size();
    }
}
