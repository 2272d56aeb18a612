package kr.maskportal.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import kr.maskportal.account.entity.Account;
import kr.maskportal.account.entity.Role;
import kr.maskportal.platform.cluster.BoardChanged;
import kr.maskportal.platform.cluster.CatchUpMark;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.entity.Report;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.stock.control.merge.ReportEvidence;

/**
 * Pharmacists' reports: accepted only for a seller the reporting account is bound to, stored first, then put on
 * the report board so the public pages show them at once. The server's clock stamps every report.
 */
@ApplicationScoped
public class Reports {

    private static final Logger LOG = Logger.getLogger(Reports.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ReportBoard board;

    @Inject
    Clock clock;

    @Inject
    Event<BoardChanged> changed;

    /** Report ids are settled after 5 s: no transaction that stores a report takes that long. */
    private final CatchUpMark mark = new CatchUpMark(Duration.ofSeconds(5));

    /** Today's reports from the database onto the board, so a restart shows what was reported before it. */
    @Transactional
    public void restoreBoard() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Korea.ZONE);
        Instant midnight = today.atStartOfDay(Korea.ZONE).toInstant();
        List<Report> reports = em.createQuery("SELECT r FROM Report r WHERE r.reportedAt >= :midnight "
                        + "AND r.undoneAt IS NULL", Report.class)
                .setParameter("midnight", midnight).getResultList();
        board.restore(reports.stream().map(r -> Map.entry(r.getSellerCode(), evidence(r))).toList(), today);
        reports.stream().mapToLong(Report::getId).max().ifPresent(id -> mark.seen(id, Instant.now()));
        em.clear();
    }

    /**
     * Today's reports that other instances (or any other path) stored or took back since the last look, onto the
     * board: the new ones by id from the catch-up mark, the undone ones all (there are few, read by undo time).
     */
    @Transactional
    public void followBoard() {
        Instant midnight = LocalDate.ofInstant(clock.instant(), Korea.ZONE).atStartOfDay(Korea.ZONE).toInstant();
        Instant readAt = Instant.now();
        List<Report> stored = em.createQuery("SELECT r FROM Report r WHERE r.id > :after "
                        + "AND r.reportedAt >= :midnight AND r.undoneAt IS NULL ORDER BY r.id", Report.class)
                .setParameter("after", mark.readAfter(readAt)).setParameter("midnight", midnight).getResultList();
        List<Object[]> undone = em.createQuery("SELECT r.sellerCode, r.id FROM Report r "
                        + "WHERE r.undoneAt >= :midnight AND r.reportedAt >= :midnight", Object[].class)
                .setParameter("midnight", midnight).getResultList();
        board.follow(stored.stream().map(r -> Map.entry(r.getSellerCode(), evidence(r))).toList(),
                undone.stream().map(r -> Map.entry((String) r[0], (Long) r[1])).toList(), clock);
        stored.stream().mapToLong(Report::getId).max().ifPresent(id -> mark.seen(id, readAt));
        em.clear();
    }

    /**
     * Stores a report for a seller the account is bound to and puts it on the board.
     *
     * @param apiTokenId the point-of-sale token the report came through, or null for a person at the form
     * @throws UnknownSeller      no such seller
     * @throws ReportForbidden    the account is not bound to the seller (logged)
     * @throws kr.maskportal.report.entity.InvalidReport the report breaks a rule of its kind
     */
    @Transactional
    public StoredReport submit(long accountId, Long apiTokenId, String sellerCode, ReportKind kind, Integer number,
            String notice) {
        requireBound(accountId, sellerCode);
        Report report = Report.of(sellerCode, kind, number, notice, clock.instant(), accountId, apiTokenId);
        em.persist(report);
        em.flush();
        board.add(sellerCode, evidence(report), clock);
        changed.fire(new BoardChanged("report"));
        return StoredReport.of(report);
    }

    /** Takes back the account's latest report of today for the seller, if any. */
    @Transactional
    public Optional<StoredReport> undoLast(long accountId, String sellerCode) {
        requireBound(accountId, sellerCode);
        Instant midnight = LocalDate.ofInstant(clock.instant(), Korea.ZONE).atStartOfDay(Korea.ZONE).toInstant();
        List<Report> latest = em.createQuery("SELECT r FROM Report r WHERE r.sellerCode = :seller "
                        + "AND r.accountId = :account AND r.undoneAt IS NULL AND r.reportedAt >= :midnight "
                        + "ORDER BY r.reportedAt DESC, r.id DESC", Report.class)
                .setParameter("seller", sellerCode).setParameter("account", accountId)
                .setParameter("midnight", midnight).setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Report report = latest.get(0);
        report.undo(clock.instant());
        board.remove(sellerCode, report.getId());
        changed.fire(new BoardChanged("report"));
        return Optional.of(StoredReport.of(report));
    }

    /** Today's reports for one seller, newest first, undone ones included, for the pharmacist's own page. */
    @Transactional
    public List<StoredReport> today(String sellerCode) {
        Instant midnight = LocalDate.ofInstant(clock.instant(), Korea.ZONE).atStartOfDay(Korea.ZONE).toInstant();
        return em.createQuery("SELECT r FROM Report r WHERE r.sellerCode = :seller AND r.reportedAt >= :midnight "
                        + "ORDER BY r.reportedAt DESC, r.id DESC", Report.class)
                .setParameter("seller", sellerCode).setParameter("midnight", midnight)
                .getResultList().stream().map(StoredReport::of).toList();
    }

    /** The seller codes an account may report for. */
    @Transactional
    public List<String> boundSellers(long accountId) {
        return em.createNativeQuery("SELECT seller_code FROM account_seller WHERE account_id = ?1 ORDER BY seller_code")
                .setParameter(1, accountId).getResultList().stream().map(Object::toString).toList();
    }

    /**
     * Refuses as {@link #submit} would when the account may not report for the seller (logged), for a form that
     * must answer that before it complains about what was typed.
     *
     * @throws UnknownSeller   no such seller
     * @throws ReportForbidden the account is not bound to the seller
     */
    @Transactional
    public void requireMayReport(long accountId, String sellerCode) {
        requireBound(accountId, sellerCode);
    }

    /**
     * The id of an enabled pharmacist account, by the login it signed in with: what the report form passes to
     * {@link #submit}. Empty for any other account, so a page never reports on behalf of an official.
     */
    @Transactional
    public Optional<Long> pharmacistId(String login) {
        return em.createQuery("SELECT a.id FROM Account a WHERE a.login = :login AND a.enabled = TRUE "
                        + "AND a.role = :role", Long.class)
                .setParameter("login", Account.normaliseLogin(login)).setParameter("role", Role.PHARMACIST)
                .getResultList().stream().findFirst();
    }

    /** Who made each of the given reports, by report id: the "who" of the pharmacist's list of today's reports. */
    @Transactional
    public Map<Long, Reporter> reporters(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("SELECT r.id, a.displayName, r.apiTokenId FROM Report r, Account a "
                        + "WHERE a.id = r.accountId AND r.id IN :ids", Object[].class)
                .setParameter("ids", reportIds).getResultList();
        return rows.stream().collect(Collectors.toUnmodifiableMap(r -> (Long) r[0],
                r -> new Reporter((String) r[1], r[2] != null)));
    }

    /**
     * The author of a report as the pharmacist's page names it.
     *
     * @param pointOfSale whether it came through a point-of-sale token rather than the form
     */
    public record Reporter(String displayName, boolean pointOfSale) {
    }

    private void requireBound(long accountId, String sellerCode) {
        long sellers = em.createQuery("SELECT COUNT(s) FROM Seller s WHERE s.code = :code", Long.class)
                .setParameter("code", sellerCode).getSingleResult();
        if (sellers == 0) {
            throw new UnknownSeller(sellerCode);
        }
        Number bound = (Number) em.createNativeQuery("SELECT COUNT(*) FROM account_seller a JOIN account c "
                        + "ON c.id = a.account_id WHERE a.account_id = ?1 AND a.seller_code = ?2 AND c.enabled = TRUE")
                .setParameter(1, accountId).setParameter(2, sellerCode).getSingleResult();
        if (bound.longValue() == 0) {
            LOG.warning(() -> "account " + accountId + " tried to report for seller " + sellerCode
                    + ", which it is not bound to: refused");
            throw new ReportForbidden("account " + accountId + " is not bound to seller " + sellerCode);
        }
    }

    private static ReportEvidence evidence(Report report) {
        return new ReportEvidence(report.getKind(), report.getAmount(), report.getNotice(), report.getReportedAt(),
                report.getId());
    }
}
