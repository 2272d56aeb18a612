package kr.maskportal.report.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kr.maskportal.account.boundary.CurrentStaff;
import kr.maskportal.account.control.AccountView;
import kr.maskportal.report.control.ReportBoard;
import kr.maskportal.report.control.ReportForbidden;
import kr.maskportal.report.control.Reports;
import kr.maskportal.report.control.StoredReport;
import kr.maskportal.report.control.UnknownSeller;
import kr.maskportal.report.entity.InvalidReport;
import kr.maskportal.report.entity.ReportKind;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;
import kr.maskportal.stock.boundary.StatusView;
import kr.maskportal.stock.control.StatusSettings;
import kr.maskportal.stock.control.StockBoard;
import kr.maskportal.stock.control.merge.StatusMerge;

/**
 * {@code /pharmacist}: the signed-in pharmacist's sellers, each with its status as residents see it now, one-tap
 * reports, short forms, undo, and today's reports. Every form is a plain post of a stateful view (its view state and
 * the form token are the CSRF defence). A stored report or an undo answers with a redirect to the page, which names what was done, so
 * that reloading it never reports twice; a refused one shows the form again with the problem by the field.
 */
@Named
@RequestScoped
public class PharmacistPage {

    static final String PATH = "/pharmacist";

    @Inject
    Reports reports;

    @Inject
    CurrentStaff staff;

    @Inject
    SellerDirectory directory;

    @Inject
    StockBoard stock;

    @Inject
    ReportBoard reportBoard;

    @Inject
    StatusSettings settings;

    @Inject
    Clock clock;

    private Optional<Long> accountId;
    private List<SellerPanel> sellers;
    private final List<FieldError> errors = new ArrayList<>();
    private Long stored;
    private Long undone;
    private String nothingToUndo;

    /** View action: only an enabled pharmacist account has sellers to report for. */
    public void load() {
        if (accountId().isEmpty()) {
            respond(403);
        }
    }

    /** A one-tap report, or one of the short forms; the kind names which. */
    public void report(ReportInput input, ReportKind kind) {
        Optional<Long> account = accountId();
        if (account.isEmpty()) {
            respond(403);
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
            redirect("stored=" + report.getId());
        } catch (InvalidReport e) {
            refuse(input, kind, e.problem().name());
        } catch (ReportForbidden e) {
            respond(403);
        } catch (UnknownSeller e) {
            respond(404);
        }
    }

    /** Takes back this account's latest report of today for the seller. */
    public void undo(ReportInput input) {
        Optional<Long> account = accountId();
        if (account.isEmpty()) {
            respond(403);
            return;
        }
        try {
            Optional<StoredReport> taken = reports.undoLast(account.get(), input.getSeller());
            redirect(taken.map(r -> "undone=" + r.getId()).orElse("nothingToUndo=" + input.getSeller()));
        } catch (ReportForbidden e) {
            respond(403);
        } catch (UnknownSeller e) {
            respond(404);
        }
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

    private List<SellerPanel> panels(long account) {
        Instant now = clock.instant();
        DirectorySnapshot places = directory.current();
        List<String> codes = reports.boundSellers(account);
        Map<String, List<StoredReport>> today = new LinkedHashMap<>();
        codes.forEach(code -> today.put(code, reports.today(code)));
        Map<Long, Reports.Reporter> who = reports.reporters(
                today.values().stream().flatMap(List::stream).map(StoredReport::getId).toList());
        return codes.stream()
                .map(code -> new SellerPanel(code, places.seller(code).orElse(null),
                        new StatusView(StatusMerge.merge(stock.feedEvidence(code), reportBoard.reports(code), now,
                                settings.merge()), now),
                        today.get(code).stream().map(r -> new ReportLine(r, who.get(r.getId()))).toList()))
                .toList();
    }

    private Optional<Long> accountId() {
        if (accountId == null) {
            AccountView account = staff.getAccount();
            accountId = account == null ? Optional.empty() : reports.pharmacistId(account.getLogin());
        }
        return accountId;
    }

    private void refuse(ReportInput input, ReportKind kind, String problem) {
        String typed = input.typed(kind);
        Object sent = kind.carriesText() && typed != null ? typed.strip().codePointCount(0, typed.strip().length())
                : null;
        errors.add(new FieldError(new SellerForms(input.row()).field(kind), ReportWords.problem(problem, kind),
                ReportWords.largest(kind), sent));
    }

    private static void redirect(String query) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + PATH + "?" + query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void respond(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
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
