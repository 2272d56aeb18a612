package kr.maskportal.official.control.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.maskportal.feed.control.FeedState;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.seller.control.DirectoryDistrict;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.control.FeedEvidence;
import kr.maskportal.stock.control.merge.ReportEvidence;
import kr.maskportal.stock.entity.StockBand;

/**
 * Reads {@link SellerHistory} for the officials' reports. Scalar queries rather than entities: a week of the whole
 * country is millions of feed rows, and nothing here is changed.
 */
@ApplicationScoped
public class HistoryLoader {

    /**
     * How far before a span the feed's changes are read: the feed's overnight reset makes a row at least once a
     * sales day, so a day back always holds the feed's word at the span's start.
     */
    static final Duration FEED_LOOKBACK = Duration.ofDays(1);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SellerDirectory directory;

    /** Every seller of the district, those with no history at all included, in the directory's order. */
    @Transactional
    public List<SellerHistory> district(String districtCode, Instant from, Instant to) {
        DirectorySnapshot snapshot = directory.current();
        List<String> codes = snapshot.district(districtCode).map(DirectoryDistrict::getSellers).orElse(List.of())
                .stream().map(DirectorySeller::getCode).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        Map<String, List<FeedEvidence>> feed = feed(" AND h.sellerCode IN (SELECT s.code FROM Seller s "
                + "WHERE s.districtCode = :district)", from, to, Map.of("district", districtCode));
        Map<String, List<ReportEvidence>> reports = reports(" AND r.sellerCode IN (SELECT s.code FROM Seller s "
                + "WHERE s.districtCode = :district)", from, to, Map.of("district", districtCode));
        List<SellerHistory> histories = new ArrayList<>(codes.size());
        for (String code : codes) {
            histories.add(new SellerHistory(code, districtCode, feed.getOrDefault(code, List.of()),
                    reports.getOrDefault(code, List.of())));
        }
        return histories;
    }

    /**
     * The sellers of the whole country that made at least one report of the given kinds in the span, with all
     * their history: what the country-wide lag report needs, without reading the feed of sellers nobody reported
     * for.
     */
    @Transactional
    public List<SellerHistory> reportingSellers(Set<ReportKind> kinds, Instant from, Instant to) {
        String reporting = " IN (SELECT DISTINCT k.sellerCode FROM Report k WHERE k.reportedAt >= :from "
                + "AND k.reportedAt < :to AND k.undoneAt IS NULL AND k.kind IN :kinds)";
        Map<String, List<ReportEvidence>> reports = reports(" AND r.sellerCode" + reporting, from, to,
                Map.of("kinds", kinds));
        Map<String, List<FeedEvidence>> feed = feed(" AND h.sellerCode" + reporting, from, to,
                Map.of("kinds", kinds));
        DirectorySnapshot snapshot = directory.current();
        List<SellerHistory> histories = new ArrayList<>(reports.size());
        reports.forEach((code, made) -> histories.add(new SellerHistory(code,
                snapshot.seller(code).map(DirectorySeller::getDistrictCode).orElse(null),
                feed.getOrDefault(code, List.of()), made)));
        return histories;
    }

    private Map<String, List<FeedEvidence>> feed(String sellers, Instant from, Instant to,
            Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery("SELECT h.sellerCode, h.observedAt, h.band, h.stockAt, "
                + "h.createdAt FROM FeedHistoryEntry h WHERE h.observedAt >= :since AND h.observedAt < :to"
                + sellers, Object[].class);
        query.setParameter("since", from.minus(FEED_LOOKBACK)).setParameter("to", to);
        if (sellers.contains(":from")) {
            query.setParameter("from", from);
        }
        parameters.forEach(query::setParameter);
        Map<String, List<FeedEvidence>> bySeller = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            bySeller.computeIfAbsent((String) row[0], c -> new ArrayList<>()).add(new FeedEvidence(
                    new FeedState((StockBand) row[2], (Instant) row[3], (Instant) row[4]), (Instant) row[1]));
        }
        return bySeller;
    }

    private Map<String, List<ReportEvidence>> reports(String sellers, Instant from, Instant to,
            Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery("SELECT r.sellerCode, r.kind, r.amount, r.notice, r.reportedAt, "
                + "r.id FROM Report r WHERE r.reportedAt >= :from AND r.reportedAt < :to AND r.undoneAt IS NULL"
                + sellers + " ORDER BY r.sellerCode, r.reportedAt, r.id", Object[].class);
        query.setParameter("from", from).setParameter("to", to);
        parameters.forEach(query::setParameter);
        Map<String, List<ReportEvidence>> bySeller = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            bySeller.computeIfAbsent((String) row[0], c -> new ArrayList<>()).add(new ReportEvidence(
                    (ReportKind) row[1], (Integer) row[2], (String) row[3], (Instant) row[4], (Long) row[5]));
        }
        return bySeller;
    }
}
