package kr.maskportal.account.control;

import java.util.Optional;
import java.util.regex.Pattern;
import kr.maskportal.account.entity.Account;

/**
 * What a login must be for an administrator to give it to a new account. Checked on the login as it will be stored
 * (trimmed and in lower case, see {@link Account#normaliseLogin}), so "Kim.Lee " is accepted as "kim.lee". Only
 * letters, digits and a few marks: a login is typed on phones, read out over the telephone and written into logs,
 * where anything else is a chance for confusion (look-alike letters, spaces, quotes).
 */
public final class LoginPolicy {

    public static final int MIN_LENGTH = 3;
    public static final int MAX_LENGTH = Account.MAX_LOGIN_LENGTH;

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public enum Problem {
        MISSING,
        TOO_SHORT,
        TOO_LONG,
        /** Anything but a-z, 0-9, '.', '-' and '_', or a mark first. */
        BAD_CHARACTERS
    }

    private LoginPolicy() {
    }

    public static Optional<Problem> problem(String typed) {
        String login = Account.normaliseLogin(typed);
        if (login.isEmpty()) {
            return Optional.of(Problem.MISSING);
        }
        if (!ALLOWED.matcher(login).matches()) {
            return Optional.of(Problem.BAD_CHARACTERS);
        }
        if (login.length() < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (login.length() > MAX_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        return Optional.empty();
    }
}
