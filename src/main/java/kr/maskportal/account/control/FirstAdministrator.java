package kr.maskportal.account.control;

import java.util.Optional;

/**
 * Whether a start creates the first administrator ({@value #LOGIN}) from {@code portal.admin.password}
 * (PORTAL_ADMIN_PASSWORD). Only while no administrator exists: afterwards the setting is ignored, so that whoever
 * can change the server's environment cannot take over an existing portal with it.
 */
public final class FirstAdministrator {

    public static final String LOGIN = "admin";

    public enum Decision {
        CREATE,
        /** An administrator exists; the configured password, if any, is ignored. */
        NOT_NEEDED,
        /** Refused: a short password on the most powerful account is worse than none. */
        PASSWORD_TOO_SHORT,
        /** Nobody can administer this portal until a password is configured. */
        NO_PASSWORD,
        /** No password, but the embedded demo brings its own administrator. */
        DEMO_ADMINISTRATOR_INSTEAD
    }

    private FirstAdministrator() {
    }

    public static Decision decide(boolean administratorExists, Optional<String> configuredPassword, boolean embedded) {
        if (administratorExists) {
            return Decision.NOT_NEEDED;
        }
        if (configuredPassword.isEmpty()) {
            return embedded ? Decision.DEMO_ADMINISTRATOR_INSTEAD : Decision.NO_PASSWORD;
        }
        return PasswordPolicy.isAcceptable(configuredPassword.get()) ? Decision.CREATE : Decision.PASSWORD_TOO_SHORT;
    }
}
