package kr.maskportal.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void twelveCharactersAreTheLeast() {
        assertFalse(PasswordPolicy.isAcceptable("elevenchars"));
        assertTrue(PasswordPolicy.isAcceptable("twelve-chars"));
        assertFalse(PasswordPolicy.isAcceptable(null));
        assertFalse(PasswordPolicy.isAcceptable(" ".repeat(20)), "blanks only");
    }

    @Test
    void charactersAreCountedAsPeopleSeeThem() {
        assertTrue(PasswordPolicy.isAcceptable("마스크를사러약국에갑니다"), "twelve Korean syllables");
        assertFalse(PasswordPolicy.isAcceptable("😷😷😷😷😷😷😷😷😷😷😷"), "eleven emoji are 22 chars but 11 characters");
    }

    @Test
    void aMegabyteIsNotAPassword() {
        assertTrue(PasswordPolicy.isAcceptable("a".repeat(PasswordPolicy.MAX_LENGTH)));
        assertFalse(PasswordPolicy.isAcceptable("a".repeat(PasswordPolicy.MAX_LENGTH + 1)));
    }

    @Test
    void hashingParametersAreSpelledOutAndStrong() {
        assertEquals(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "600000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"), PasswordHashing.PARAMETERS);
    }
}
