package kr.maskportal.admin.control;

/**
 * The form for a new account as sent: nothing checked, nothing trimmed.
 *
 * @param role        the name of a {@link kr.maskportal.account.entity.Role}, or null when none was chosen
 * @param sellerCodes codes as typed, see {@link CodeList}
 */
public record AccountRequest(String login, String displayName, String role, String password,
        String sellerCodes, String districtCodes, boolean allDistricts) {

    public BindingRequest bindings() {
        return new BindingRequest(sellerCodes, districtCodes, allDistricts);
    }

    /** Never the password, which would otherwise end up in a log with the rest. */
    @Override
    public String toString() {
        return "AccountRequest[" + login + ", " + role + "]";
    }
}
