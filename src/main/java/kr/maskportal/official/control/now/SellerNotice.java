package kr.maskportal.official.control.now;

import kr.maskportal.stock.control.merge.PharmacistNotice;

/** A pharmacist's notice of today, as residents see it on the seller's line. */
public record SellerNotice(String sellerCode, String name, PharmacistNotice notice) {
}
