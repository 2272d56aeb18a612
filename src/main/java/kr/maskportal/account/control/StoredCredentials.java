package kr.maskportal.account.control;

import kr.maskportal.account.entity.Role;

/** What sign-in needs to know of an account, and nothing more. */
record StoredCredentials(String login, String passwordHash, Role role, boolean enabled) {

    @Override
    public String toString() {
        return "StoredCredentials[" + login + ", " + role + (enabled ? "" : ", disabled") + "]";
    }
}
