package kr.maskportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kr.maskportal.account.entity.Account;
import kr.maskportal.account.entity.AccountActivation;
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
        return find(login).map(a -> new StoredCredentials(a.getLogin(), a.getPasswordHash(), a.getRole(), a.isEnabled(),
                em.find(AccountActivation.class, a.getId()) != null));
    }

    /** The activation code the account waits for, if it exists and waits for one. */
    Optional<PendingActivation> pendingActivation(String login) {
        return find(login).flatMap(a -> Optional.ofNullable(em.find(AccountActivation.class, a.getId()))
                .map(x -> new PendingActivation(a.getId(), a.isEnabled(), x.getCodeHash(), x.getExpiresAt())));
    }

    /** When the code the account waits for expires; empty when it waits for none. */
    public Optional<Instant> activationExpiry(long id) {
        return Optional.ofNullable(em.find(AccountActivation.class, id)).map(AccountActivation::getExpiresAt);
    }

    /**
     * Spends the code and sets the password, if the code is still the one checked: of two activations racing with
     * the same code, one deletes the row and the other finds nothing to delete.
     */
    boolean spendActivation(long id, String codeHash, String passwordHash) {
        int spent = em.createQuery("DELETE FROM AccountActivation x WHERE x.accountId = :id AND x.codeHash = :hash")
                .setParameter("id", id).setParameter("hash", codeHash).executeUpdate();
        if (spent != 1) {
            return false;
        }
        require(id).replacePasswordHash(passwordHash);
        em.flush();
        return true;
    }

    /** A new code for the account, replacing any earlier one, and no password until it is spent. */
    void replaceActivation(long id, String codeHash, Instant now, Instant expires) {
        Account account = require(id);
        em.createQuery("DELETE FROM AccountActivation x WHERE x.accountId = :id").setParameter("id", id)
                .executeUpdate();
        em.persist(new AccountActivation(id, codeHash, now, expires));
        account.replacePasswordHash(AccountActivation.NO_PASSWORD_YET);
        em.flush();
    }

    public Optional<AccountView> view(String login) {
        DirectorySnapshot places = directory.current();
        return find(login).map(a -> new AccountView(a.getLogin(), a.getDisplayName(), a.getRole(), a.isEnabled(),
                a.isAllDistricts(), districts(a.getDistrictCodes(), places), sellers(a.getSellerCodes(), places)));
    }

    /**
     * How many accounts a search matches (see {@link #matching}): the length of the list the administrators page
     * through.
     */
    public int countMatching(AccountSearch search) {
        var count = em.createNativeQuery("SELECT COUNT(*) FROM account a WHERE " + search.where());
        search.bind(count);
        return ((Number) count.getSingleResult()).intValue();
    }

    /**
     * One page of the accounts a search matches, by login, with what each is bound to: three queries, however many
     * accounts there are. A national import makes tens of thousands, more than one page should carry.
     */
    public List<AdministeredAccount> matching(AccountSearch search, int from, int size) {
        var ids = em.createNativeQuery("SELECT a.id FROM account a WHERE " + search.where()
                + " ORDER BY a.login LIMIT " + size + " OFFSET " + from);
        search.bind(ids);
        List<Long> page = ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        if (page.isEmpty()) {
            return List.of();
        }
        // ids are numbers read back from the database, so writing them into the statement injects nothing
        String in = " WHERE account_id IN (" + String.join(",", page.stream().map(String::valueOf).toList()) + ")";
        Map<Long, Set<String>> sellers = codesByAccount("SELECT account_id, seller_code FROM account_seller" + in);
        Map<Long, Set<String>> districts = codesByAccount("SELECT account_id, district_code FROM account_district" + in);
        DirectorySnapshot places = directory.current();
        return em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids ORDER BY a.login", Account.class)
                .setParameter("ids", page).getResultList().stream()
                .map(a -> administered(a, sellers.getOrDefault(a.getId(), Set.of()),
                        districts.getOrDefault(a.getId(), Set.of()), places))
                .toList();
    }

    public Optional<AdministeredAccount> administered(long id) {
        return Optional.ofNullable(em.find(Account.class, id))
                .map(a -> administered(a, a.getSellerCodes(), a.getDistrictCodes(), directory.current()));
    }

    public Optional<AdministeredAccount> administeredByLogin(String login) {
        return find(login).map(a -> administered(a, a.getSellerCodes(), a.getDistrictCodes(), directory.current()));
    }

    /** The given codes that name no stored seller, in the order given. Vanished sellers are still sellers. */
    public List<String> unknownSellers(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Set<String> known = new HashSet<>(em.createQuery("SELECT s.code FROM Seller s WHERE s.code IN :codes",
                String.class).setParameter("codes", codes).getResultList());
        return codes.stream().filter(code -> !known.contains(code)).toList();
    }

    /** The given codes that name no district, in the order given; from the table the foreign key checks. */
    public List<String> unknownDistricts(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Set<String> known = new HashSet<>();
        for (Object code : em.createNativeQuery("SELECT code FROM district").getResultList()) {
            known.add(code.toString().strip());
        }
        return codes.stream().filter(code -> !known.contains(code)).toList();
    }

    /** Replaces what the account is bound to; the caller has checked that the codes exist and suit the role. */
    public void rebind(long id, Set<String> sellerCodes, Set<String> districtCodes, boolean allDistricts) {
        Account account = require(id);
        account.bindSellers(sellerCodes);
        account.bindDistricts(districtCodes, allDistricts);
        em.flush();
    }

    /**
     * Disables the account unless {@link DisableRule} refuses. For an administrator the enabled administrators are
     * locked first (always in the same order, so two of these cannot deadlock), so that two administrators
     * disabling each other at the same moment cannot leave none.
     */
    public Optional<DisableRule.Refusal> disable(long id, String actorLogin) {
        Account target = require(id);
        long enabledAdministrators = 0;
        if (target.getRole() == Role.ADMINISTRATOR) {
            enabledAdministrators = em.createQuery("SELECT a FROM Account a WHERE a.role = :role AND a.enabled = TRUE "
                            + "ORDER BY a.id", Account.class)
                    .setParameter("role", Role.ADMINISTRATOR)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().size();
        }
        Optional<DisableRule.Refusal> refusal = DisableRule.check(Account.normaliseLogin(actorLogin),
                target.getLogin(), target.getRole(), target.isEnabled(), enabledAdministrators);
        if (refusal.isEmpty()) {
            target.disable();
            em.flush();
        }
        return refusal;
    }

    public void enable(long id) {
        require(id).enable();
        em.flush();
    }

    /** The password was hashed by the caller, outside this transaction. */
    public void replacePasswordHash(long id, String passwordHash) {
        require(id).replacePasswordHash(passwordHash);
        em.flush();
    }

    private Account require(long id) {
        Account account = em.find(Account.class, id);
        if (account == null) {
            throw new NoSuchAccount(id);
        }
        return account;
    }

    private Map<Long, Set<String>> codesByAccount(String sql) {
        Map<Long, Set<String>> codes = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] columns = (Object[]) row;
            codes.computeIfAbsent(((Number) columns[0]).longValue(), id -> new HashSet<>())
                    .add(columns[1].toString().strip());
        }
        return codes;
    }

    private static AdministeredAccount administered(Account a, Set<String> sellerCodes, Set<String> districtCodes,
            DirectorySnapshot places) {
        return new AdministeredAccount(a.getId(), a.getLogin(), a.getDisplayName(), a.getRole(), a.isEnabled(),
                a.isAllDistricts(), districts(districtCodes, places), sellers(sellerCodes, places), a.getCreatedAt());
    }

    private Optional<Account> find(String login) {
        List<Account> found = em.createQuery("SELECT a FROM Account a WHERE a.login = :login", Account.class)
                .setParameter("login", Account.normaliseLogin(login))
                .getResultList();
        return found.stream().findFirst();
    }

    private static List<BoundPlace> districts(Set<String> codes, DirectorySnapshot places) {
        return codes.stream().sorted()
                .map(code -> new BoundPlace(code, places.placeName(code).orElse(null)))
                .toList();
    }

    private static List<BoundPlace> sellers(Set<String> codes, DirectorySnapshot places) {
        return codes.stream()
                .map(code -> new BoundPlace(code, places.seller(code).map(s -> s.getName()).orElse(null)))
                .sorted(Comparator.comparing(BoundPlace::getCode))
                .toList();
    }
}
