package kr.maskportal.official.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import kr.maskportal.account.entity.Account;
import kr.maskportal.account.entity.Role;

/**
 * Which districts an official may see: the one place every official page, export and notice asks, so that an
 * edited URL or form value is refused the same way everywhere (403, logged).
 */
@ApplicationScoped
public class OfficialDistricts {

    private static final Logger LOG = Logger.getLogger(OfficialDistricts.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The scope of an enabled official account, by the login it signed in with; empty for anyone else. */
    @Transactional
    public Optional<DistrictScope> scopeOf(String login) {
        List<Account> accounts = em.createQuery("SELECT a FROM Account a WHERE a.login = :login "
                        + "AND a.enabled = TRUE AND a.role = :role", Account.class)
                .setParameter("login", Account.normaliseLogin(login)).setParameter("role", Role.OFFICIAL)
                .getResultList();
        if (accounts.isEmpty()) {
            return Optional.empty();
        }
        Account account = accounts.get(0);
        Set<String> codes = account.isAllDistricts() ? Set.of() : account.getDistrictCodes();
        return Optional.of(new DistrictScope(account.getId(), account.getLogin(), account.isAllDistricts(), codes));
    }

    /**
     * @throws DistrictForbidden when the scope does not hold the district (logged with who asked and what)
     */
    public static void require(DistrictScope scope, String districtCode, String what) {
        if (!scope.permits(districtCode)) {
            LOG.warning(() -> "official " + scope.login() + " (account " + scope.accountId() + ") asked for " + what
                    + " of district " + loggable(districtCode) + ", outside the account's districts: refused");
            throw new DistrictForbidden("district " + loggable(districtCode) + " is outside the scope of "
                    + scope.login());
        }
    }

    /** The code as typed may be anything (an edited URL): only a short run of letters and digits reaches the log. */
    static String loggable(String districtCode) {
        String code = String.valueOf(districtCode);
        String shown = code.replaceAll("[^A-Za-z0-9]", "?");
        return shown.length() > 12 ? shown.substring(0, 12) + "…" : shown;
    }
}
