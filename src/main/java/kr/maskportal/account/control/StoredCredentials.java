package kr.maskportal.account.control;

import kr.maskportal.account.entity.Role;

/**
 * What sign-in needs to know of an account, and nothing more.
 *
 * @param awaitingActivation the account has an activation code to spend and no password yet
 */
record StoredCredentials(String login, String passwordHash, Role role, boolean enabled, boolean awaitingActivation) {

    @Override
    public String toString() {
        return "StoredCredentials[" + login + ", " + role + (enabled ? "" : ", disabled")
                + (awaitingActivation ? ", awaiting activation" : "") + "]";
    }
}
