package kr.maskportal.official.control.now;

import kr.maskportal.stock.control.merge.QueueLength;

/** A queue a pharmacist reported that is still valid (by default for 30 minutes). */
public record SellerQueue(String sellerCode, String name, QueueLength queue) {
}
