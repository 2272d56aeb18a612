package kr.maskportal.seller.control;

/** Another spelling of a province met in addresses, e.g. 서울시 for 서울특별시. */
public record ProvinceAlias(String alias, String provinceCode) {
}
