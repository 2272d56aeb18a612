package kr.maskportal.account.control;

import java.util.Objects;
import java.util.Set;
import kr.maskportal.account.entity.Role;

/**
 * An account to be created, with what it is bound to: sellers for a pharmacist, districts (or all of them) for an
 * official, nothing for an administrator.
 */
public record NewAccount(String login, String displayName, Role role, Set<String> sellerCodes,
        Set<String> districtCodes, boolean allDistricts) {

    public NewAccount {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        sellerCodes = Set.copyOf(sellerCodes);
        districtCodes = Set.copyOf(districtCodes);
    }

    public static NewAccount administrator(String login, String displayName) {
        return new NewAccount(login, displayName, Role.ADMINISTRATOR, Set.of(), Set.of(), false);
    }

    public static NewAccount official(String login, String displayName, Set<String> districtCodes) {
        return new NewAccount(login, displayName, Role.OFFICIAL, Set.of(), districtCodes, false);
    }

    public static NewAccount pharmacist(String login, String displayName, Set<String> sellerCodes) {
        return new NewAccount(login, displayName, Role.PHARMACIST, sellerCodes, Set.of(), false);
    }
}
