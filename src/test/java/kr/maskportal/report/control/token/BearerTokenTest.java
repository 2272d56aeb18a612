package kr.maskportal.report.control.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class BearerTokenTest {

    private static final String WELL_FORMED = "msp_AAAAAAAAAAAAAAAAAAAAA-AAAAAAAAAAAAAAAAAAAA_";

    @Test
    void aNewTokenIsThePrefixAndThirtyTwoRandomBytesInUrlSafeBase64() {
        String token = BearerToken.generate().reveal();
        assertTrue(token.startsWith("msp_"), token);
        String random = token.substring(4);
        assertEquals(43, random.length(), "32 bytes without padding");
        assertTrue(random.matches("[A-Za-z0-9_-]+"), "URL-safe alphabet: " + random);
        assertEquals(BearerToken.RANDOM_BYTES, Base64.getUrlDecoder().decode(random).length);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            assertTrue(seen.add(BearerToken.generate().reveal()));
        }
    }

    @Test
    void theRandomPartIsExactlyWhatTheRandomSourceGave() {
        SecureRandom zeros = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                java.util.Arrays.fill(bytes, (byte) 0xFB);
            }
        };
        String token = BearerToken.generate(zeros).reveal();
        assertEquals("msp_" + "-_v7".repeat(10) + "-_s", token, "0xFB bytes use both URL-safe characters");
    }

    @Test
    void theHashIsLowerCaseHexSha256OfTheWholeToken() throws Exception {
        BearerToken token = BearerToken.fromAuthorization("Bearer " + WELL_FORMED).orElseThrow();
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(WELL_FORMED.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(expected, token.hash());
        assertTrue(token.hash().matches("[0-9a-f]{64}"));
        assertNotEquals(BearerToken.generate().hash(), BearerToken.generate().hash());
    }

    @Test
    void aGeneratedTokenIsReadBackFromItsHeader() {
        BearerToken token = BearerToken.generate();
        BearerToken read = BearerToken.fromAuthorization("Bearer " + token.reveal()).orElseThrow();
        assertEquals(token.reveal(), read.reveal());
        assertEquals(token.hash(), read.hash());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer ", "bearer ", "BEARER ", "  Bearer   "})
    void theSchemeIsCaseInsensitiveAndSpacesAroundDoNotMatter(String scheme) {
        assertEquals(Optional.of(WELL_FORMED),
                BearerToken.fromAuthorization(scheme + WELL_FORMED + " ").map(BearerToken::reveal));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Bearer", "Bearer ", WELL_FORMED, "Basic " + WELL_FORMED, "Token " + WELL_FORMED,
            "Bearer msp_short", "Bearer xyz_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "Bearer msp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "Bearer msp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            "Bearer msp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+", "Bearer msp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/",
            "Bearer msp_AAAAAAAAAAAAAAAAAAAAA AAAAAAAAAAAAAAAAAAAAA", "Bearer MSP_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void anythingElseIsNobodysTokenAndNeedsNoLookUp(String header) {
        assertEquals(Optional.empty(), BearerToken.fromAuthorization(header), String.valueOf(header));
    }

    @Test
    void printingATokenGivesNothingAway() {
        BearerToken token = BearerToken.generate();
        assertFalse(token.toString().contains(token.reveal().substring(4, 10)));
        assertEquals("msp_…", token.toString());
    }
}
