package kr.maskportal.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdministrationOutcomeTest {

    @Test
    void problemsAreListedInTheOrderOfTheFormsFields() {
        var outcome = new AdministrationOutcome(List.of(
                AccountProblem.of(AccountField.DISTRICTS, "NOT_FOR_ROLE"),
                AccountProblem.of(AccountField.LOGIN, "TAKEN", "kim"),
                AccountProblem.of(AccountField.SELLERS, "UNKNOWN", "999"),
                AccountProblem.of(AccountField.SELLERS, "TOO_MANY", 300),
                AccountProblem.of(AccountField.PASSWORD, "TOO_SHORT", 12)));
        assertEquals(List.of(AccountField.LOGIN, AccountField.PASSWORD, AccountField.SELLERS, AccountField.SELLERS,
                AccountField.DISTRICTS), outcome.problems().stream().map(AccountProblem::field).toList());
        assertEquals("admin.accounts.error.SELLERS.UNKNOWN", outcome.problems().get(2).messageKey(),
                "one field's problems keep their order");
        assertFalse(outcome.done());
        assertTrue(AdministrationOutcome.DONE.done());
    }
}
