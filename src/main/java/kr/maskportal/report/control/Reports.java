package kr.maskportal.report.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import kr.maskportal.account.entity.Account;
import kr.maskportal.account.entity.Role;
import kr.maskportal.platform.cluster.BoardChanged;
import kr.maskportal.platform.DatabaseMigrations;
import kr.maskportal.platform.cluster.CatchUpMark;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.report.entity.InvalidReport;
import kr.maskportal.report.entity.Report;
import kr.maskportal.report.entity.ReportSource;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.stock.control.merge.ReportEvidence;

/**
 * Pharmacists' and point-of-sale vendors' reports: accepted only for a seller the reporting account or vendor is
 * bound to, stored first, then put on
 * the report board so the public pages show them at once. The server's clock stamps every report.
 */
@ApplicationScoped
public class Reports {

    private static final Logger LOG = Logger.getLogger(Reports.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ReportBoard board;

    /** The portal's database, for writing a batch's reports with one JDBC batch in the same transaction. */
    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

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
        return submit(ReportSource.person(accountId, apiTokenId), sellerCode, kind, number, notice);
    }

    /**
     * Stores a report of a person or a vendor, for a seller it is bound to, and puts it on the board.
     *
     * @throws UnknownSeller      no such seller
     * @throws ReportForbidden    the source is not bound to the seller (logged)
     * @throws kr.maskportal.report.entity.InvalidReport the report breaks a rule of its kind
     */
    @Transactional
    public StoredReport submit(ReportSource source, String sellerCode, ReportKind kind, Integer number,
            String notice) {
        requireBound(source, sellerCode);
        Report report = Report.of(sellerCode, kind, number, notice, clock.instant(), source);
        em.persist(report);
        em.flush();
        board.add(sellerCode, evidence(report), clock);
        changed.fire(new BoardChanged("report"));
        return StoredReport.of(report);
    }

    /**
     * Stores the good reports of a batch in one transaction and answers every item: stored, or why not. The rules
     * are {@link #submit}'s, item by item; one bad item never keeps the others out. The board changes once for the
     * whole batch (one page-cache invalidation, one cluster announcement), and reports of one seller count in the
     * order they were sent, the last the latest.
     */
    @Transactional
    public List<BatchOutcome> submitBatch(ReportSource source, List<BatchItem> items) {
        Set<String> codes = items.stream().map(BatchItem::sellerCode).collect(Collectors.toSet());
        Set<String> known = knownSellers(codes);
        Set<String> bound = mayReportFor(source, known);
        // as the database keeps it: the board then orders a batch's reports as every instance reading it back will
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Map<Integer, Report> accepted = new LinkedHashMap<>();
        Map<Integer, BatchOutcome> refused = new HashMap<>();
        for (BatchItem item : items) {
            if (!known.contains(item.sellerCode())) {
                refused.put(item.index(), BatchOutcome.refused(item.index(), BatchOutcome.Refusal.UNKNOWN_SELLER));
            } else if (!bound.contains(item.sellerCode())) {
                refused.put(item.index(), BatchOutcome.refused(item.index(), BatchOutcome.Refusal.NOT_BOUND));
            } else {
                try {
                    accepted.put(item.index(),
                            Report.of(item.sellerCode(), item.kind(), item.number(), item.notice(), now, source));
                } catch (InvalidReport invalid) {
                    refused.put(item.index(), BatchOutcome.invalid(item.index(), invalid));
                }
            }
        }
        long notBound = refused.values().stream().filter(o -> o.refusal() == BatchOutcome.Refusal.NOT_BOUND).count();
        if (notBound > 0) {
            LOG.warning(() -> describe(source) + " tried to report for " + notBound + " sellers it is not bound to "
                    + "in a batch: those refused");
        }
        Map<Integer, StoredReport> stored = store(accepted);
        if (!stored.isEmpty()) {
            board.addAll(stored.values().stream().map(r -> Map.entry(r.sellerCode(), evidence(r))).toList(), clock);
            changed.fire(new BoardChanged("report"));
        }
        return items.stream().map(item -> stored.containsKey(item.index())
                ? BatchOutcome.stored(item.index(), stored.get(item.index()))
                : refused.get(item.index())).toList();
    }

