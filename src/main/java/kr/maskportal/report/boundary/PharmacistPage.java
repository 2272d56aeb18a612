package kr.maskportal.report.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.maskportal.account.boundary.CurrentStaff;
import kr.maskportal.account.control.AccountView;
import kr.maskportal.platform.DatabaseHealth;
import kr.maskportal.platform.persistence.DatabaseOutage;
import kr.maskportal.platform.web.StaffResponses;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.report.control.ReportForbidden;
import kr.maskportal.report.control.Reports;
import kr.maskportal.report.control.StoredReport;
import kr.maskportal.report.control.UnknownSeller;
import kr.maskportal.report.entity.InvalidReport;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.boundary.StatusView;
import kr.maskportal.stock.control.StatusSettings;
import kr.maskportal.stock.control.StockBoard;
import kr.maskportal.stock.control.forecast.ForecastBoard;
import kr.maskportal.stock.control.merge.StatusMerge;

/**
 * {@code /pharmacist}: the signed-in pharmacist's sellers, each with its status as residents see it now, one-tap
 * reports, short forms, undo, and today's reports. Every form is a plain post of a stateful view (its view state and
 * the form token are the CSRF defence). A stored report or an undo answers with a redirect to the page, which names
 * what was done, so that reloading it never reports twice; a refused one shows the form again with the problem by the
 * field. While the database cannot be reached the page is built from {@link PharmacistMemory} and the boards in
 * memory, and a report or an undo is answered "not saved, send again" by the field, with what was typed kept: never a
 * false confirmation, never an error page.
 */
@Named
@RequestScoped
public class PharmacistPage {

    static final String PATH = "/pharmacist";
    static final String NOT_SAVED = "pharmacist.notSaved";

    @Inject
    Reports reports;

    @Inject
    CurrentStaff staff;

    @Inject
    SellerDirectory directory;

    @Inject
    StockBoard stock;

    @Inject
    ForecastBoard forecasts;

    @Inject
    ReportBoard reportBoard;

    @Inject
    StatusSettings settings;

    @Inject
    Clock clock;

    @Inject
    PharmacistMemory memory;

    @Inject
    DatabaseHealth database;

    private Optional<Long> accountId;
    private List<SellerPanel> sellers;
    private final List<FieldError> errors = new ArrayList<>();
    private Long stored;
    private Long undone;
    private String nothingToUndo;
    private boolean todayUnavailable;

    /** View action: only an enabled pharmacist account has sellers to report for. */
    public void load() {
        if (accountId().isEmpty()) {
            StaffResponses.error(403);
        }
    }

    /** A one-tap report, or one of the short forms; the kind names which. */
    public void report(ReportInput input, ReportKind kind) {
        Optional<Long> account = accountId();
        if (account.isEmpty()) {
            StaffResponses.error(403);
            return;
        }
        try {
            Integer number = null;
            if (kind.carriesNumber()) {
                NumberInput typed = NumberInput.parse(input.typed(kind));
                if (!typed.readable()) {
                    // A post for someone else's seller is refused as such, whatever else is wrong with it.
                    reports.requireMayReport(account.get(), input.getSeller());
                    refuse(input, kind, ReportWords.NOT_A_NUMBER);
                    return;
                }
                number = typed.value();
            }
            String notice = kind.carriesText() ? input.typed(kind) : null;
            StoredReport report = reports.submit(account.get(), null, input.getSeller(), kind, number, notice);
            StaffResponses.redirect(PATH + "?" + "stored=" + report.getId());
        } catch (InvalidReport e) {
            refuse(input, kind, e.problem().name());
        } catch (ReportForbidden e) {
            StaffResponses.error(403);
        } catch (UnknownSeller e) {
            StaffResponses.error(404);
        } catch (RuntimeException e) {
            notSaved(e, new SellerForms(input.row()).field(kind));
        }
    }

    /** Takes back this account's latest report of today for the seller. */
    public void undo(ReportInput input) {
        Optional<Long> account = accountId();
        if (account.isEmpty()) {
            StaffResponses.error(403);
            return;
        }
        try {
            Optional<StoredReport> taken = reports.undoLast(account.get(), input.getSeller());
            StaffResponses.redirect(PATH + "?" + taken.map(r -> "undone=" + r.getId()).orElse("nothingToUndo=" + input.getSeller()));
        } catch (ReportForbidden e) {
            StaffResponses.error(403);
        } catch (UnknownSeller e) {
            StaffResponses.error(404);
        } catch (RuntimeException e) {
            notSaved(e, new SellerForms(input.row()).getUndo() + ":" + SellerForms.SELLER_FIELD);
        }
    }

