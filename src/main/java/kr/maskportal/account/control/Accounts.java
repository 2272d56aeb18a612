package kr.maskportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.maskportal.account.entity.Account;
import kr.maskportal.account.entity.Role;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;

/** The stored accounts. Hands out views and credentials, never the managed entities. */
@ApplicationScoped
@Transactional
public class Accounts {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    SellerDirectory directory;

    public boolean administratorExists() {
        return em.createQuery("SELECT COUNT(a) FROM Account a WHERE a.role = :role", Long.class)
                .setParameter("role", Role.ADMINISTRATOR).getSingleResult() > 0;
    }

    public boolean exists(String login) {
        return find(login).isPresent();
    }

    /** Stores a new, enabled account; the password is hashed by the caller, outside this transaction. */
    public void create(NewAccount account, String passwordHash, Instant now) {
        var entity = new Account(account.login(), account.displayName(), passwordHash, account.role(), now);
        entity.bindSellers(account.sellerCodes());
        entity.bindDistricts(account.districtCodes(), account.allDistricts());
        em.persist(entity);
        em.flush();
    }

    Optional<StoredCredentials> credentialsFor(String login) {
        return find(login).map(a -> new StoredCredentials(a.getLogin(), a.getPasswordHash(), a.getRole(), a.isEnabled()));
    }

    public Optional<AccountView> view(String login) {
        DirectorySnapshot places = directory.current();
        return find(login).map(a -> new AccountView(a.getLogin(), a.getDisplayName(), a.getRole(), a.isEnabled(),
                a.isAllDistricts(), districts(a.getDistrictCodes(), places), sellers(a.getSellerCodes(), places)));
    }

    private Optional<Account> find(String login) {
        List<Account> found = em.createQuery("SELECT a FROM Account a WHERE a.login = :login", Account.class)
                .setParameter("login", Account.normaliseLogin(login))
                .getResultList();
        return found.stream().findFirst();
    }

    private static List<BoundPlace> districts(Set<String> codes, DirectorySnapshot places) {
        return codes.stream().sorted()
                .map(code -> new BoundPlace(code, places.district(code)
                        .map(d -> places.province(d.getProvinceCode()).map(p -> p.getName() + " ").orElse("")
                                + d.getName())
                        .orElse(null)))
                .toList();
    }

    private static List<BoundPlace> sellers(Set<String> codes, DirectorySnapshot places) {
        return codes.stream()
                .map(code -> new BoundPlace(code, places.seller(code).map(s -> s.getName()).orElse(null)))
                .sorted(Comparator.comparing(BoundPlace::getCode))
                .toList();
    }
}
