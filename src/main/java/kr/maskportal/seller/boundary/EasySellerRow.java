package kr.maskportal.seller.boundary;

import kr.maskportal.details.entity.PhoneNumber;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.stock.boundary.PlainStatus;

/**
 * One seller on an easy page: its name, its status in plain words, where it is within its district, and the number
 * to call when its pharmacist gave one.
 */
public final class EasySellerRow {

    private final DirectorySeller seller;
    private final PlainStatus status;
    private final String address;
    private final PhoneNumber phone;

    /** @param phone the number the pharmacist gave; null when none */
    EasySellerRow(DirectorySeller seller, PlainStatus status, String provinceName, String districtName,
            PhoneNumber phone) {
        this.seller = seller;
        this.status = status;
        this.phone = phone;
        this.address = withinDistrict(seller.getAddress(), provinceName, districtName);
    }

    /**
     * The address without the province and district the page is already about ("서울특별시 강남구 봉은사로 465
     * (삼성동)" → "봉은사로 465 (삼성동)"): the street and the neighbourhood are what tell sellers apart, and a
     * shorter line is easier to read in large print. An address written otherwise is kept whole.
     */
    static String withinDistrict(String address, String provinceName, String districtName) {
        String prefix = provinceName + " " + districtName + " ";
        return address.startsWith(prefix) && address.length() > prefix.length()
                ? address.substring(prefix.length()) : address;
    }

    public String getCode() {
        return seller.getCode();
    }

    public String getName() {
        return seller.getName();
    }

    public String getAddress() {
        return address;
    }

    public String getFullAddress() {
        return seller.getAddress();
    }

    public String getTypeKey() {
        return "seller.type." + seller.getType().name();
    }

    /** {@code 02-123-4567}, for the list's call link; null when the pharmacist gave none. */
    public String getPhone() {
        return phone == null ? null : phone.shown();
    }

    /** The digits as dialled within Korea (see {@code DetailsView#getPhoneHref}). */
    public String getPhoneHref() {
        return phone == null ? null : "tel:" + phone.digits();
    }

    public PlainStatus getStatus() {
        return status;
    }
}
