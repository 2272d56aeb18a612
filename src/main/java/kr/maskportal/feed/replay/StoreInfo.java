package kr.maskportal.feed.replay;

import java.util.Objects;
import kr.maskportal.seller.entity.SellerType;

/**
 * One seller as the caller's seller list knows it: what the replay needs to simulate its day and to list it in
 * {@code stores/json}. Only code and type are required; the rest is published as given, nulls included.
 *
 * @param address also tells the simulation whether the seller sits in a city, where queues are longer
 */
public record StoreInfo(String code, String name, String address, SellerType type, Double lat, Double lng) {

    public StoreInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
    }
}
