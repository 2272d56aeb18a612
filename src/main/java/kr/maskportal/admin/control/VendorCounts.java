package kr.maskportal.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many sellers of each district report through a point-of-sale vendor, for the onboarding view: those on some
 * vendor's seller list ({@code vendor_seller}, V014), each once however many vendors list it. Its own class and
 * query because vendors are stored apart from accounts; one aggregate query grouped by {@code seller.district_code},
 * like {@link Onboarding#districts}.
 */
@ApplicationScoped
public class VendorCounts {

    static final String SQL = "SELECT s.district_code, COUNT(DISTINCT s.code) FROM vendor_seller v "
            + "JOIN seller s ON s.code = v.seller_code WHERE s.vanished_at IS NULL AND s.district_code IS NOT NULL "
            + "GROUP BY s.district_code";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Sellers with a vendor, by district code; a district missing from the map has none. */
    @Transactional
    public Map<String, Long> byDistrict() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).getResultList();
        return rows.stream().collect(Collectors.toUnmodifiableMap(r -> ((String) r[0]).strip(),
                r -> ((Number) r[1]).longValue()));
    }
}
