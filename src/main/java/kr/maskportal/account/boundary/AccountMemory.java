package kr.maskportal.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import kr.maskportal.account.control.AccountView;
import kr.maskportal.platform.memory.LastKnown;

/**
 * The signed-in staff's accounts as the database last gave them, by login: while the database is down a signed-in
 * pharmacist still sees their page (and is told there that a report is not saved) rather than an error page. The
 * container has already authenticated the session; this only names who it is.
 */
@ApplicationScoped
public class AccountMemory {

    private final LastKnown<String, AccountView> accounts = new LastKnown<>();

    void remember(String login, AccountView account) {
        accounts.remember(login, account);
    }

    Optional<AccountView> account(String login) {
        return accounts.get(login);
    }
}
