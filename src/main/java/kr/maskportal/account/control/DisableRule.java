package kr.maskportal.account.control;

import java.util.Optional;
import kr.maskportal.account.entity.Role;

/**
 * When an administrator may not disable an account: their own (they would lock themselves out in the middle of what
 * they are doing), or the last enabled administrator (nobody could administer the portal afterwards, and
 * PORTAL_ADMIN_PASSWORD no longer creates one once an administrator exists).
 */
public final class DisableRule {

    public enum Refusal {
        OWN_ACCOUNT,
        LAST_ADMINISTRATOR
    }

    private DisableRule() {
    }

    /**
     * @param enabledAdministrators how many administrators are enabled now, the target included if it is one
     */
    public static Optional<Refusal> check(String actorLogin, String targetLogin, Role targetRole,
            boolean targetEnabled, long enabledAdministrators) {
        if (targetLogin.equals(actorLogin)) {
            return Optional.of(Refusal.OWN_ACCOUNT);
        }
        if (targetRole == Role.ADMINISTRATOR && targetEnabled && enabledAdministrators <= 1) {
            return Optional.of(Refusal.LAST_ADMINISTRATOR);
        }
        return Optional.empty();
    }
}
