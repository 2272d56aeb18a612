package kr.maskportal.seller.control;

import java.util.List;

/** A province with its districts sorted by name, as held by the {@link SellerDirectory}. */
public final class DirectoryProvince {

    private final String code;
    private final String name;
    private final String nameEn;
    private final List<DirectoryDistrict> districts;
    private final int sellerCount;

    DirectoryProvince(String code, String name, String nameEn, List<DirectoryDistrict> districts) {
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
        this.districts = List.copyOf(districts);
        this.sellerCount = districts.stream().mapToInt(DirectoryDistrict::getSellerCount).sum();
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

    public List<DirectoryDistrict> getDistricts() {
        return districts;
    }

    public int getSellerCount() {
        return sellerCount;
    }
}
