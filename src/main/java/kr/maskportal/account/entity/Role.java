package kr.maskportal.account.entity;

/**
 * What an account may do. The names are stored in {@code account.account_role}, handed to Jakarta Security as the
 * caller's groups, and mapped one to one onto the web application's security roles (see {@code payara-web.xml}).
 */
public enum Role {
    /** Accounts, districts, rotation policy, and the checks of the seller list. */
    ADMINISTRATOR,
    /** A district official: reports and notices for the districts bound to the account, or for all of them. */
    OFFICIAL,
    /** A pharmacist or post office clerk: reports for the sellers bound to the account. */
    PHARMACIST;

    /** The security role names, for {@code @DeclareRoles} and {@code isCallerInRole}. */
    public static final String ADMINISTRATOR_ROLE = "ADMINISTRATOR";
    public static final String OFFICIAL_ROLE = "OFFICIAL";
    public static final String PHARMACIST_ROLE = "PHARMACIST";
}
