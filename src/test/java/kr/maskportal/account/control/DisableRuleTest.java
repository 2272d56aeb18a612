package kr.maskportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import kr.maskportal.account.control.DisableRule.Refusal;
import kr.maskportal.account.entity.Role;
import org.junit.jupiter.api.Test;

class DisableRuleTest {

    @Test
    void nobodyDisablesTheirOwnAccount() {
        assertEquals(Optional.of(Refusal.OWN_ACCOUNT), DisableRule.check("admin", "admin", Role.ADMINISTRATOR, true, 5));
    }

    @Test
    void theLastEnabledAdministratorStays() {
        assertEquals(Optional.of(Refusal.LAST_ADMINISTRATOR),
                DisableRule.check("admin", "other-admin", Role.ADMINISTRATOR, true, 1));
        assertEquals(Optional.of(Refusal.LAST_ADMINISTRATOR),
                DisableRule.check("admin", "other-admin", Role.ADMINISTRATOR, true, 0), "however the count was reached");
    }

    @Test
    void anotherAdministratorGoesWhileOneIsLeft() {
        assertEquals(Optional.empty(), DisableRule.check("admin", "other-admin", Role.ADMINISTRATOR, true, 2));
    }

    @Test
    void pharmacistsAndOfficialsAreNotCountedAsAdministrators() {
        assertEquals(Optional.empty(), DisableRule.check("admin", "kim", Role.PHARMACIST, true, 1));
        assertEquals(Optional.empty(), DisableRule.check("admin", "lee", Role.OFFICIAL, true, 0));
    }

    @Test
    void disablingAnAlreadyDisabledAdministratorTakesNoneAway() {
        assertEquals(Optional.empty(), DisableRule.check("admin", "old-admin", Role.ADMINISTRATOR, false, 1));
    }
}
