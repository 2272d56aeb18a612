package kr.maskportal.seller.control;

/**
 * Another name of a district met in addresses within one province, e.g. a former name (인천 남구 → 미추홀구) or a
 * merged town (경남 진해시 → 창원시 진해구).
 */
public record DistrictAlias(String provinceCode, String alias, String districtCode) {
}
