package kr.maskportal.vendor.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kr.maskportal.platform.DatabaseMigrations;
import kr.maskportal.vendor.entity.Vendor;

/**
 * Point-of-sale vendors as administrators keep them: registered with a name and a contact, bound to the sellers of
 * an uploaded list (previewed first, then saved in one transaction that replaces the list). Every change is logged
 * with the administrator who made it. The vendor's tokens are {@code ApiTokens}'.
 */
@ApplicationScoped
public class Vendors {

    /** Codes per {@code IN (…)} when looking sellers up: well inside every database's limit on parameters. */
    static final int LOOK_UP_CHUNK = 1_000;
    /** Rows per JDBC batch when binding a list. */
    static final int INSERT_BATCH = 1_000;
    /** How many of a vendor's sellers its page lists; the count is always whole. */
    public static final int LISTED_SELLERS = 200;

    private static final Logger LOG = Logger.getLogger(Vendors.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    /** A vendor registered, or the problems that kept it from being registered (nothing stored then). */
    public record Registration(Long id, List<VendorChecks.Problem> problems) {
    }

    @Transactional
    public Registration register(String actor, String name, String contact) {
        List<VendorChecks.Problem> problems = VendorChecks.check(name, contact);
        if (!problems.isEmpty()) {
            LOG.info(() -> "vendor administration: " + actor + " tried to register a vendor, refused: "
                    + problems.stream().map(p -> p.field() + "." + p.reason()).toList());
            return new Registration(null, problems);
        }
        Vendor vendor = new Vendor(name.strip(), contact.strip(), clock.instant());
        em.persist(vendor);
        em.flush();
        LOG.info(() -> "vendor administration: " + actor + " registered vendor " + vendor.getId());
        return new Registration(vendor.getId(), List.of());
    }

    /** Every vendor, oldest first, with its number of sellers, its working tokens and their last use. */
    @Transactional
    public List<VendorView> all() {
        return em.createQuery("SELECT v FROM Vendor v ORDER BY v.id", Vendor.class).getResultList().stream()
                .map(this::view).toList();
    }

    @Transactional
    public Optional<VendorView> find(long id) {
        return Optional.ofNullable(em.find(Vendor.class, id)).map(this::view);
    }

    /** Vendors are a handful, so a few small queries each. */
    private VendorView view(Vendor vendor) {
        Instant now = clock.instant();
        long working = em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.vendorId = :vendor "
                        + "AND t.revokedAt IS NULL AND (t.expiresAt IS NULL OR t.expiresAt > :now)", Long.class)
                .setParameter("vendor", vendor.getId()).setParameter("now", now).getSingleResult();
        Instant lastUse = em.createQuery("SELECT t.lastUsedAt FROM ApiToken t WHERE t.vendorId = :vendor "
                        + "AND t.lastUsedAt IS NOT NULL ORDER BY t.lastUsedAt DESC", Instant.class)
                .setParameter("vendor", vendor.getId()).setMaxResults(1).getResultStream().findFirst().orElse(null);
        return new VendorView(vendor.getId(), vendor.getName(), vendor.getContact(), vendor.getCreatedAt(),
                boundCount(vendor.getId()), working, lastUse);
    }

    /** The first {@value #LISTED_SELLERS} sellers the vendor is bound to, by code: [code, name]. */
    @Transactional
    public List<String[]> sellers(long vendorId) {
        List<Object[]> rows = em.createNativeQuery("SELECT s.code, s.name FROM vendor_seller b JOIN seller s "
                        + "ON s.code = b.seller_code WHERE b.vendor_id = ?1 ORDER BY s.code")
                .setParameter(1, vendorId).setMaxResults(LISTED_SELLERS).getResultList();
        return rows.stream().map(r -> new String[] {(String) r[0], (String) r[1]}).toList();
    }

    /** What saving the list would do; nothing is stored. */
    @Transactional
    public SellerListPreview preview(long vendorId, SellerListFile file) {
        Map<String, String> names = sellerNames(file.candidates().stream().map(SellerListFile.Candidate::code).toList());
        List<PreviewRow> bound = new ArrayList<>();
        List<PreviewRow> refused = new ArrayList<>(file.refused().stream().map(PreviewRow::refused).toList());
        for (SellerListFile.Candidate candidate : file.candidates()) {
            String name = names.get(candidate.code());
            if (name == null) {
                refused.add(PreviewRow.refused(new SellerListFile.Refused(candidate.line(), candidate.code(),
                        SellerListFile.Reason.UNKNOWN_SELLER, null)));
            } else {
                bound.add(PreviewRow.bound(candidate.line(), candidate.code(), name));
            }
        }
        refused.sort(Comparator.comparingInt(PreviewRow::getLine));
        return new SellerListPreview(bound, refused, boundCount(vendorId));
    }

    /**
     * Binds the vendor to exactly these sellers, in one transaction: the list replaces the one before. Codes no
     * seller has (the preview showed them refused; a hand-made post may still send them) are left out.
     *
     * @return how many sellers the vendor is bound to now
     * @throws NoSuchVendor when there is no such vendor
     */
    @Transactional
    public int bind(String actor, long vendorId, Collection<String> codes) {
        if (em.find(Vendor.class, vendorId) == null) {
            throw new NoSuchVendor(vendorId);
        }
        Set<String> known = sellerNames(List.copyOf(new LinkedHashSet<>(codes))).keySet();
        int before = boundCount(vendorId);
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM vendor_seller WHERE vendor_id = ?")) {
                delete.setLong(1, vendorId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = db.prepareStatement(
                    "INSERT INTO vendor_seller (vendor_id, seller_code) VALUES (?, ?)")) {
                int pending = 0;
                for (String code : known) {
                    insert.setLong(1, vendorId);
                    insert.setString(2, code);
                    insert.addBatch();
                    if (++pending == INSERT_BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("binding vendor " + vendorId + " failed", e);
        }
        LOG.info(() -> "vendor administration: " + actor + " bound vendor " + vendorId + " to " + known.size()
                + " sellers (before: " + before + ")");
        return known.size();
    }

    private int boundCount(long vendorId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM vendor_seller WHERE vendor_id = ?1")
                .setParameter(1, vendorId).getSingleResult()).intValue();
    }

    /** The names of those of the codes that are sellers, by code. */
    private Map<String, String> sellerNames(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        for (int from = 0; from < codes.size(); from += LOOK_UP_CHUNK) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + LOOK_UP_CHUNK));
            em.createQuery("SELECT s.code, s.name FROM Seller s WHERE s.code IN :codes", Object[].class)
                    .setParameter("codes", chunk).getResultList()
                    .forEach(r -> names.put((String) r[0], (String) r[1]));
        }
        return names;
    }
}