    /** The accepted reports of a batch written at once, in the order sent, by their place in the batch. */
    private Map<Integer, StoredReport> store(Map<Integer, Report> accepted) {
        if (accepted.isEmpty()) {
            return Map.of();
        }
        List<Report> reports = List.copyOf(accepted.values());
        List<Long> ids;
        try (Connection db = dataSource.getConnection()) {
            ids = ReportRows.insert(db, reports);
        } catch (SQLException e) {
            throw new PersistenceException("storing a batch of " + reports.size() + " reports failed", e);
        }
        Map<Integer, StoredReport> stored = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<Integer, Report> entry : accepted.entrySet()) {
            Report r = entry.getValue();
            stored.put(entry.getKey(), new StoredReport(ids.get(i++), r.getSellerCode(), r.getKind(), r.getAmount(),
                    r.getNotice(), r.getReportedAt(), false));
        }
        return stored;
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

    /**
     * Who made each of the given reports, by report id: the "who" of the pharmacist's list of today's reports, a
     * person's name or a vendor's.
     */
    @Transactional
    public Map<Long, Reporter> reporters(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> people = em.createQuery("SELECT r.id, a.displayName, r.apiTokenId FROM Report r, Account a "
                        + "WHERE a.id = r.accountId AND r.id IN :ids", Object[].class)
                .setParameter("ids", reportIds).getResultList();
        List<Object[]> vendors = em.createQuery("SELECT r.id, v.name FROM Report r, Vendor v "
                        + "WHERE v.id = r.vendorId AND r.id IN :ids", Object[].class)
                .setParameter("ids", reportIds).getResultList();
        Map<Long, Reporter> who = new HashMap<>();
        people.forEach(r -> who.put((Long) r[0], new Reporter((String) r[1], r[2] != null)));
        vendors.forEach(r -> who.put((Long) r[0], new Reporter((String) r[1], true)));
        return Map.copyOf(who);
    }

    /**
     * The author of a report as the pharmacist's page names it.
     *
     * @param pointOfSale whether it came through a point-of-sale token rather than the form
     */
    public record Reporter(String displayName, boolean pointOfSale) {
    }

    private void requireBound(long accountId, String sellerCode) {
        requireBound(ReportSource.person(accountId, null), sellerCode);
    }

    private void requireBound(ReportSource source, String sellerCode) {
        if (knownSellers(Set.of(sellerCode)).isEmpty()) {
            throw new UnknownSeller(sellerCode);
        }
        if (mayReportFor(source, Set.of(sellerCode)).isEmpty()) {
            LOG.warning(() -> describe(source) + " tried to report for seller " + sellerCode
                    + ", which it is not bound to: refused");
            throw new ReportForbidden(describe(source) + " is not bound to seller " + sellerCode);
        }
    }

    private Set<String> knownSellers(Set<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT s.code FROM Seller s WHERE s.code IN :codes", String.class)
                .setParameter("codes", codes).getResultList());
    }

    /** Those of the codes the source may report for: an enabled account's sellers, or the vendor's. */
    private Set<String> mayReportFor(ReportSource source, Set<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        List<String> ordered = List.copyOf(codes);
        String marks = String.join(", ", Collections.nCopies(ordered.size(), "?"));
        var query = source.isVendor()
                ? em.createNativeQuery("SELECT seller_code FROM vendor_seller WHERE vendor_id = ? "
                        + "AND seller_code IN (" + marks + ")")
                : em.createNativeQuery("SELECT a.seller_code FROM account_seller a JOIN account c ON c.id = a.account_id "
                        + "WHERE a.account_id = ? AND c.enabled = TRUE AND a.seller_code IN (" + marks + ")");
        query.setParameter(1, source.isVendor() ? source.vendorId() : source.accountId());
        for (int i = 0; i < ordered.size(); i++) {
            query.setParameter(i + 2, ordered.get(i));
        }
        return ((List<?>) query.getResultList()).stream().map(Object::toString).collect(Collectors.toSet());
    }

    private static String describe(ReportSource source) {
        return source.isVendor() ? "vendor " + source.vendorId() + " (token " + source.apiTokenId() + ")"
                : "account " + source.accountId();
    }

    private static ReportEvidence evidence(StoredReport report) {
        return new ReportEvidence(report.kind(), report.number(), report.notice(), report.reportedAt(), report.id());
    }

    private static ReportEvidence evidence(Report report) {
        return new ReportEvidence(report.getKind(), report.getAmount(), report.getNotice(), report.getReportedAt(),
                report.getId());
    }
}
