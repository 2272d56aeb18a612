package kr.maskportal.account.control;

import java.util.List;
import kr.maskportal.account.entity.Role;

/** An account as pages show it: who it is and what it is bound to, never its password hash. */
public class AccountView {

    private final String login;
    private final String displayName;
    private final Role role;
    private final boolean enabled;
    private final boolean allDistricts;
    private final List<BoundPlace> districts;
    private final List<BoundPlace> sellers;

    AccountView(String login, String displayName, Role role, boolean enabled, boolean allDistricts,
            List<BoundPlace> districts, List<BoundPlace> sellers) {
        this.login = login;
        this.displayName = displayName;
        this.role = role;
        this.enabled = enabled;
        this.allDistricts = allDistricts;
        this.districts = List.copyOf(districts);
        this.sellers = List.copyOf(sellers);
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
}
