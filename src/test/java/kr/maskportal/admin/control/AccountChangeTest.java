package kr.maskportal.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountChangeTest {

    @Test
    void theLogSaysWhoDidWhatToWhichAccount() {
        assertEquals("account administration: admin created account 'kim' (id 7): PHARMACIST, bound to sellers "
                        + "[11806923, 11807121]",
                AccountChange.CREATED.logLine("admin", "kim", 7, "PHARMACIST, bound to "
                        + new Bindings(Set.of("11807121", "11806923"), Set.of(), false).describe()));
        assertEquals("account administration: admin disabled account 'kim' (id 7)",
                AccountChange.DISABLED.logLine("admin", "kim", 7, null));
        assertEquals("account administration: lee reset the password of account 'kim' (id 7)",
                AccountChange.PASSWORD_RESET.logLine("lee", "kim", 7, ""));
    }

    @Test
    void bindingsAreDescribedForTheLog() {
        assertEquals("all districts", new Bindings(Set.of(), Set.of(), true).describe());
        assertEquals("districts [11110, 11440]", new Bindings(Set.of(), Set.of("11440", "11110"), false).describe());
        assertEquals("nothing", Bindings.NONE.describe());
    }

    @Test
    void eachChangeHasAConfirmation() {
        assertEquals(List.of("admin.accounts.done.CREATED", "admin.accounts.done.REBOUND",
                        "admin.accounts.done.DISABLED", "admin.accounts.done.ENABLED",
                        "admin.accounts.done.PASSWORD_RESET", "admin.accounts.done.ACTIVATION_ISSUED"),
                List.of(AccountChange.values()).stream().map(AccountChange::messageKey).toList());
    }
}
