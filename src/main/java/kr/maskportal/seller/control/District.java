package kr.maskportal.seller.control;

/**
 * A district (시/군/구), the unit residents pick on the portal. A city with general districts appears only as those
 * districts, named with the city: {@code 수원시 장안구}.
 *
 * @param code five-digit administrative code as of March 2020
 */
public record District(String code, String provinceCode, String name, String nameEn) {

    /** For {@code 수원시 장안구}, {@code 수원시}; empty for a district that is not part of a larger city. */
    public String cityName() {
        int space = name.indexOf(' ');
        return space < 0 ? "" : name.substring(0, space);
    }

    /** For {@code 수원시 장안구}, {@code 장안구}; otherwise the whole name. */
    public String ownName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(space + 1);
    }
}
