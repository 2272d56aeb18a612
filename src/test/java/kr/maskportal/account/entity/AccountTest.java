package kr.maskportal.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2020-03-09T00:00:00Z");

    @Test
    void loginsAreComparedTrimmedAndInLowerCase() {
        assertEquals("admin", Account.normaliseLogin("  Admin "));
        assertEquals("", Account.normaliseLogin(null));
        assertEquals("kim", new Account(" KIM", "김", "hash", Role.PHARMACIST, NOW).getLogin());
        assertThrows(IllegalArgumentException.class, () -> new Account("  ", "x", "hash", Role.OFFICIAL, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new Account("x".repeat(Account.MAX_LOGIN_LENGTH + 1), "x", "hash", Role.OFFICIAL, NOW));
    }

    @Test
    void eachRoleHasItsOwnKindOfBinding() {
        var pharmacist = new Account("kim", "김", "hash", Role.PHARMACIST, NOW);
        pharmacist.bindSellers(Set.of("11806923"));
        assertEquals(Set.of("11806923"), pharmacist.getSellerCodes());
        assertThrows(IllegalStateException.class, () -> pharmacist.bindDistricts(Set.of("11440"), false));

        var official = new Account("lee", "이", "hash", Role.OFFICIAL, NOW);
        official.bindDistricts(Set.of(), true);
        assertTrue(official.isAllDistricts());
        assertThrows(IllegalArgumentException.class, () -> official.bindDistricts(Set.of("11440"), true));
        assertThrows(IllegalStateException.class, () -> official.bindSellers(Set.of("11806923")));

        var administrator = new Account("admin", "관리자", "hash", Role.ADMINISTRATOR, NOW);
        assertThrows(IllegalStateException.class, () -> administrator.bindDistricts(Set.of(), true));
        assertTrue(administrator.isEnabled());
        assertEquals(NOW, administrator.getCreatedAt());
    }
}
