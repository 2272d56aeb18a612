package kr.maskportal.admin.boundary;

import kr.maskportal.platform.web.StaffResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;
import kr.maskportal.account.boundary.CurrentStaff;
import kr.maskportal.account.control.AdministeredAccount;
import kr.maskportal.account.control.IssuedCode;
import kr.maskportal.account.control.NoSuchAccount;
import kr.maskportal.admin.control.AccountAdministration;
import kr.maskportal.admin.control.AccountChange;
import kr.maskportal.admin.control.AccountField;
import kr.maskportal.admin.control.AdministrationOutcome;
import kr.maskportal.admin.control.BindingRequest;
import kr.maskportal.platform.time.Korea;

/**
 * {@code /admin/accounts/{id}}: one account, with a form for each change: its bindings, disabling or enabling it,
 * and a new password. Each is a plain post of the stateful view (the view state and the form token are the CSRF defence, and its view
 * scope keeps the account id in {@link EditedAccount}); a change answers with a redirect to the account's address,
 * which says what was done.
 */
@Named
@RequestScoped
public class AccountPage {

    static final String BINDINGS_FORM = "bindings";
    static final String STATUS_FORM = "status";
    static final String PASSWORD_FORM = "reset";
    private static final DateTimeFormatter KOREA_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Korea.ZONE);

    @Inject
    AccountAdministration administration;

    @Inject
    CurrentStaff staff;

    @Inject
    EditedAccount edited;

    private String done;
    private Optional<AdministeredAccount> account;
    private boolean bindingsSent;
    private String sellerCodes;
    private String districtCodes;
    private Boolean allDistricts;
    private String newPassword;
    private IssuedCode issuedCode;
    private final FormProblems problems = new FormProblems();

    /** View action of the first request: an address naming no account is not found. */
    public void load() {
        if (getAccount() == null) {
            StaffResponses.error(404);
        }
    }

    public void rebind() {
        bindingsSent = true;
        change((actor, account) -> administration.rebind(actor, account,
                new BindingRequest(sellerCodes, districtCodes, Boolean.TRUE.equals(allDistricts))),
                AccountChange.REBOUND);
    }

    public void disable() {
        change(administration::disable, AccountChange.DISABLED);
    }

    public void enable() {
        change(administration::enable, AccountChange.ENABLED);
    }

    public void resetPassword() {
        String typed = newPassword;
        newPassword = null;
        change((actor, account) -> administration.resetPassword(actor, account, typed), AccountChange.PASSWORD_RESET);
    }

    /**
     * Shows the new code on the page this post answers, once, rather than redirecting: the code is in no address
     * and nowhere stored. Posting again issues another, which replaces this one.
     */
    public void issueActivationCode() {
        Optional<String> actor = Acting.administrator(staff);
        if (actor.isEmpty()) {
            return;
        }
        Long id = edited.id();
        if (id == null) {
            StaffResponses.error(404);
            return;
        }
        try {
            issuedCode = administration.issueActivationCode(actor.get(), id);
            account = null;
        } catch (NoSuchAccount e) {
            StaffResponses.error(404);
        }
    }

    /** The code just issued, to hand over; null on every other answer. */
    public IssuedCode getIssuedCode() {
        return issuedCode;
    }

    /** When the account's activation code expires, in Korea time; null when it waits for none. */
    public String getActivationExpiry() {
        Long id = edited.id();
        return id == null ? null : administration.activationExpiry(id).map(KOREA_MINUTE::format).orElse(null);
    }

    public String getIssuedCodeExpiry() {
        return issuedCode == null ? null : KOREA_MINUTE.format(issuedCode.getExpiresAt());
    }

    private void change(BiFunction<String, Long, AdministrationOutcome> action, AccountChange change) {
        Optional<String> actor = Acting.administrator(staff);
        if (actor.isEmpty()) {
            return;
        }
        Long id = edited.id();
        if (id == null) {
            StaffResponses.error(404);
            return;
        }
        try {
            AdministrationOutcome outcome = action.apply(actor.get(), id);
            if (outcome.done()) {
                StaffResponses.redirect(AccountsPage.PATH + "/" + id + "?done=" + change.name());
            } else {
                problems.addAll(FormProblem.of(outcome.problems(), AccountPage::clientId));
            }
        } catch (NoSuchAccount e) {
            StaffResponses.error(404);
        }
    }

    static String clientId(AccountField field) {
        return switch (field) {
            case SELLERS -> BINDINGS_FORM + ":sellers";
            case DISTRICTS -> BINDINGS_FORM + ":districts";
            case PASSWORD -> PASSWORD_FORM + ":newPassword";
            case STATUS -> STATUS_FORM + ":disable";
            // not on this page's forms; the summary still names them
            case LOGIN, DISPLAY_NAME, ROLE -> BINDINGS_FORM;
        };
    }

    /** Null when the id names no account. */
    public AdministeredAccount getAccount() {
        if (account == null) {
            account = edited.id() == null ? Optional.empty() : administration.find(edited.id());
        }
        return account.orElse(null);
    }

    /** What the last post did, from the address it redirected to; null when there is nothing to say. */
    public String getConfirmationKey() {
        return Arrays.stream(AccountChange.values()).filter(c -> c.name().equals(done)).findFirst()
                .map(AccountChange::messageKey).orElse(null);
    }

    /** Whether the account shown is the caller's own, which they cannot disable. */
    public boolean isOwnAccount() {
        AdministeredAccount shown = getAccount();
        return shown != null && staff.getAccount() != null && shown.getLogin().equals(staff.getAccount().getLogin());
    }

    public FormProblems getProblems() {
        return problems;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }

    /** As stored until the binding form is sent; as sent when it comes back with a problem. */
    public String getSellerCodes() {
        return bindingsSent || getAccount() == null ? sellerCodes : getAccount().getSellerCodesText();
    }

    public void setSellerCodes(String sellerCodes) {
        this.sellerCodes = sellerCodes;
    }

    public String getDistrictCodes() {
        return bindingsSent || getAccount() == null ? districtCodes : getAccount().getDistrictCodesText();
    }

    public void setDistrictCodes(String districtCodes) {
        this.districtCodes = districtCodes;
    }

    public boolean isAllDistricts() {
        if (bindingsSent || getAccount() == null) {
            return Boolean.TRUE.equals(allDistricts);
        }
        return getAccount().isAllDistricts();
    }

    public void setAllDistricts(boolean allDistricts) {
        this.allDistricts = allDistricts;
    }

    /** Never shown again. */
    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
