package kr.maskportal.seller.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import kr.maskportal.seller.entity.Seller;
import kr.maskportal.seller.entity.SellerFileProblemEntry;

/**
 * At start-up, fills an empty database with the national seller list shipped in the WAR, placing every seller in
 * its district, and then builds the in-memory directory the public pages read. A database that already holds
 * sellers is left as it is, so starting twice never duplicates them.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class SellerListLoader {

    static final String SELLER_LIST = "seed/sellers-2020-03-14.csv.gz";

    private static final Logger LOG = Logger.getLogger(SellerListLoader.class.getName());
    private static final int FLUSH_EVERY = 1_000;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    SellerCatalog catalog;

    @Inject
    Clock clock;

    @PostConstruct
    void start() {
        PlaceReference places = catalog.places();
        long stored = em.createQuery("SELECT COUNT(s) FROM Seller s", Long.class).getSingleResult();
        if (stored == 0) {
            loadSellerList(places);
        } else {
            LOG.info(() -> "sellers already loaded: " + stored);
        }
        catalog.publishDirectory(clock.instant());
    }

    private void loadSellerList(PlaceReference places) {
        SellerFileContents file = readSellerList();
        Map<String, Placement> placements = new DistrictPlacer(places).placeAll(file.rows());
        try {
            transaction.setTransactionTimeout(600);
            transaction.begin();
            int written = 0;
            for (SellerRow row : file.rows()) {
                em.persist(toSeller(row, placements.get(row.code())));
                if (++written % FLUSH_EVERY == 0) {
                    em.flush();
                    em.clear();
                }
            }
            for (SellerFileProblem problem : file.problems()) {
                em.persist(new SellerFileProblemEntry(SELLER_LIST, problem.lineNumber(), problem.reason().name(),
                        problem.rawText()));
            }
            transaction.commit();
        } catch (Exception e) {
            rollback();
            throw new IllegalStateException("the seller list could not be stored; nothing of it was kept", e);
        }
        logSummary(file, placements);
    }

    static Seller toSeller(SellerRow row, Placement placement) {
        GeoPoint at = row.location();
        var seller = new Seller(row.code(), row.name(), row.type(), row.address(),
                at == null ? null : at.latitude(), at == null ? null : at.longitude());
        seller.place(placement.districtCode(), placement.placedBy().name(),
                placement.unplacedReason() == null ? null : placement.unplacedReason().name());
        return seller;
    }

    private static SellerFileContents readSellerList() {
        try (InputStream in = new GZIPInputStream(
                SellerListLoader.class.getClassLoader().getResourceAsStream(SELLER_LIST))) {
            return new SellerFileReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the seller list shipped in the WAR is unreadable", e);
        }
    }

    private static void logSummary(SellerFileContents file, Map<String, Placement> placements) {
        Map<PlacedBy, Integer> byMethod = new EnumMap<>(PlacedBy.class);
        placements.values().forEach(p -> byMethod.merge(p.placedBy(), 1, Integer::sum));
        LOG.info(() -> file.rows().size() + " sellers loaded from " + SELLER_LIST + "; placed by " + byMethod
                + "; " + file.skippedCount() + " rows skipped, " + file.problems().size() + " rows with problems");
        file.problems().forEach(p -> LOG.warning(() -> SELLER_LIST + " line " + p.lineNumber() + ": " + p.reason()
                + (p.rowSkipped() ? " (skipped)" : " (kept)")));
        placements.forEach((code, p) -> {
            if (p.districtCode() == null) {
                LOG.warning(() -> "seller " + code + " not placed in any district: " + p.unplacedReason());
            }
        });
    }

    private void rollback() {
        try {
            transaction.rollback();
        } catch (Exception ignored) {
            // the original failure is what matters; the transaction is gone either way
        }
    }
}
