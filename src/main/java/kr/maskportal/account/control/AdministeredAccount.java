package kr.maskportal.account.control;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import kr.maskportal.account.entity.Role;

/**
 * An account as administrators see and change it: like {@link AccountView}, with the id their pages address it by
 * and the bound codes as they are typed into the forms. Never the password hash.
 */
public final class AdministeredAccount {

    private final long id;
    private final String login;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final boolean allDistricts;
    private final List<BoundPlace> districts;
    private final List<BoundPlace> sellers;
    private final Instant createdAt;

    AdministeredAccount(long id, String login, String displayName, Role role, boolean enabled, boolean allDistricts,
            List<BoundPlace> districts, List<BoundPlace> sellers, Instant createdAt) {
        this.id = id;
        this.login = login;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.allDistricts = allDistricts;
        this.districts = List.copyOf(districts);
        this.sellers = List.copyOf(sellers);
        this.createdAt = createdAt;
    }

    public long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    /** The bundle key naming the role in words. */
    public String getRoleKey() {
        return "account.role." + role.name();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isAllDistricts() {
        return allDistricts;
    }

    public List<BoundPlace> getDistricts() {
        return districts;
    }

    public List<BoundPlace> getSellers() {
        return sellers;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The seller codes one to a line, as the binding form shows them. */
    public String getSellerCodesText() {
        return codes(sellers);
    }

    /** The district codes one to a line, as the binding form shows them. */
    public String getDistrictCodesText() {
        return codes(districts);
    }

    private static String codes(List<BoundPlace> places) {
        return places.stream().map(BoundPlace::getCode).collect(Collectors.joining("\n"));
    }
}
