package kr.maskportal.account.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * Set by {@link AccountIdentityStore} when this request could not read the accounts because the database cannot be
 * reached. Jakarta Security turns whatever the store throws into a plain failed authentication, so this is how
 * {@link SignIn} tells "the database is down" from "wrong password": the first must neither count against the
 * account's attempts nor be shown as a wrong password.
 */
@RequestScoped
public class AccountsUnreachable {

    private boolean unreachable;

    void mark() {
        unreachable = true;
    }

    boolean happened() {
        return unreachable;
    }
}
