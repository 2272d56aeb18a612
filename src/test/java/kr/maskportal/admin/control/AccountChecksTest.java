package kr.maskportal.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kr.maskportal.account.entity.Role;
import org.junit.jupiter.api.Test;

class AccountChecksTest {

    private static final Set<String> SELLERS = Set.of("11806923", "11807121");
    private static final Set<String> DISTRICTS = Set.of("11440", "11110");
    private static final Function<Collection<String>, List<String>> UNKNOWN_SELLERS =
            codes -> codes.stream().filter(c -> !SELLERS.contains(c)).toList();
    private static final Function<Collection<String>, List<String>> UNKNOWN_DISTRICTS =
            codes -> codes.stream().filter(c -> !DISTRICTS.contains(c)).toList();

    private final List<AccountProblem> problems = new ArrayList<>();

    @Test
    void loginProblemsCarryTheLimitsTheirMessagesName() {
        AccountChecks.login("ki", problems);
        AccountChecks.login("x".repeat(65), problems);
        AccountChecks.login("김약사", problems);
        AccountChecks.login(" ", problems);
        AccountChecks.login(" Kim.Lee ", problems);
        assertEquals(List.of(
                new AccountProblem(AccountField.LOGIN, "admin.accounts.error.LOGIN.TOO_SHORT", 3),
                new AccountProblem(AccountField.LOGIN, "admin.accounts.error.LOGIN.TOO_LONG", 64),
                new AccountProblem(AccountField.LOGIN, "admin.accounts.error.LOGIN.BAD_CHARACTERS", null),
                new AccountProblem(AccountField.LOGIN, "admin.accounts.error.LOGIN.MISSING", null)), problems);
    }

    @Test
    void aDisplayNameIsOneLineOfAtMostAHundredCharacters() {
        AccountChecks.displayName("  종오약국 김약사  ", problems);
        AccountChecks.displayName("약".repeat(100), problems);
        assertEquals(List.of(), problems);
        AccountChecks.displayName(null, problems);
        AccountChecks.displayName("약".repeat(101), problems);
        AccountChecks.displayName("김\n약사", problems);
        AccountChecks.displayName("김\u2028약사", problems);
        assertEquals(List.of("MISSING", "TOO_LONG", "BAD_CHARACTERS", "BAD_CHARACTERS"), names(problems));
    }

    @Test
    void aRoleIsOneOfTheThree() {
        assertEquals(Role.OFFICIAL, AccountChecks.role("OFFICIAL", problems).orElseThrow());
        assertTrue(AccountChecks.role(null, problems).isEmpty());
        assertTrue(AccountChecks.role("official", problems).isEmpty());
        assertTrue(AccountChecks.role("ROOT", problems).isEmpty());
        assertEquals(List.of("MISSING", "MISSING", "MISSING"), names(problems));
    }

    @Test
    void passwordsFollowThePasswordPolicyUntrimmed() {
        AccountChecks.password("correct-horse", problems);
        AccountChecks.password("마스크를사러약국에갑니다", problems);
        AccountChecks.password("  eleven-ch ", problems);
        assertEquals(List.of(), problems, "twelve characters, spaces included, are enough");
        AccountChecks.password(null, problems);
        AccountChecks.password("", problems);
        AccountChecks.password("elevenchars", problems);
        AccountChecks.password(" ".repeat(12), problems);
        AccountChecks.password("a".repeat(1001), problems);
        assertEquals(List.of("MISSING", "MISSING", "TOO_SHORT", "BLANK", "TOO_LONG"), names(problems));
        assertEquals(12, problems.get(2).argument());
        assertEquals(1000, problems.get(4).argument());
    }

    @Test
    void aPharmacistIsBoundToSellersOnly() {
        Bindings bound = AccountChecks.bindings(Role.PHARMACIST, new BindingRequest("11806923, 11807121", null, false),
                problems);
        assertEquals(List.of(), problems);
        assertEquals(List.of("11806923", "11807121"), List.copyOf(bound.sellerCodes()));
        assertEquals(Set.of(), bound.districtCodes());

        AccountChecks.bindings(Role.PHARMACIST, new BindingRequest(" , ", null, false), problems);
        assertEquals(List.of(new AccountProblem(AccountField.SELLERS, "admin.accounts.error.SELLERS.MISSING", null)),
                problems);
        problems.clear();
        AccountChecks.bindings(Role.PHARMACIST, new BindingRequest("11806923", "11440", true), problems);
        assertEquals(List.of(new AccountProblem(AccountField.DISTRICTS, "admin.accounts.error.DISTRICTS.NOT_FOR_ROLE",
                null)), problems);
    }

