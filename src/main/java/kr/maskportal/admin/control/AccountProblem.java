package kr.maskportal.admin.control;

import java.util.Objects;

/**
 * One thing wrong with what an administrator sent, in words the bundle holds.
 *
 * @param messageKey under {@code admin.accounts.error.}
 * @param argument   filled into the message's {0}; null when it has none
 */
public record AccountProblem(AccountField field, String messageKey, Object argument) {

    public AccountProblem {
        Objects.requireNonNull(field);
        Objects.requireNonNull(messageKey);
    }

    static AccountProblem of(AccountField field, String problem) {
        return new AccountProblem(field, key(field, problem), null);
    }

    static AccountProblem of(AccountField field, String problem, Object argument) {
        return new AccountProblem(field, key(field, problem), argument);
    }

    /** E.g. {@code admin.accounts.error.LOGIN.TOO_SHORT}. */
    static String key(AccountField field, String problem) {
        return "admin.accounts.error." + field.name() + "." + problem;
    }
}
