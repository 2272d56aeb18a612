package kr.maskportal.account.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A member of staff who signs in: an administrator, a district official or a pharmacist, with the sellers or
 * districts the account is bound to. Accounts are disabled rather than deleted, so that what they reported keeps
 * an author.
 */
@Entity
@Table(name = "account")
public class Account {

    /** The width of {@code account.login}. */
    public static final int MAX_LOGIN_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String login;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_role", nullable = false)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "all_districts", nullable = false)
    private boolean allDistricts;

    /** UTC; LocalDateTime because the driver then stores it as given, whatever the server's zone. */
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "account_seller", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "seller_code", nullable = false)
    private Set<String> sellerCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "account_district", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "district_code", nullable = false)
    private Set<String> districtCodes = new LinkedHashSet<>();

    protected Account() {
    }

    public Account(String login, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.login = normaliseLogin(login);
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.role = Objects.requireNonNull(role);
        this.enabled = true;
        this.createdAt = LocalDateTime.ofInstant(createdAt, ZoneOffset.UTC);
        if (this.login.isEmpty() || this.login.length() > MAX_LOGIN_LENGTH) {
            throw new IllegalArgumentException("a login has 1 to " + MAX_LOGIN_LENGTH + " characters");
        }
    }

    /**
     * Logins are compared trimmed and in lower case everywhere (sign-in, throttling, the unique key), so that
     * "Admin " and "admin" are one account on MySQL's case-insensitive collation and on H2 alike.
     */
    public static String normaliseLogin(String login) {
        return login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
    }

    /** Sellers are a pharmacist's binding only. */
    public void bindSellers(Set<String> codes) {
        if (!codes.isEmpty() && role != Role.PHARMACIST) {
            throw new IllegalStateException("only a pharmacist is bound to sellers");
        }
        sellerCodes.clear();
        sellerCodes.addAll(codes);
    }

    /** Districts, or all of them, are an official's binding only. */
    public void bindDistricts(Set<String> codes, boolean all) {
        if ((all || !codes.isEmpty()) && role != Role.OFFICIAL) {
            throw new IllegalStateException("only an official is bound to districts");
        }
        if (all && !codes.isEmpty()) {
            throw new IllegalArgumentException("an official bound to all districts lists none");
        }
        districtCodes.clear();
        districtCodes.addAll(codes);
        allDistricts = all;
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    /** A password set by an administrator; hashed by the caller, like the first one. */
    public void replacePasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isAllDistricts() {
        return allDistricts;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant(ZoneOffset.UTC);
    }

    public Set<String> getSellerCodes() {
        return Set.copyOf(sellerCodes);
    }

    public Set<String> getDistrictCodes() {
        return Set.copyOf(districtCodes);
    }
}
