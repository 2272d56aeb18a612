package kr.maskportal.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How far the country's sellers are on the portal, for administrators: per district, how many sellers there are,
 * how many an enabled pharmacist account is bound to, how many report through a point-of-sale vendor, and how many
 * never reported at all; and, for one district, which sellers never reported. One aggregate query over all sellers
 * (each seller's account and report looked up along the indexes on {@code seller_code}), never a query per seller:
 * the whole country's 25,000 sellers in one round trip.
 */
@ApplicationScoped
public class Onboarding {

    /** Sellers still listed: those that vanished from the feed's store list no longer sell. */
    private static final String LISTED = "s.vanished_at IS NULL";
    private static final String HAS_ACCOUNT = "EXISTS (SELECT 1 FROM account_seller b JOIN account a "
            + "ON a.id = b.account_id WHERE b.seller_code = s.code AND a.enabled = TRUE "
            + "AND a.account_role = 'PHARMACIST')";
    private static final String NEVER_REPORTED = "NOT EXISTS (SELECT 1 FROM report r WHERE r.seller_code = s.code)";

    /** A district's sellers that never reported, by name; {@code ?1} the district. */
    static final String SILENT_SQL = "SELECT s.code, s.name, s.seller_type, s.address, CASE WHEN " + HAS_ACCOUNT
            + " THEN 1 ELSE 0 END FROM seller s WHERE s.district_code = ?1 AND " + LISTED + " AND " + NEVER_REPORTED
            + " ORDER BY s.name, s.code";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    VendorCounts vendors;

    /** Every district with sellers, by province and district code. */
    @Transactional
    public List<DistrictOnboarding> districts() {
        return rows("");
    }

    /** One district's figures; empty when it has no listed seller or does not exist. */
    @Transactional
    public Optional<DistrictOnboarding> district(String districtCode) {
        return rows(districtCode).stream().findFirst();
    }

    /**
     * The district's sellers no report was ever stored for, by name, {@code size} from {@code from} on (the view
     * pages through them).
     */
    @Transactional
    public List<SilentSeller> neverReported(String districtCode, int from, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SILENT_SQL)
                .setParameter(1, districtCode).setFirstResult(from).setMaxResults(size).getResultList();
        return rows.stream().map(r -> new SilentSeller(((String) r[0]).strip(), (String) r[1],
                ((String) r[2]).strip(), (String) r[3], ((Number) r[4]).intValue() == 1)).toList();
    }

    private List<DistrictOnboarding> rows(String onlyDistrict) {
        var query = em.createNativeQuery(countsSql(!onlyDistrict.isEmpty()));
        if (!onlyDistrict.isEmpty()) {
            query.setParameter(1, onlyDistrict);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Long> withVendor = vendors.byDistrict();
        return rows.stream().map(r -> new DistrictOnboarding(((String) r[0]).strip(), (String) r[1],
                        ((String) r[2]).strip(), (String) r[3], count(r[4]), count(r[5]), 0, count(r[6])))
                .map(row -> row.withVendor(withVendor.getOrDefault(row.districtCode(), 0L)))
                .toList();
    }

    /**
     * Per district: province code and name, district code and name, sellers, with an account, never reported; for
     * one district ({@code ?1}) or all, in the provinces' order.
     */
    static String countsSql(boolean oneDistrict) {
        return "SELECT p.code, p.name, d.code, d.name, COUNT(*), "
                + "SUM(CASE WHEN " + HAS_ACCOUNT + " THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN " + NEVER_REPORTED + " THEN 1 ELSE 0 END) "
                + "FROM seller s JOIN district d ON d.code = s.district_code "
                + "JOIN province p ON p.code = d.province_code "
                + "WHERE " + LISTED + (oneDistrict ? " AND d.code = ?1" : "")
                + " GROUP BY p.code, p.name, p.sort_order, d.code, d.name ORDER BY p.sort_order, d.code";
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
