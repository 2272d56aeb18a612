package kr.maskportal.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.maskportal.platform.DatabaseSettings;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, makes sure somebody can sign in: the first administrator from PORTAL_ADMIN_PASSWORD while none
 * exists, and on the embedded demo database its demo accounts, created once and printed on every start. After the
 * seller list, because pharmacists are bound to sellers. Bean-managed, so that the slow password hashing happens
 * outside any transaction.
 */
@Startup
@Singleton
@DependsOn("SellerListLoader")
@TransactionManagement(TransactionManagementType.BEAN)
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());
    /** Account data, like a seller's name. */
    private static final String FIRST_ADMINISTRATOR_NAME = "관리자";

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    SellerDirectory directory;

    @Inject
    @ConfigProperty(name = "portal.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void start() {
        boolean embedded = DatabaseSettings.fromConfig().isEmbedded();
        createFirstAdministrator(embedded);
        if (embedded) {
            createDemoAccountsOnce();
            LOG.info(DemoAccounts.describe(DemoAccounts.ALL, accounts::view));
        }
    }

    private void createFirstAdministrator(boolean embedded) {
        switch (FirstAdministrator.decide(accounts.administratorExists(), adminPassword, embedded)) {
            case CREATE -> create(NewAccount.administrator(FirstAdministrator.LOGIN, FIRST_ADMINISTRATOR_NAME),
                    adminPassword.orElseThrow(), "the first administrator");
            case NOT_NEEDED -> adminPassword.ifPresent(ignored -> LOG.info(
                    "an administrator exists already; PORTAL_ADMIN_PASSWORD (portal.admin.password) is ignored"));
            case PASSWORD_TOO_SHORT -> LOG.severe(() -> "PORTAL_ADMIN_PASSWORD (portal.admin.password) is too short: "
                    + "at least " + PasswordPolicy.MIN_LENGTH + " characters are required. No administrator was "
                    + "created; set a longer password and start the portal again.");
            case NO_PASSWORD -> LOG.warning("no administrator exists and PORTAL_ADMIN_PASSWORD "
                    + "(portal.admin.password) is not set: nobody can administer this portal. Set it (at least "
                    + PasswordPolicy.MIN_LENGTH + " characters) and start again to create the administrator '"
                    + FirstAdministrator.LOGIN + "'.");
            case DEMO_ADMINISTRATOR_INSTEAD -> LOG.fine("no administrator configured; the demo brings its own");
        }
    }

    /** Once: when none of the demo logins is there, they were never created (or were all taken away on purpose). */
    private void createDemoAccountsOnce() {
        if (DemoAccounts.ALL.stream().anyMatch(demo -> accounts.exists(demo.account().login()))) {
            return;
        }
        DirectorySnapshot places = directory.current();
        for (DemoAccount demo : DemoAccounts.ALL) {
            var missing = demo.account().sellerCodes().stream().filter(code -> places.seller(code).isEmpty()).toList();
            if (!missing.isEmpty()) {
                LOG.warning(() -> "demo account " + demo.account().login() + " not created: sellers " + missing
                        + " are not in the seller list");
                continue;
            }
            create(demo.account(), demo.password(), "demo account");
        }
    }

    private void create(NewAccount account, String password, String what) {
        String hash = hashing.hash(password.toCharArray());
        try {
            accounts.create(account, hash, Instant.now());
            LOG.info(() -> "created " + what + " '" + account.login() + "' (" + account.role() + ")");
        } catch (RuntimeException e) {
            // e.g. another instance of a cluster starting at the same moment created it first
            LOG.log(Level.WARNING, "could not create " + what + " '" + account.login() + "'", e);
        }
    }
}
