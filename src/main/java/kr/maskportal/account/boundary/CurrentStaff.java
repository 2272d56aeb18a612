package kr.maskportal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import kr.maskportal.account.control.AccountView;
import kr.maskportal.account.control.Accounts;
import kr.maskportal.account.entity.Role;
import kr.maskportal.platform.persistence.DatabaseOutage;

/** The signed-in member of staff, for the staff layout and pages: who, in which role, bound to what. */
@Named("staff")
@RequestScoped
public class CurrentStaff {

    static final String ADMINISTRATOR_START = "/admin/sellers";
    static final String PHARMACIST_START = "/pharmacist";
    static final String OFFICIAL_START = "/official";

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    @Inject
    AccountMemory memory;

    private AccountView account;
    private boolean looked;

    public boolean isSignedIn() {
        return getAccount() != null;
    }

    /** Null when nobody is signed in. */
    public AccountView getAccount() {
        if (!looked) {
            Principal caller = security.getCallerPrincipal();
            account = caller == null ? null : lookUp(caller.getName());
            looked = true;
        }
        return account;
    }

    /** From the database, or as it last gave it while the database cannot be reached. */
    private AccountView lookUp(String login) {
        try {
            AccountView found = accounts.view(login).orElse(null);
            if (found != null) {
                memory.remember(login, found);
            }
            return found;
        } catch (RuntimeException e) {
            if (!DatabaseOutage.causedBy(e)) {
                throw e;
            }
            return memory.account(login).orElse(null);
        }
    }

    /** Asked of the container, so that pages follow the same role mapping as the URL constraints. */
    public boolean isAdministrator() {
        return security.isCallerInRole(Role.ADMINISTRATOR_ROLE);
    }

    public boolean isPharmacist() {
        return security.isCallerInRole(Role.PHARMACIST_ROLE);
    }

    public boolean isOfficial() {
        return security.isCallerInRole(Role.OFFICIAL_ROLE);
    }

    /** Where sign-in leads when no protected page asked for it: the role's own work, where it has any yet. */
    String startPage() {
        if (isAdministrator()) {
            return ADMINISTRATOR_START;
        }
        if (isOfficial()) {
            return OFFICIAL_START;
        }
        return isPharmacist() ? PHARMACIST_START : LoginPage.PATH;
    }
}
