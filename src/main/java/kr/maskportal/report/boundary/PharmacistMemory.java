package kr.maskportal.report.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which account and sellers each pharmacist's login had when the database last answered, so that the pharmacists'
 * page still shows its forms while the database is down: a report typed then is answered "not saved, send again"
 * on the same page, with what was typed still in the field, instead of an error page. Only what the page read
 * itself is kept; it is replaced by every page that reads the database.
 */
@ApplicationScoped
public class PharmacistMemory {

    /** Far more pharmacists than sign in to one instance in a day; a flood of logins cannot grow it without bound. */
    static final int MOST_LOGINS = 50_000;

    private final ConcurrentMap<String, Long> accounts = new ConcurrentHashMap<>();
    private final ConcurrentMap<Long, List<String>> sellers = new ConcurrentHashMap<>();

    void rememberAccount(String login, long accountId) {
        if (accounts.size() >= MOST_LOGINS) {
            accounts.clear();
        }
        accounts.put(login, accountId);
    }

    Optional<Long> account(String login) {
        return Optional.ofNullable(accounts.get(login));
    }

    void rememberSellers(long accountId, List<String> codes) {
        if (sellers.size() >= MOST_LOGINS) {
            sellers.clear();
        }
        sellers.put(accountId, List.copyOf(codes));
    }

    List<String> sellers(long accountId) {
        return sellers.getOrDefault(accountId, List.of());
    }
}