    @Test
    void anOfficialIsBoundToDistrictsOrToAllOfThem() {
        Bindings some = AccountChecks.bindings(Role.OFFICIAL, new BindingRequest(null, "11440\n11110", false), problems);
        Bindings all = AccountChecks.bindings(Role.OFFICIAL, new BindingRequest("", "", true), problems);
        assertEquals(List.of(), problems);
        assertEquals(Set.of("11440", "11110"), some.districtCodes());
        assertFalse(some.allDistricts());
        assertTrue(all.allDistricts());
        assertEquals(Set.of(), all.districtCodes());

        AccountChecks.bindings(Role.OFFICIAL, new BindingRequest(null, "11440", true), problems);
        AccountChecks.bindings(Role.OFFICIAL, new BindingRequest(null, null, false), problems);
        AccountChecks.bindings(Role.OFFICIAL, new BindingRequest("11806923", "11440", false), problems);
        assertEquals(List.of("BOTH", "MISSING", "NOT_FOR_ROLE"), names(problems));
        assertEquals(AccountField.SELLERS, problems.get(2).field());
    }

    @Test
    void anAdministratorIsBoundToNothing() {
        assertEquals(Bindings.NONE, AccountChecks.bindings(Role.ADMINISTRATOR, new BindingRequest(null, null, false),
                problems));
        assertEquals(List.of(), problems);
        AccountChecks.bindings(Role.ADMINISTRATOR, new BindingRequest("11806923", null, true), problems);
        assertEquals(List.of(AccountField.SELLERS, AccountField.DISTRICTS),
                problems.stream().map(AccountProblem::field).toList());
    }

    @Test
    void tooManyCodesAreRefusedBeforeAnyoneLooksThemUp() {
        String many = IntStream.rangeClosed(1, CodeList.MAX_CODES + 1).mapToObj(i -> "1" + i)
                .collect(Collectors.joining(" "));
        Bindings bound = AccountChecks.bindings(Role.PHARMACIST, new BindingRequest(many, null, false), problems);
        assertEquals(List.of(new AccountProblem(AccountField.SELLERS, "admin.accounts.error.SELLERS.TOO_MANY",
                CodeList.MAX_CODES)), problems);
        AccountChecks.unknownCodes(bound, codes -> {
            throw new AssertionError("looked up");
        }, UNKNOWN_DISTRICTS, problems);
        assertEquals(1, problems.size());
        assertEquals(CodeList.MAX_CODES, CodeList.parse(many.substring(0, many.lastIndexOf(' '))).size(),
                "exactly the most is fine");
    }

    @Test
    void unknownCodesAreNamedInOneMessageInTheOrderTyped() {
        Bindings sellers = AccountChecks.bindings(Role.PHARMACIST,
                new BindingRequest("99999999 11806923 12345678", null, false), problems);
        AccountChecks.unknownCodes(sellers, UNKNOWN_SELLERS, UNKNOWN_DISTRICTS, problems);
        Bindings districts = AccountChecks.bindings(Role.OFFICIAL, new BindingRequest(null, "11440 99999", false),
                problems);
        AccountChecks.unknownCodes(districts, UNKNOWN_SELLERS, UNKNOWN_DISTRICTS, problems);
        assertEquals(List.of(
                new AccountProblem(AccountField.SELLERS, "admin.accounts.error.SELLERS.UNKNOWN", "99999999, 12345678"),
                new AccountProblem(AccountField.DISTRICTS, "admin.accounts.error.DISTRICTS.UNKNOWN", "99999")),
                problems);
    }

    @Test
    void realCodesPass() {
        Bindings sellers = AccountChecks.bindings(Role.PHARMACIST, new BindingRequest("11806923,11807121", null, false),
                problems);
        AccountChecks.unknownCodes(sellers, UNKNOWN_SELLERS, UNKNOWN_DISTRICTS, problems);
        Bindings all = AccountChecks.bindings(Role.OFFICIAL, new BindingRequest(null, null, true), problems);
        AccountChecks.unknownCodes(all, UNKNOWN_SELLERS, codes -> {
            throw new AssertionError("nothing to look up for every district");
        }, problems);
        assertEquals(List.of(), problems);
    }

    private static List<String> names(List<AccountProblem> problems) {
        return problems.stream().map(p -> p.messageKey().substring(p.messageKey().lastIndexOf('.') + 1)).toList();
    }
}
