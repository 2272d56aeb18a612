package kr.maskportal.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import kr.maskportal.account.control.AccountSearch;
import kr.maskportal.account.control.Accounts;
import kr.maskportal.account.control.Activations;
import kr.maskportal.account.control.IssuedCode;
import kr.maskportal.account.control.AdministeredAccount;
import kr.maskportal.account.control.DisableRule;
import kr.maskportal.account.control.NewAccount;
import kr.maskportal.account.control.NoSuchAccount;
import kr.maskportal.account.control.PasswordHashing;
import kr.maskportal.account.entity.Account;
import kr.maskportal.account.entity.Role;
import kr.maskportal.seller.control.ListPage;

/**
 * What administrators do to accounts: create them, change what they are bound to, disable and enable them, and set
 * a new password. Everything is checked before anything is written, and each write is one transaction of
 * {@link Accounts}, so a refused change leaves what was stored as it was. Not transactional itself: the password is
 * hashed (600,000 PBKDF2 iterations) before the transaction starts rather than inside it. Every change is logged
 * with the administrator who made it.
 */
@ApplicationScoped
public class AccountAdministration {

    private static final Logger LOG = Logger.getLogger(AccountAdministration.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    Activations activations;

    /** Page {@code number} of the accounts a search finds, by login; the last page for a number past it. */
    public AccountListing list(AccountSearch search, int number) {
        int total = accounts.countMatching(search);
        int last = Math.max(1, (total + AccountListing.PAGE_SIZE - 1) / AccountListing.PAGE_SIZE);
        ListPage page = ListPage.of(Math.min(number, last), total, AccountListing.PAGE_SIZE).orElseThrow();
        return new AccountListing(search, accounts.matching(search, page.from(), AccountListing.PAGE_SIZE), total,
                page);
    }

    public Optional<AdministeredAccount> findByLogin(String login) {
        return accounts.administeredByLogin(login);
    }

    public Optional<AdministeredAccount> find(long id) {
        return accounts.administered(id);
    }

    public AdministrationOutcome create(String actor, AccountRequest request) {
        List<AccountProblem> problems = new ArrayList<>();
        AccountChecks.login(request.login(), problems);
        AccountChecks.displayName(request.displayName(), problems);
        Optional<Role> role = AccountChecks.role(request.role(), problems);
        AccountChecks.password(request.password(), problems);
        Bindings bindings = role.map(r -> AccountChecks.bindings(r, request.bindings(), problems)).orElse(Bindings.NONE);
        String login = Account.normaliseLogin(request.login());
        if (problems.stream().noneMatch(p -> p.field() == AccountField.LOGIN) && accounts.exists(login)) {
            problems.add(taken(login));
        }
        AccountChecks.unknownCodes(bindings, accounts::unknownSellers, accounts::unknownDistricts, problems);
        if (!problems.isEmpty()) {
            return refused(actor, "create account '" + login + "'", problems);
        }
        var account = new NewAccount(login, request.displayName().strip(), role.orElseThrow(), bindings.sellerCodes(),
                bindings.districtCodes(), bindings.allDistricts());
        String hash = hashing.hash(request.password().toCharArray());
        try {
            accounts.create(account, hash, Instant.now());
        } catch (RuntimeException e) {
            // another administrator took the login between the check and the insert
            if (accounts.exists(login)) {
                return refused(actor, "create account '" + login + "'", List.of(taken(login)));
            }
            throw e;
        }
        long id = accounts.administeredByLogin(login).orElseThrow().getId();
        LOG.info(AccountChange.CREATED.logLine(actor, login, id,
                account.role() + ", bound to " + bindings.describe()));
        return AdministrationOutcome.DONE;
    }

    public AdministrationOutcome rebind(String actor, long id, BindingRequest request) {
        AdministeredAccount account = require(id);
        List<AccountProblem> problems = new ArrayList<>();
        Bindings bindings = AccountChecks.bindings(account.getRole(), request, problems);
        AccountChecks.unknownCodes(bindings, accounts::unknownSellers, accounts::unknownDistricts, problems);
        if (!problems.isEmpty()) {
            return refused(actor, "rebind account '" + account.getLogin() + "'", problems);
        }
        accounts.rebind(id, bindings.sellerCodes(), bindings.districtCodes(), bindings.allDistricts());
        LOG.info(AccountChange.REBOUND.logLine(actor, account.getLogin(), id,
                "from " + Bindings.of(account).describe() + " to " + bindings.describe()));
        return AdministrationOutcome.DONE;
    }

    public AdministrationOutcome disable(String actor, long id) {
        AdministeredAccount account = require(id);
        Optional<DisableRule.Refusal> refusal = accounts.disable(id, actor);
        if (refusal.isPresent()) {
            return refused(actor, "disable account '" + account.getLogin() + "'",
                    List.of(AccountProblem.of(AccountField.STATUS, refusal.get().name())));
        }
        LOG.info(AccountChange.DISABLED.logLine(actor, account.getLogin(), id, null));
        return AdministrationOutcome.DONE;
    }

    public AdministrationOutcome enable(String actor, long id) {
        AdministeredAccount account = require(id);
        accounts.enable(id);
        LOG.info(AccountChange.ENABLED.logLine(actor, account.getLogin(), id, null));
        return AdministrationOutcome.DONE;
    }

    public AdministrationOutcome resetPassword(String actor, long id, String password) {
        AdministeredAccount account = require(id);
        List<AccountProblem> problems = new ArrayList<>();
        AccountChecks.password(password, problems);
        if (!problems.isEmpty()) {
            return refused(actor, "reset the password of account '" + account.getLogin() + "'", problems);
        }
        accounts.replacePasswordHash(id, hashing.hash(password.toCharArray()));
        LOG.info(AccountChange.PASSWORD_RESET.logLine(actor, account.getLogin(), id, null));
        return AdministrationOutcome.DONE;
    }

    /**
     * A new one-time activation code for the account, answered once in clear for the administrator to hand over:
     * the earlier code and the password stop working, and the holder sets a new password with the code.
     */
    public IssuedCode issueActivationCode(String actor, long id) {
        AdministeredAccount account = require(id);
        IssuedCode code = activations.issue(id, account.getLogin());
        LOG.info(AccountChange.ACTIVATION_ISSUED.logLine(actor, account.getLogin(), id,
                "valid until " + code.getExpiresAt()));
        return code;
    }

    /** When the code the account waits for expires; empty when it has a password and waits for none. */
    public Optional<Instant> activationExpiry(long id) {
        return activations.expiryOf(id);
    }

    private AdministeredAccount require(long id) {
        return accounts.administered(id).orElseThrow(() -> new NoSuchAccount(id));
    }

    private static AccountProblem taken(String login) {
        return AccountProblem.of(AccountField.LOGIN, "TAKEN", login);
    }

    /** Refusals are logged too: a run of them can be someone trying what the pages allow. */
    private static AdministrationOutcome refused(String actor, String what, List<AccountProblem> problems) {
        LOG.log(Level.INFO, () -> "account administration: " + actor + " tried to " + loggable(what) + ", refused: "
                + problems.stream().map(p -> p.field() + "." + p.messageKey()
                        .substring(p.messageKey().lastIndexOf('.') + 1)).toList());
        return new AdministrationOutcome(problems);
    }

    /** What was typed, as far as it can go into one log line: no line breaks to forge further lines with. */
    private static String loggable(String text) {
        String line = text.replaceAll("\\p{Cntrl}", "?");
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
