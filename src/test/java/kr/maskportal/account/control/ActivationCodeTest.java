package kr.maskportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActivationCodeTest {

    @Test
    void aCodeIsTwelveUnmistakableSymbolsInGroupsOfFour() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String code = ActivationCode.generate();
            assertTrue(code.matches("[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}"), code);
            seen.add(code);
        }
        assertEquals(1_000, seen.size(), "random enough never to repeat in a thousand");
        assertEquals(30, ActivationCode.ALPHABET.chars().distinct().count());
    }

    @Test
    void onlyTheHashIsKeptAndTheCodeMatchesItHoweverTyped() {
        String code = "K7QD-MX3P-9WHT";
        String stored = ActivationCode.hash(code);
        assertFalse(stored.contains("K7QD") || stored.contains("MX3P"), stored);
        assertTrue(stored.startsWith("sha256:"));
        assertNotEquals(stored, ActivationCode.hash(code), "salted: the same code hashes differently each time");
        assertTrue(ActivationCode.matches(code, stored));
        assertTrue(ActivationCode.matches("k7qdmx3p9wht", stored), "case and dashes do not matter");
        assertTrue(ActivationCode.matches(" k7qd mx3p 9wht ", stored), "nor spaces");
        assertFalse(ActivationCode.matches("K7QD-MX3P-9WHX", stored));
        assertFalse(ActivationCode.matches("K7QD-MX3P-9WHT-2", stored), "a longer code is another code");
        assertFalse(ActivationCode.matches("", stored));
        assertFalse(ActivationCode.matches(null, stored));
    }

    @Test
    void anUnreadableStoredHashMatchesNothing() {
        for (String stored : new String[] {null, "", "sha256:abc", "md5:AAAA:AAAA", "sha256:@@@:@@@", "!awaiting-activation"}) {
            assertFalse(ActivationCode.matches("K7QD-MX3P-9WHT", stored), String.valueOf(stored));
        }
    }

    @Test
    void aHugeInputIsCutBeforeHashing() {
        assertEquals(13, ActivationCode.normalise("A".repeat(100_000)).length());
    }
}
