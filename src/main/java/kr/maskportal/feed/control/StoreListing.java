package kr.maskportal.feed.control;

import kr.maskportal.seller.control.GeoPoint;
import kr.maskportal.seller.entity.SellerType;

/**
 * One seller as the feed's store list names it, checked and cleaned.
 *
 * @param location null when the feed gave no usable coordinates inside Korea
 */
public record StoreListing(String code, String name, SellerType type, String address, GeoPoint location) {
}
