package kr.maskportal.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import kr.maskportal.account.control.AccountView;

/**
 * The signed-in staff's accounts as the database last gave them, by login: while the database is down a signed-in
 * pharmacist still sees their page (and is told there that a report is not saved) rather than an error page. The
 * container has already authenticated the session; this only names who it is.
 */
@ApplicationScoped
public class AccountMemory {

    /** Far more staff than sign in to one instance in a day; a flood of logins cannot grow it without bound. */
    static final int MOST_LOGINS = 50_000;

    private final ConcurrentMap<String, AccountView> accounts = new ConcurrentHashMap<>();

    void remember(String login, AccountView account) {
        if (accounts.size() >= MOST_LOGINS) {
            accounts.clear();
        }
        accounts.put(login, account);
    }

    Optional<AccountView> account(String login) {
        return Optional.ofNullable(accounts.get(login));
    }
}
