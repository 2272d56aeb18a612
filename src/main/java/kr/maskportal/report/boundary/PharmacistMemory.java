package kr.maskportal.report.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import kr.maskportal.platform.memory.LastKnown;

/**
 * Which account and sellers each pharmacist's login had when the database last answered, so that the pharmacists'
 * page still shows its forms while the database is down: a report typed then is answered "not saved, send again"
 * on the same page, with what was typed still in the field, instead of an error page. Only what the page read
 * itself is kept; it is replaced by every page that reads the database.
 */
@ApplicationScoped
public class PharmacistMemory {

    private final LastKnown<String, Long> accounts = new LastKnown<>();
    private final LastKnown<Long, List<String>> sellers = new LastKnown<>();

    void rememberAccount(String login, long accountId) {
        accounts.remember(login, accountId);
    }

    Optional<Long> account(String login) {
        return accounts.get(login);
    }

    void rememberSellers(long accountId, List<String> codes) {
        sellers.remember(accountId, List.copyOf(codes));
    }

    List<String> sellers(long accountId) {
        return sellers.get(accountId).orElse(List.of());
    }
}
