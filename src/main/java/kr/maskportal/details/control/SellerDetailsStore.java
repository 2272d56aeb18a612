package kr.maskportal.details.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import kr.maskportal.details.entity.DayHours;
import kr.maskportal.details.entity.DetailsChange;
import kr.maskportal.details.entity.OpeningDay;
import kr.maskportal.details.entity.PhoneNumber;
import kr.maskportal.details.entity.SellerDetails;
import kr.maskportal.platform.cluster.BoardChanged;
import kr.maskportal.platform.cluster.CatchUpMark;
import kr.maskportal.report.control.Reports;

/**
 * Sellers' details: saved only by a pharmacist bound to the seller (checked as for reports, by
 * {@link Reports#requireMayReport}), stored first, then put on the {@link DetailsBoard} and announced to the
 * cluster, so the public pages show them at once everywhere. The server's clock stamps every change.
 */
@ApplicationScoped
public class SellerDetailsStore {

    private static final Logger LOG = Logger.getLogger(SellerDetailsStore.class.getName());
    private static final String READ = "SELECT d.seller_code, d.phone, d.description, d.revision, h.day_code, "
            + "h.opens_at, h.closes_at FROM seller_details d "
            + "LEFT JOIN seller_hours h ON h.seller_code = d.seller_code ";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DetailsBoard board;

    @Inject
    Reports reports;

    @Inject
    Clock clock;

    @Inject
    Event<BoardChanged> changed;

    /** Revisions are settled after 5 s: no transaction that saves details takes that long. */
    private final CatchUpMark mark = new CatchUpMark(Duration.ofSeconds(5));

    /** Every seller's details from the database onto the board. */
    @Transactional
    public void restoreBoard() {
        follow(0);
    }

    /** The details other instances (or any other path) saved since the last look, by revision. */
    @Transactional
    public void followBoard() {
        follow(mark.readAfter(Instant.now()));
    }

    private void follow(long after) {
        Instant readAt = Instant.now();
        Map<String, Stored> read = read(READ + "WHERE d.revision > ?1", after);
        read.forEach((code, stored) -> board.put(code, stored.details(), stored.revision()));
        read.values().stream().mapToLong(Stored::revision).max().ifPresent(r -> mark.seen(r, readAt));
    }

    /** A seller's details as stored, for the pharmacist's form; {@link SellerDetails#NONE} when none were given. */
    @Transactional
    public SellerDetails read(String sellerCode) {
        Stored stored = read(READ + "WHERE d.seller_code = ?1", sellerCode).get(sellerCode);
        return stored == null ? SellerDetails.NONE : stored.details();
    }

    /** Who last saved the seller's details, and when; empty when nobody has. */
    @Transactional
    public Optional<LastChange> lastChange(String sellerCode) {
        return em.createQuery("SELECT a.displayName, c.changedAt FROM DetailsChange c, Account a "
                        + "WHERE a.id = c.accountId AND c.sellerCode = :code ORDER BY c.id DESC", Object[].class)
                .setParameter("code", sellerCode).setMaxResults(1).getResultList().stream()
                .map(r -> new LastChange((String) r[0], (Instant) r[1])).findFirst();
    }

    /**
     * Replaces a seller's details with those given (checked already by {@link SellerDetails#check}).
     *
     * @throws kr.maskportal.report.control.UnknownSeller   no such seller
     * @throws kr.maskportal.report.control.ReportForbidden the account is not bound to the seller (logged)
     */
    @Transactional
    public void save(long accountId, String sellerCode, SellerDetails details) {
        reports.requireMayReport(accountId, sellerCode);
        // one save of a seller at a time: the row is replaced, and two saves inserting it at once would collide
        em.createNativeQuery("SELECT code FROM seller WHERE code = ?1 FOR UPDATE").setParameter(1, sellerCode)
                .getResultList();
        DetailsChange change = new DetailsChange(sellerCode, accountId, clock.instant());
        em.persist(change);
        em.flush();
        long revision = change.getId();
        String phone = details.phone() == null ? null : details.phone().digits();
        em.createNativeQuery("DELETE FROM seller_hours WHERE seller_code = ?1").setParameter(1, sellerCode)
                .executeUpdate();
        int updated = em.createNativeQuery("UPDATE seller_details SET phone = ?1, description = ?2, revision = ?3 "
                        + "WHERE seller_code = ?4")
                .setParameter(1, phone).setParameter(2, details.description()).setParameter(3, revision)
                .setParameter(4, sellerCode).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO seller_details (seller_code, phone, description, revision) "
                            + "VALUES (?1, ?2, ?3, ?4)")
                    .setParameter(1, sellerCode).setParameter(2, phone).setParameter(3, details.description())
                    .setParameter(4, revision).executeUpdate();
        }
        details.hours().forEach((day, hours) -> em.createNativeQuery("INSERT INTO seller_hours "
                        + "(seller_code, day_code, opens_at, closes_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, sellerCode).setParameter(2, day.name()).setParameter(3, hours.opens())
                .setParameter(4, hours.closes()).executeUpdate());
        board.put(sellerCode, details, revision);
        changed.fire(new BoardChanged("details"));
        LOG.info(() -> "account " + accountId + " saved the details of seller " + sellerCode + " (revision "
                + revision + ")");
    }

    private Map<String, Stored> read(String sql, Object parameter) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, parameter).getResultList();
        Map<String, Builder> found = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Builder details = found.computeIfAbsent(((String) row[0]).strip(), code -> new Builder(
                    (String) row[1], (String) row[2], ((Number) row[3]).longValue()));
            if (row[4] != null) {
                String opens = (String) row[5];
                details.hours.put(OpeningDay.valueOf(((String) row[4]).strip()),
                        opens == null ? DayHours.CLOSED : DayHours.open(opens.strip(), ((String) row[6]).strip()));
            }
        }
        Map<String, Stored> stored = new LinkedHashMap<>();
        found.forEach((code, b) -> stored.put(code, new Stored(new SellerDetails(
                b.phone == null ? null : PhoneNumber.ofDigits(b.phone).orElse(null), b.hours, b.description),
                b.revision)));
        return stored;
    }

    private record Stored(SellerDetails details, long revision) {
    }

    private static final class Builder {
        final String phone;
        final String description;
        final long revision;
        final Map<OpeningDay, DayHours> hours = new EnumMap<>(OpeningDay.class);

        Builder(String phone, String description, long revision) {
            this.phone = phone;
            this.description = description;
            this.revision = revision;
        }
    }
}
