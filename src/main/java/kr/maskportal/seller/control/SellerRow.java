package kr.maskportal.seller.control;

import kr.maskportal.seller.entity.SellerType;

/**
 * One valid seller read from a seller file, its fields cleaned.
 *
 * @param lineNumber physical line of the file where the record starts
 * @param location   null when the file gave no usable coordinates
 */
public record SellerRow(int lineNumber, String code, String name, SellerType type, String address,
                        GeoPoint location) {

    public boolean hasLocation() {
        return location != null;
    }
}
