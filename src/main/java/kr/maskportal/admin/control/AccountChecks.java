package kr.maskportal.admin.control;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import kr.maskportal.account.control.LoginPolicy;
import kr.maskportal.account.control.PasswordPolicy;
import kr.maskportal.account.entity.Role;

/**
 * The rules of the account forms, without the database: each check adds what is wrong to the problems, so that a
 * form sent with several mistakes names them all at once. Whether codes name real sellers and districts is asked
 * of the database through {@link #unknownCodes}.
 */
public final class AccountChecks {

    /** The width of {@code account.display_name}, counted as MariaDB counts it: in characters. */
    public static final int MAX_DISPLAY_NAME = 100;

    /** Control characters and line breaks would break the one-line places a name is shown in, logs included. */
    private static final Pattern BAD_NAME_CHARACTERS = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]");

    private AccountChecks() {
    }

    static void login(String typed, List<AccountProblem> problems) {
        LoginPolicy.problem(typed).ifPresent(problem -> problems.add(switch (problem) {
            case TOO_SHORT -> AccountProblem.of(AccountField.LOGIN, problem.name(), LoginPolicy.MIN_LENGTH);
            case TOO_LONG -> AccountProblem.of(AccountField.LOGIN, problem.name(), LoginPolicy.MAX_LENGTH);
            default -> AccountProblem.of(AccountField.LOGIN, problem.name());
        }));
    }

    static void displayName(String typed, List<AccountProblem> problems) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            problems.add(AccountProblem.of(AccountField.DISPLAY_NAME, "MISSING"));
        } else if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
            problems.add(AccountProblem.of(AccountField.DISPLAY_NAME, "TOO_LONG", MAX_DISPLAY_NAME));
        } else if (BAD_NAME_CHARACTERS.matcher(name).find()) {
            problems.add(AccountProblem.of(AccountField.DISPLAY_NAME, "BAD_CHARACTERS"));
        }
    }

    /** Empty when none, or a name no role has, was sent. */
    static Optional<Role> role(String typed, List<AccountProblem> problems) {
        Optional<Role> role = Arrays.stream(Role.values()).filter(r -> r.name().equals(typed)).findFirst();
        if (role.isEmpty()) {
            problems.add(AccountProblem.of(AccountField.ROLE, "MISSING"));
        }
        return role;
    }

    /** As {@link PasswordPolicy} has it, with a message for each way of missing it. Never trimmed. */
    static void password(String typed, List<AccountProblem> problems) {
        if (typed == null || typed.isEmpty()) {
            problems.add(AccountProblem.of(AccountField.PASSWORD, "MISSING"));
        } else if (typed.length() > PasswordPolicy.MAX_LENGTH) {
            problems.add(AccountProblem.of(AccountField.PASSWORD, "TOO_LONG", PasswordPolicy.MAX_LENGTH));
        } else if (typed.codePointCount(0, typed.length()) < PasswordPolicy.MIN_LENGTH) {
            problems.add(AccountProblem.of(AccountField.PASSWORD, "TOO_SHORT", PasswordPolicy.MIN_LENGTH));
        } else if (!PasswordPolicy.isAcceptable(typed)) {
            problems.add(AccountProblem.of(AccountField.PASSWORD, "BLANK"));
        }
    }

    /** The bindings the role takes, parsed; what the role does not take is a problem rather than dropped. */
    static Bindings bindings(Role role, BindingRequest request, List<AccountProblem> problems) {
        Set<String> sellers = CodeList.parse(request.sellerCodes());
        Set<String> districts = CodeList.parse(request.districtCodes());
        boolean all = request.allDistricts();
        if (role != Role.PHARMACIST && !sellers.isEmpty()) {
            problems.add(AccountProblem.of(AccountField.SELLERS, "NOT_FOR_ROLE"));
        }
        if (role != Role.OFFICIAL && (all || !districts.isEmpty())) {
            problems.add(AccountProblem.of(AccountField.DISTRICTS, "NOT_FOR_ROLE"));
        }
        switch (role) {
            case PHARMACIST -> {
                count(AccountField.SELLERS, sellers, problems);
                return new Bindings(sellers, Set.of(), false);
            }
            case OFFICIAL -> {
                if (all && !districts.isEmpty()) {
                    problems.add(AccountProblem.of(AccountField.DISTRICTS, "BOTH"));
                } else if (!all) {
                    count(AccountField.DISTRICTS, districts, problems);
                }
                return new Bindings(Set.of(), all ? Set.of() : districts, all);
            }
            default -> {
                return Bindings.NONE;
            }
        }
    }

    /**
     * Names, in one message per field, every code that is not a real seller or district; a field that is wrong
     * already (too many codes, say) is not looked up.
     */
    static void unknownCodes(Bindings bindings, Function<Collection<String>, List<String>> unknownSellers,
            Function<Collection<String>, List<String>> unknownDistricts, List<AccountProblem> problems) {
        unknown(AccountField.SELLERS, bindings.sellerCodes(), unknownSellers, problems);
        unknown(AccountField.DISTRICTS, bindings.districtCodes(), unknownDistricts, problems);
    }

    private static void unknown(AccountField field, Set<String> codes,
            Function<Collection<String>, List<String>> lookUp, List<AccountProblem> problems) {
        if (codes.isEmpty() || problems.stream().anyMatch(p -> p.field() == field)) {
            return;
        }
        List<String> unknown = lookUp.apply(codes);
        if (!unknown.isEmpty()) {
            problems.add(AccountProblem.of(field, "UNKNOWN", CodeList.shown(unknown)));
        }
    }

    private static void count(AccountField field, Set<String> codes, List<AccountProblem> problems) {
        if (codes.isEmpty()) {
            problems.add(AccountProblem.of(field, "MISSING"));
        } else if (codes.size() > CodeList.MAX_CODES) {
            problems.add(AccountProblem.of(field, "TOO_MANY", CodeList.MAX_CODES));
        }
    }
}
