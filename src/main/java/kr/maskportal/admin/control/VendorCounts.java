package kr.maskportal.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * How many sellers of each district report through a point-of-sale vendor, for the onboarding view. Its own class
 * and query because vendors are stored apart from accounts: until the vendors' tables exist on this branch there are
 * none, and every district counts 0. Plugging them in is this one method, one aggregate query grouped by
 * {@code seller.district_code}, like {@link Onboarding#districts}.
 */
@ApplicationScoped
public class VendorCounts {

    /** Sellers with a vendor, by district code; a district missing from the map has none. */
    public Map<String, Long> byDistrict() {
        return Map.of();
    }
}
