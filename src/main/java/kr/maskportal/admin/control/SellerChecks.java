package kr.maskportal.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import kr.maskportal.seller.control.PlacedBy;

/**
 * What administrators follow up after loading a seller list: sellers without a district, and records of the file
 * that could not be read. Read from the database rather than the in-memory directory, which keeps no reasons.
 * Selects columns, not entities, so nothing managed leaves here.
 */
@ApplicationScoped
public class SellerChecks {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public List<UnplacedSeller> unplacedSellers() {
        return em.createQuery("SELECT s.code, s.name, s.address, s.unplacedReason FROM Seller s "
                        + "WHERE s.districtCode IS NULL ORDER BY s.name, s.code", Object[].class)
                .getResultList().stream()
                .map(r -> new UnplacedSeller((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    public List<FileProblem> fileProblems() {
        return em.createQuery("SELECT p.sourceName, p.lineNumber, p.reason, p.rawLine FROM SellerFileProblemEntry p "
                        + "ORDER BY p.sourceName, p.lineNumber", Object[].class)
                .getResultList().stream()
                .map(r -> new FileProblem((String) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3]))
                .toList();
    }

    /** In the order of {@link PlacedBy}, from the surest way to "not placed"; names it does not know last. */
    public List<PlacementCount> placementCounts() {
        List<String> order = Arrays.stream(PlacedBy.values()).map(Enum::name).toList();
        return em.createQuery("SELECT s.placedBy, COUNT(s) FROM Seller s GROUP BY s.placedBy", Object[].class)
                .getResultList().stream()
                .map(r -> new PlacementCount((String) r[0], ((Number) r[1]).longValue()))
                .sorted(Comparator.comparingInt(c -> {
                    int at = order.indexOf(c.getPlacedBy());
                    return at < 0 ? order.size() : at;
                }))
                .toList();
    }
}
