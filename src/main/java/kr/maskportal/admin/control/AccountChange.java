package kr.maskportal.admin.control;

/**
 * What an administrator did to an account: the verb of its log line, and the confirmation the page shows after the
 * redirect ({@code admin.accounts.done.} and the name).
 */
public enum AccountChange {
    CREATED("created"),
    REBOUND("rebound"),
    DISABLED("disabled"),
    ENABLED("enabled"),
    PASSWORD_RESET("reset the password of"),
    /** A new one-time code, which replaces the account's earlier code and its password. */
    ACTIVATION_ISSUED("issued an activation code for");

    private final String verb;

    AccountChange(String verb) {
        this.verb = verb;
    }

    /**
     * One line for the log: who did what to which account, and the outcome. Logins are shown as stored (only the
     * characters {@link kr.maskportal.account.control.LoginPolicy} allows for new ones), the id in case a login was
     * ever stored in another form.
     */
    public String logLine(String actor, String login, long id, String detail) {
        return "account administration: " + actor + " " + verb + " account '" + login + "' (id " + id + ")"
                + (detail == null || detail.isEmpty() ? "" : ": " + detail);
    }

    public String messageKey() {
        return "admin.accounts.done." + name();
    }
}
