package kr.maskportal.seller.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kr.maskportal.platform.DatabaseMigrations;
import kr.maskportal.seller.entity.Seller;

/**
 * The sellers in the database and the in-memory directory built from them: the one place that changes the seller
 * list after the first load (new sellers from the feed's store list, vanished ones) and republishes the directory.
 */
@ApplicationScoped
public class SellerCatalog {

    private static final Logger LOG = Logger.getLogger(SellerCatalog.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    SellerDirectory directory;

    private volatile PlaceReference places;

    /** The reference list of provinces and districts, read once: it changes only with a migration. */
    public PlaceReference places() {
        if (places == null) {
            try (var connection = dataSource.getConnection()) {
                places = new PlaceReferenceLoader().load(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("the reference list of provinces and districts could not be read", e);
            }
        }
        return places;
    }

    /** Rebuilds the directory from the database; vanished sellers stay stored but are no longer listed. */
    @Transactional
    public void publishDirectory(Instant at) {
        List<DirectorySeller> sellers = em.createQuery(
                        "SELECT s FROM Seller s WHERE s.vanishedAt IS NULL", Seller.class).getResultList().stream()
                .map(SellerCatalog::toDirectory)
                .toList();
        em.clear();
        PlaceReference reference = places();
        directory.publish(DirectorySnapshot.build(reference.provinces(), reference.districts(), sellers, at));
    }

    /**
     * Brings the stored sellers in line with a store list from the feed: new codes are added and placed in their
     * districts; when the list is complete, sellers missing from it are marked vanished and returning ones
     * un-marked. Nothing is deleted.
     */
    @Transactional
    public StoreListChange applyStoreList(Collection<SellerRow> listed, boolean complete, Instant at) {
        Map<String, Seller> stored = em.createQuery("SELECT s FROM Seller s", Seller.class).getResultList().stream()
                .collect(Collectors.toMap(Seller::getCode, Function.identity()));
        List<SellerRow> added = listed.stream().filter(row -> !stored.containsKey(row.code())).toList();
        if (!added.isEmpty()) {
            List<SellerRow> everyone = new ArrayList<>(stored.values().stream().map(SellerCatalog::toRow).toList());
            everyone.addAll(added);
            Map<String, Placement> placements = new DistrictPlacer(places()).placeAll(everyone);
            for (SellerRow row : added) {
                em.persist(SellerListLoader.toSeller(row, placements.get(row.code())));
            }
        }
        int vanished = 0;
        int returned = 0;
        if (complete) {
            Set<String> listedCodes = listed.stream().map(SellerRow::code).collect(Collectors.toSet());
            for (Seller seller : stored.values()) {
                boolean inList = listedCodes.contains(seller.getCode());
                if (!inList && !seller.isVanished()) {
                    seller.vanish(at);
                    vanished++;
                } else if (inList && seller.isVanished()) {
                    seller.reappear();
                    returned++;
                }
            }
        }
        var change = new StoreListChange(added.size(), vanished, returned);
        if (change.any()) {
            LOG.info(() -> "store list applied: " + change);
        }
        return change;
    }

    static DirectorySeller toDirectory(Seller s) {
        return new DirectorySeller(s.getCode(), s.getName(), s.getType(), s.getAddress(), s.getDistrictCode(),
                s.getLatitude() == null ? null : new GeoPoint(s.getLatitude(), s.getLongitude()));
    }

    private static SellerRow toRow(Seller s) {
        return new SellerRow(0, s.getCode(), s.getName(), s.getType(), s.getAddress(),
                s.getLatitude() == null ? null : new GeoPoint(s.getLatitude(), s.getLongitude()));
    }

    /** What one store list changed. */
    public record StoreListChange(int added, int vanished, int returned) {
        public boolean any() {
            return added + vanished + returned > 0;
        }
    }
}
