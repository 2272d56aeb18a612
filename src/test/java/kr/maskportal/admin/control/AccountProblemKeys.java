package kr.maskportal.admin.control;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import kr.maskportal.account.control.DisableRule;
import kr.maskportal.account.control.LoginPolicy;

/** Every message key the account forms can answer with, for the test that each is in both bundles. */
final class AccountProblemKeys {

    static final List<String> ALL = all();

    private AccountProblemKeys() {
    }

    private static List<String> all() {
        List<String> keys = new ArrayList<>();
        Stream.of(LoginPolicy.Problem.values()).forEach(p -> keys.add(AccountProblem.key(AccountField.LOGIN, p.name())));
        keys.add(AccountProblem.key(AccountField.LOGIN, "TAKEN"));
        Stream.of("MISSING", "TOO_LONG", "BAD_CHARACTERS")
                .forEach(p -> keys.add(AccountProblem.key(AccountField.DISPLAY_NAME, p)));
        keys.add(AccountProblem.key(AccountField.ROLE, "MISSING"));
        Stream.of("MISSING", "TOO_SHORT", "TOO_LONG", "BLANK")
                .forEach(p -> keys.add(AccountProblem.key(AccountField.PASSWORD, p)));
        Stream.of("MISSING", "TOO_MANY", "UNKNOWN", "NOT_FOR_ROLE")
                .forEach(p -> keys.add(AccountProblem.key(AccountField.SELLERS, p)));
        Stream.of("MISSING", "TOO_MANY", "UNKNOWN", "NOT_FOR_ROLE", "BOTH")
                .forEach(p -> keys.add(AccountProblem.key(AccountField.DISTRICTS, p)));
        Stream.of(DisableRule.Refusal.values()).forEach(r -> keys.add(AccountProblem.key(AccountField.STATUS, r.name())));
        return keys;
    }
}
