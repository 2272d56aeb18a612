package kr.maskportal.details.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kr.maskportal.account.boundary.CurrentStaff;
import kr.maskportal.account.control.AccountView;
import kr.maskportal.details.control.LastChange;
import kr.maskportal.details.control.SellerDetailsStore;
import kr.maskportal.details.entity.DetailsField;
import kr.maskportal.details.entity.DetailsProblem;
import kr.maskportal.details.entity.InvalidDetails;
import kr.maskportal.details.entity.SellerDetails;
import kr.maskportal.platform.DatabaseHealth;
import kr.maskportal.platform.persistence.DatabaseOutage;
import kr.maskportal.platform.time.Korea;
import kr.maskportal.platform.web.StaffResponses;
import kr.maskportal.report.control.ReportForbidden;
import kr.maskportal.report.control.Reports;
import kr.maskportal.report.control.UnknownSeller;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.SellerDirectory;

/**
 * {@code /pharmacist/details?seller=11806923}: one of the signed-in pharmacist's sellers, its phone number, opening
 * hours and description as residents will see them, in one form. Only a seller bound to the account, on the page and
 * in the post alike (an edited seller field is answered 403 before anything typed is looked at). The form is checked
 * whole: a refused one comes back as it was typed with every problem by its field and in a summary, and nothing is
 * stored; a saved one answers with a redirect to the page, which says so, so a reload never saves twice.
 */
@Named
@RequestScoped
public class SellerDetailsPage {

    static final String PATH = "/pharmacist/details";
    static final String FORM = "details";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Korea.ZONE);

    @Inject
    CurrentStaff staff;

    @Inject
    Reports reports;

    @Inject
    SellerDetailsStore store;

    @Inject
    SellerDirectory directory;

    @Inject
    DatabaseHealth database;

    @Inject
    Clock clock;

    private String seller;
    private boolean saved;
    private DetailsInput input;
    private Optional<LastChange> lastChange;
    private boolean unavailable;
    private final List<DetailsError> errors = new ArrayList<>();

    /**
     * View action (not on a post): the seller must be the account's; the form starts with what is stored. While the
     * database cannot be reached the page says so instead of a form that could not be saved.
     */
    public void load() {
        try {
            Optional<Long> account = accountId();
            if (account.isEmpty() || seller == null) {
                StaffResponses.error(account.isEmpty() ? 403 : 404);
                return;
            }
            reports.requireMayReport(account.get(), seller);
            input = DetailsInput.of(seller, store.read(seller));
        } catch (ReportForbidden e) {
            StaffResponses.error(403);
        } catch (UnknownSeller e) {
            StaffResponses.error(404);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            database.failed(clock.instant());
            unavailable = true;
        }
    }

    public void save() {
        String code = getInput().getSeller();
        try {
            Optional<Long> account = accountId();
            if (account.isEmpty()) {
                StaffResponses.error(403);
                return;
            }
            reports.requireMayReport(account.get(), code);
            SellerDetails details = SellerDetails.check(input.getPhone(), input.drafts(), input.getDescription());
            store.save(account.get(), code, details);
            StaffResponses.redirect(
                    PATH + "?seller=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&saved=true");
        } catch (InvalidDetails e) {
            e.problems().forEach(this::refuse);
        } catch (ReportForbidden e) {
            StaffResponses.error(403);
        } catch (UnknownSeller e) {
            StaffResponses.error(404);
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            database.failed(clock.instant());
            errors.add(new DetailsError(FORM + ":save", "pharmacist.notSaved", null, null));
        }
    }

    private void refuse(DetailsProblem problem) {
        String field = switch (problem.field()) {
            case PHONE -> "phone";
            case DESCRIPTION -> "description";
            case DAY_STATE -> problem.day().name() + "-state";
            case DAY_OPENS -> problem.day().name() + "-opens";
            case DAY_CLOSES -> problem.day().name() + "-closes";
        };
        Integer length = problem.field() == DetailsField.DESCRIPTION ? SellerDetails.length(input.getDescription())
                : null;
        errors.add(new DetailsError(FORM + ":" + field, "details.invalid." + problem.kind().name(),
                problem.day() == null ? null : "details.day." + problem.day().name(), length));
    }

    public DetailsInput getInput() {
        if (input == null) {
            input = DetailsInput.of(seller, SellerDetails.NONE);
        }
        return input;
    }

    /** The seller's name as the directory has it; its code when the directory no longer knows it. */
    public String getSellerName() {
        return directory.current().seller(seller).map(DirectorySeller::getName).orElse(seller);
    }

    public String getSellerAddress() {
        return directory.current().seller(seller).map(DirectorySeller::getAddress).orElse(null);
    }

    /** Who saved the details last; null when nobody has (or the database cannot say now). */
    public String getLastChangedBy() {
        return lastChange().map(LastChange::displayName).orElse(null);
    }

    /** When the details were saved last, to the minute, Korea time. */
    public String getLastChangedAt() {
        return lastChange().map(c -> WHEN.format(c.at())).orElse(null);
    }

    private Optional<LastChange> lastChange() {
        if (lastChange == null) {
            lastChange = seller == null || unavailable ? Optional.empty() : store.lastChange(seller);
        }
        return lastChange;
    }

    /** True when the database could not be reached to show the form: the page says so. */
    public boolean isUnavailable() {
        return unavailable;
    }

    public List<DetailsError> getErrors() {
        return errors;
    }

    public boolean isFailed() {
        return !errors.isEmpty();
    }

    public boolean hasError(String fieldId) {
        return errors.stream().anyMatch(e -> e.fieldId().equals(fieldId));
    }

    public List<DetailsError> errorsFor(String fieldId) {
        return errors.stream().filter(e -> e.fieldId().equals(fieldId)).toList();
    }

    /** The messages of one day's row: its choice and its two times. */
    public List<DetailsError> dayErrors(String day) {
        String prefix = FORM + ":" + day + "-";
        return errors.stream().filter(e -> e.fieldId().startsWith(prefix)).toList();
    }

    public int getDescriptionMaxLength() {
        return SellerDetails.DESCRIPTION_MAX_LENGTH;
    }

    public int getDescriptionMaxLines() {
        return SellerDetails.DESCRIPTION_MAX_LINES;
    }

    public String getSeller() {
        return seller;
    }

    public void setSeller(String seller) {
        this.seller = seller;
    }

    public boolean isSaved() {
        return saved;
    }

    public void setSaved(boolean saved) {
        this.saved = saved;
    }

    private Optional<Long> accountId() {
        AccountView account = staff.getAccount();
        return account == null ? Optional.empty() : reports.pharmacistId(account.getLogin());
    }
}