    /**
     * A report or an undo the database could not store: said by the field, what was typed stays in it. Anything
     * else that failed is a fault and goes on to the error page.
     */
    private void notSaved(RuntimeException failure, String fieldId) {
        if (!DatabaseOutage.causedBy(failure)) {
            throw failure;
        }
        database.failed(clock.instant());
        errors.add(new FieldError(fieldId, NOT_SAVED, null, null));
    }

    public List<SellerPanel> getSellers() {
        if (sellers == null) {
            sellers = accountId().map(this::panels).orElse(List.of());
        }
        return sellers;
    }

    /**
     * What the last post did, from the address it redirected to; null when there is nothing to say. Only reports of
     * this account's own sellers are named, whatever number the address carries.
     */
    public Confirmation getConfirmation() {
        for (SellerPanel seller : getSellers()) {
            for (ReportLine line : seller.getToday()) {
                if (stored != null && line.id() == stored) {
                    return Confirmation.stored(seller, line);
                }
                if (undone != null && line.id() == undone) {
                    return Confirmation.undone(seller, line);
                }
            }
            if (seller.getCode().equals(nothingToUndo)) {
                return Confirmation.nothingToUndo(seller);
            }
        }
        return null;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public boolean isFailed() {
        return !errors.isEmpty();
    }

    public boolean hasError(String fieldId) {
        return errors.stream().anyMatch(e -> e.fieldId().equals(fieldId));
    }

    /** The messages shown by one field; the summary shows them all. */
    public List<FieldError> errorsFor(String fieldId) {
        return errors.stream().filter(e -> e.fieldId().equals(fieldId)).toList();
    }

    /** True when today's reports could not be read: the page says so instead of "none yet". */
    public boolean isTodayUnavailable() {
        getSellers();
        return todayUnavailable;
    }

    private List<SellerPanel> panels(long account) {
        Instant now = clock.instant();
        DirectorySnapshot places = directory.current();
        List<String> codes;
        Map<String, List<StoredReport>> today = new LinkedHashMap<>();
        Map<Long, Reports.Reporter> who;
        try {
            codes = reports.boundSellers(account);
            memory.rememberSellers(account, codes);
            codes.forEach(code -> today.put(code, reports.today(code)));
            who = reports.reporters(today.values().stream().flatMap(List::stream).map(StoredReport::getId).toList());
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            database.failed(now);
            todayUnavailable = true;
            codes = memory.sellers(account);
            today.clear();
            codes.forEach(code -> today.put(code, List.of()));
            who = Map.of();
        }
        Map<Long, Reports.Reporter> reporters = who;
        return codes.stream()
                .map(code -> new SellerPanel(code, places.seller(code).orElse(null),
                        new StatusView(StatusMerge.merge(stock.feedEvidence(code), reportBoard.reports(code), now,
                                settings.merge(), forecasts.forecast(code, places.seller(code)
                                        .map(DirectorySeller::getDistrictCode).orElse(null))), now),
                        today.get(code).stream().map(r -> new ReportLine(r, reporters.get(r.getId()))).toList()))
                .toList();
    }

    private Optional<Long> accountId() {
        if (accountId == null) {
            AccountView account = staff.getAccount();
            accountId = account == null ? Optional.empty() : pharmacistId(account.getLogin());
        }
        return accountId;
    }

    private Optional<Long> pharmacistId(String login) {
        try {
            Optional<Long> id = reports.pharmacistId(login);
            id.ifPresent(found -> memory.rememberAccount(login, found));
            return id;
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            database.failed(clock.instant());
            return memory.account(login);
        }
    }

    private void refuse(ReportInput input, ReportKind kind, String problem) {
        String typed = input.typed(kind);
        Object sent = kind.carriesText() && typed != null ? typed.strip().codePointCount(0, typed.strip().length())
                : null;
        errors.add(new FieldError(new SellerForms(input.row()).field(kind), ReportWords.problem(problem, kind),
                ReportWords.largest(kind), sent));
    }

    public Long getStored() {
        return stored;
    }

    public void setStored(Long stored) {
        this.stored = stored;
    }

    public Long getUndone() {
        return undone;
    }

    public void setUndone(Long undone) {
        this.undone = undone;
    }

    public String getNothingToUndo() {
        return nothingToUndo;
    }

    public void setNothingToUndo(String nothingToUndo) {
        this.nothingToUndo = nothingToUndo;
    }
}
