package kr.maskportal.account.control;

import static kr.maskportal.account.control.FirstAdministrator.Decision.CREATE;
import static kr.maskportal.account.control.FirstAdministrator.Decision.DEMO_ADMINISTRATOR_INSTEAD;
import static kr.maskportal.account.control.FirstAdministrator.Decision.NOT_NEEDED;
import static kr.maskportal.account.control.FirstAdministrator.Decision.NO_PASSWORD;
import static kr.maskportal.account.control.FirstAdministrator.Decision.PASSWORD_TOO_SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstAdministratorTest {

    private static final Optional<String> GOOD = Optional.of("correct-horse-battery");
    private static final Optional<String> SHORT = Optional.of("admin1234");

    @Test
    void createdOnlyWhileNoAdministratorExists() {
        assertEquals(CREATE, FirstAdministrator.decide(false, GOOD, false));
        assertEquals(CREATE, FirstAdministrator.decide(false, GOOD, true), "a configured password wins on the demo too");
        assertEquals(NOT_NEEDED, FirstAdministrator.decide(true, GOOD, false),
                "the environment cannot take over an administered portal");
    }

    @Test
    void aShortPasswordIsRefusedRatherThanUsed() {
        assertEquals(PASSWORD_TOO_SHORT, FirstAdministrator.decide(false, SHORT, false));
        assertEquals(PASSWORD_TOO_SHORT, FirstAdministrator.decide(false, Optional.of("elevenchars"), true));
        assertEquals(NOT_NEEDED, FirstAdministrator.decide(true, SHORT, false));
    }

    @Test
    void withoutAPasswordMySqlHasNobodyAndTheDemoHasItsOwn() {
        assertEquals(NO_PASSWORD, FirstAdministrator.decide(false, Optional.empty(), false));
        assertEquals(DEMO_ADMINISTRATOR_INSTEAD, FirstAdministrator.decide(false, Optional.empty(), true));
    }
}
