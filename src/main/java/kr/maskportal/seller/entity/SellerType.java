package kr.maskportal.seller.entity;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of public-mask sellers, with the two-digit codes the 2020 feed uses in its {@code type} field. */
public enum SellerType {
    PHARMACY("01"),
    POST_OFFICE("02"),
    NONGHYUP_MART("03");

    private final String code;

    SellerType(String code) {
        this.code = code;
    }

    /** The feed's code, e.g. {@code "01"}; also what the database column {@code seller_type} stores. */
    public String code() {
        return code;
    }

    public static Optional<SellerType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
