package kr.maskportal.seller.control;

/**
 * A province-level unit (시/도), e.g. 경상남도 / 경남.
 *
 * @param code      two-digit administrative code
 * @param shortName the two-syllable form used on signs and in many addresses, e.g. 경남
 * @param sortOrder the customary order of provinces in lists (서울 first)
 */
public record Province(String code, String name, String shortName, String nameEn, int sortOrder) {
}
