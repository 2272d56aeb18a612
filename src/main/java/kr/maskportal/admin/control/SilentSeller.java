package kr.maskportal.admin.control;

import kr.maskportal.seller.entity.SellerType;

/**
 * A seller no report was ever stored for, as the onboarding view lists it.
 *
 * @param typeCode    the feed's {@code 01}, {@code 02}, {@code 03}
 * @param withAccount whether an enabled pharmacist account is bound to it (it could report, but never has)
 */
public record SilentSeller(String code, String name, String typeCode, String address, boolean withAccount) {

    /** For Expression Language, which cannot read record components. */
    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** The type's message key; null for a code the feed does not define. */
    public String getTypeKey() {
        return SellerType.fromCode(typeCode).map(t -> "seller.type." + t.name()).orElse(null);
    }

    public String getAddress() {
        return address;
    }

    public boolean isWithAccount() {
        return withAccount;
    }
}
