package kr.maskportal.account.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * An activation code as it is handed to an administrator once, in clear, to pass on; never stored so. Getters
 * rather than record components, which pages cannot read.
 */
public final class IssuedCode implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String login;
    private final String code;
    private final Instant expiresAt;

    public IssuedCode(String login, String code, Instant expiresAt) {
        this.login = login;
        this.code = code;
        this.expiresAt = expiresAt;
    }

    public String getLogin() {
        return login;
    }

    public String getCode() {
        return code;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    @Override
    public String toString() {
        return "IssuedCode[" + login + ", expires " + expiresAt + "]";
    }
}
